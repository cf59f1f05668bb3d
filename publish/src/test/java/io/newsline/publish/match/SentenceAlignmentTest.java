package io.newsline.publish.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aligned-sentence evidence on texts written for these tests: a wire story of eight paragraphs and the edits
 * its copies get, a follow-up over its background, and templated bulletins.
 */
public class SentenceAlignmentTest {

    /** A wire story of eight paragraphs, written for these tests. */
    public static final List<String> STORY = List.of(
            "A powerful earthquake struck the northern coast of the island on Sunday, killing at least 2,122 people"
                    + " and leaving thousands without shelter, officials said.",
            "Rescue teams worked through the night to pull survivors from collapsed buildings in the port city,"
                    + " where the main hospital was badly damaged.",
            "\"We are doing everything we can, but the roads to the villages are cut,\" the regional governor told"
                    + " reporters at an emergency meeting in the capital.",
            "The government declared three days of national mourning and asked neighbouring countries for tents,"
                    + " water purification units and medical teams.",
            "Aftershocks continued to rattle the region, sending frightened residents into the streets for a second"
                    + " night as temperatures dropped close to freezing.",
            "The island sits on a fault line where two tectonic plates meet, and it has been hit by several deadly"
                    + " quakes over the past century.",
            "In 1998 a tremor of similar strength destroyed much of the old town, and the reconstruction took more"
                    + " than a decade to complete.",
            "Engineers have long warned that many apartment blocks built before the new building code would not"
                    + " withstand a strong earthquake.");

    /** A quake bulletin in a news agency's template, written for these tests: magnitude, time, day, depth, position. */
    public static String bulletin(String magnitude, String time, String day, String depth, String north,
                                  String east) {
        return String.format("A %s-magnitude earthquake jolted Fukushima Prefecture at %s GMT on %s, the China"
                + " Earthquake Networks Center said.\nThe epicenter, with a depth of %s km, was initially determined to"
                + " be at %s degrees north latitude and %s degrees east longitude.\nThere were no immediate reports"
                + " of damage or casualties.", magnitude, time, day, depth, north, east);
    }

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final Matcher matcher = new Matcher();

    private static String text(List<String> paragraphs) {
        return String.join("\n", paragraphs);
    }

    private MatchVerdict verify(String a, String b) {
        MatchVerdict verdict = matcher.verify(fingerprinter.fingerprint(a), fingerprinter.fingerprint(b));
        assertThat(matcher.verify(fingerprinter.fingerprint(b), fingerprinter.fingerprint(a)))
                .as("symmetric").isEqualTo(verdict);
        return verdict;
    }

    @Test
    void anExcerptOfTheFirstTwoParagraphsUnderACaptionIsACopyWhereMinHashSeesTooLittle() {
        String excerpt = "Residents search the rubble of a collapsed house (Photo by Jane Doe / AFP)\n"
                + STORY.get(0).replace("on Sunday", "yesterday") + "\n" + STORY.get(1) + "\nRead more: live updates";

        MatchVerdict verdict = verify(text(STORY), excerpt);
        Matcher minHashOnly = new Matcher(MatchThresholds.DEFAULT, SentenceThresholds.OFF);

        assertThat(verdict.relation()).as(verdict.toString()).isEqualTo(Relation.TRUNCATED_COPY);
        assertThat(verdict.rule()).isEqualTo("aligned-sentences");
        assertThat(minHashOnly.verify(fingerprinter.fingerprint(text(STORY)), fingerprinter.fingerprint(excerpt))
                .relation()).isEqualTo(Relation.NONE);
    }

    @Test
    void aCopyWithAnUpdatedFigureAndADroppedParagraphIsStillACopy() {
        List<String> copy = new ArrayList<>(STORY.subList(0, 5));
        copy.set(0, copy.get(0).replace("2,122", "2,120"));
        copy.remove(2);

        assertThat(verify(text(STORY), text(copy)).relation().isCopy()).isTrue();
    }

    @Test
    void aFollowUpThatReusesTheBackgroundUnderANewTopIsNotACopy() {
        List<String> followUp = new ArrayList<>(List.of(
                "The death toll from last week's earthquake climbed past 3,000 on Thursday as rescuers reached"
                        + " remote mountain villages for the first time.",
                "Aid convoys carrying food and blankets were stuck for hours behind landslides on the only road"
                        + " leading north from the capital.",
                "The United Nations said more than 90,000 people were still sleeping in tents or in the open, many"
                        + " of them children."));
        followUp.addAll(STORY.subList(5, 8));

        MatchVerdict verdict = verify(text(STORY), text(followUp));

        assertThat(verdict.relation()).as(verdict.toString()).isEqualTo(Relation.NONE);
    }

    @Test
    void twoBulletinsOfOneTemplateWithOtherFiguresAreNotCopiesEvenWhereMinHashWouldMergeThem() {
        String first = bulletin("5.3", "03:12", "Sunday", "10", "37.45", "141.62");
        String second = bulletin("5.8", "14:40", "Friday", "30", "37.12", "141.33");
        Matcher minHashOnly = new Matcher(MatchThresholds.DEFAULT, SentenceThresholds.OFF);

        MatchVerdict verdict = verify(first, second);
        MatchVerdict sameBulletin = verify(first, first.replace("on Sunday", "yesterday"));

        assertThat(minHashOnly.verify(fingerprinter.fingerprint(first), fingerprinter.fingerprint(second))
                .relation().isCopy()).as("the case MinHash alone gets wrong").isTrue();
        assertThat(verdict.relation()).as(verdict.toString()).isEqualTo(Relation.NONE);
        assertThat(verdict.rule()).isEqualTo("figures-differ");
        assertThat(sameBulletin.relation().isCopy()).as(sameBulletin.toString()).isTrue();
    }

    @Test
    void anotherReportQuotingOneSentenceIsNotACopy() {
        String other = "Officials on the mainland said relief flights would start as soon as the airport reopened,"
                + " possibly within two days.\n" + STORY.get(2) + "\nThe quake was felt as far away as the"
                + " mainland's southern cities, where office workers left their buildings.\nSeismologists said the"
                + " tremor was shallow, which made the shaking stronger at the surface.";

        assertThat(verify(text(STORY), other).relation()).isEqualTo(Relation.NONE);
    }

    @Test
    void theAlignmentIsTheRunFromBothLedesWithItsFactWords() {
        SentencePrints story = fingerprinter.fingerprint(text(STORY)).sentences();
        List<String> edited = new ArrayList<>(STORY.subList(0, 3));
        edited.set(0, edited.get(0).replace("2,122", "2,200"));
        SentencePrints copy = fingerprinter.fingerprint(text(edited)).sentences();

        SentenceAlignment aligned = SentenceAlignment.of(story, copy, SentenceThresholds.DEFAULT);

        assertThat(aligned.sentences()).isEqualTo(3);
        assertThat(aligned.factWords()).isEqualTo(aligned.words() - story.words(0));
        assertThat(SentenceAlignment.of(copy, story, SentenceThresholds.DEFAULT)).isEqualTo(aligned);
    }

    @Test
    void fingerprintsKeepTheirSentencesThroughBytesAndOldBytesReadWithNone() {
        Fingerprint fingerprint = fingerprinter.fingerprint(text(STORY));
        byte[] bytes = fingerprint.toBytes();
        int minHashBytes = 9 + 2 * (MatchScheme.V1.bins() + MatchScheme.V1.leadBins());
        Fingerprint old = Fingerprint.fromBytes(java.util.Arrays.copyOf(bytes, minHashBytes));

        assertThat(Fingerprint.fromBytes(bytes)).isEqualTo(fingerprint);
        assertThat(fingerprint.sentences().size()).isEqualTo(STORY.size());
        assertThat(bytes).hasSize(minHashBytes + 2 + 7 * STORY.size());
        assertThat(old.sentences().size()).isZero();
        assertThat(old.bandKeys()).isEqualTo(fingerprint.bandKeys());
        assertThat(old.indexKeys()).isEqualTo(fingerprint.bandKeys());
        assertThat(fingerprint.indexKeys()).hasSize(MatchScheme.V1.bands() + SentencePrints.KEYED_SENTENCES);
        assertThat(matcher.verify(old, fingerprinter.fingerprint(text(STORY))).relation().isCopy()).isTrue();
        byte[] otherVersion = bytes.clone();
        otherVersion[minHashBytes] = (byte) (SentencePrints.VERSION + 1);
        assertThat(Fingerprint.fromBytes(otherVersion).sentences().size()).as("sentences of another version").isZero();
    }
}
