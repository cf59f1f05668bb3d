package io.newsline.enrich.topics.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BranchCuesTest {

    private final BranchCues medical = new BranchCues(BranchCues.MEDICAL_RESEARCH);

    @Test
    void medicalResearchCuesFindTheResearchNotTheIllness() {
        assertThat(medical.matches("A clinical trial of the vaccine cut infections by half")).isTrue();
        assertThat(medical.matches("Researchers found a gene linked to the disease")).isTrue();
        assertThat(medical.matches("Stem-cell treatment restores sight, doctors report")).isTrue();
        assertThat(medical.matches("Flu cases rise as hospitals run short of beds")).isFalse();
        assertThat(medical.matches("Minister promises more money for nurses")).isFalse();
    }

    @Test
    void cuesMatchWholeWordsAndPhrasesOnly() {
        // "cells" is a cue, "cellar" is not; "trial of" is, a trial alone (a court's) is not
        assertThat(medical.matches("Wine from the abbey's cellar")).isFalse();
        assertThat(medical.matches("The murder trial opened on Monday")).isFalse();
        assertThat(medical.matches("The TRIAL OF a new drug")).isTrue();
        assertThat(new BranchCues(BranchCues.ARMED_CONFLICT).matches("Rebels and troops agree a cease-fire"))
                .isTrue();
    }
}
