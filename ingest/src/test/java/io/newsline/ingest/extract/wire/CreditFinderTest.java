package io.newsline.ingest.extract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.extract.wire.CreditFinder.Evidence;
import io.newsline.ingest.extract.wire.CreditFinder.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credits in every position and in the languages agencies write in, templated over agencies. The story text is
 * written for these tests; the credit forms are the ones agencies print.
 */
class CreditFinderTest {

    private static final CreditFinder FINDER = new CreditFinder(Agencies.bundled());
    private static final List<String> AGENCIES = List.of("AFP", "AP", "Reuters", "dpa", "EFE", "Xinhua", "PTI",
            "Bernama", "IANS", "ANSA", "Kyodo", "Yonhap");
    private static final String HEADLINE = "Harbour authority reopens the northern port after the storm";
    private static final String LEDE = "The harbour authority reopened the northern port on Tuesday after two days of "
            + "closure, allowing dozens of cargo ships to unload, officials said.";
    private static final String SECOND = "Crews worked through the night to clear debris from the main channel, the "
            + "authority said in a statement, adding that ferry services would resume on Wednesday.";

    /** Dateline forms: English, French, Spanish, German, Chinese-agency and bare. "%s" is the agency. */
    private static final List<String> DATELINES = List.of(
            "MOSCOW (%s) - ",
            "MOSCOW (%s) — ",
            "PARIS, 3 mars (%s) - ",
            "Madrid, 13 sep (%s).- ",
            "Berlin (%s) - ",
            "Hamburg (%s/lno) - ",
            "BEIJING, Jan. 11 (%s) -- ",
            "KUALA LUMPUR, Dec 19 (%s) -- ",
            "NEW DELHI, Sep 9 (%s): ",
            "CAPE CANAVERAL, Fla. (%s) — ",
            "(%s) - ");
    /** Credit lines above the story. */
    private static final List<String> BYLINES = List.of("By %s", "Par %s", "Von %s", "Por %s", "%s", "By Staff Writer, %s",
            "Source: %s", "%s | Updated: 12 Mar 2024, 10:12");
    /** Credit lines below the story. */
    private static final List<String> CLOSINGS = List.of("— %s", "-- %s", "%s/lnw", "© %s", "Source: %s",
            "Quelle: %s", "Fuente: %s", "(With inputs from %s)", "%s/VNA/CVN", "(END) %s");
    /** The agency speaking of its own reporting, in a sentence of the story. */
    private static final List<String> PHRASES = List.of(
            "An %s reporter saw long queues of lorries at the gate.",
            "A %s tally based on official figures puts the losses at 12 million dollars.",
            "Un journaliste de l'%s a vu de longues files de camions.",
            "Un periodista de %s vio largas filas de camiones.",
            "Um jornalista da %s viu longas filas de camiões.",
            "Documents reviewed by %s show the port lost 12 million dollars.",
            "A spokesman for the port told %s that the damage was limited.",
            "\"We are ready,\" the harbour master told the %s.",
            "Le directeur du port a déclaré à l'%s que les dégâts étaient limités.",
            "Der Hafenmeister sagte der %s, die Schäden seien begrenzt.",
            "El director del puerto dijo a %s que los daños eran limitados.",
            "O diretor do porto disse à %s que os danos foram limitados.",
            "Il direttore del porto ha detto all'%s che i danni sono limitati.");
    private static final List<String> CITATIONS = List.of(
            "The storm killed three people, according to %s.",
            "Three people died in the storm, %s reported.",
            "Three people died in the storm, reports %s news agency.",
            "Trois personnes sont mortes, selon l'agence %s.",
            "Drei Menschen starben, berichtete %s.");
    private static final List<String> PHOTOS = List.of(
            "Cargo ships wait outside the port. (Photo by Jane Doe / %s)",
            "%s Photo/John Smith",
            "Ships at anchor. Photo: %s",
            "(Symbolfoto: %s)",
            "Ships at anchor ( %s / ERIC MARTIN )",
            "Ships wait at anchor on Tuesday. Charlie Stone / %s file");

    static Stream<Arguments> datelines() {
        return cases(DATELINES);
    }

    static Stream<Arguments> bylines() {
        return cases(BYLINES);
    }

    static Stream<Arguments> closings() {
        return cases(CLOSINGS);
    }

    static Stream<Arguments> trailingCredits() {
        return cases(List.of("— %s", "-- %s", "- %s", "(%s)"));
    }

    static Stream<Arguments> phrases() {
        return cases(PHRASES);
    }

    static Stream<Arguments> citations() {
        return cases(CITATIONS);
    }

    static Stream<Arguments> photos() {
        return cases(PHOTOS);
    }

    private static Stream<Arguments> cases(List<String> forms) {
        List<Arguments> out = new ArrayList<>();
        for (String form : forms) {
            for (String agency : AGENCIES) {
                out.add(Arguments.of(form, agency));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("datelines")
    void aDatelineAtTheStartOfTheStoryIsADateline(String form, String agency) {
        List<Evidence> found = FINDER.find(List.of(HEADLINE, form.formatted(agency) + LEDE, SECOND), 1, Set.of());
        assertThat(found).extracting(Evidence::agency, Evidence::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(agency, Kind.DATELINE));
        assertThat(found.get(0).text()).startsWith(form.formatted(agency).strip());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("bylines")
    void aCreditLineAboveTheStoryIsAByline(String form, String agency) {
        List<Evidence> found = FINDER.find(List.of(HEADLINE, form.formatted(agency), LEDE, SECOND), 2, Set.of());
        assertThat(found).extracting(Evidence::agency, Evidence::kind).first().isEqualTo(
                org.assertj.core.groups.Tuple.tuple(agency, Kind.BYLINE));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("closings")
    void aCreditLineBelowTheStoryIsAClosingCredit(String form, String agency) {
        List<Evidence> found = FINDER.find(List.of(HEADLINE, LEDE, SECOND, form.formatted(agency)), 1, Set.of());
        assertThat(found).extracting(Evidence::agency, Evidence::kind).contains(
                org.assertj.core.groups.Tuple.tuple(agency, Kind.CLOSING));
        assertThat(found.get(0).kind()).isEqualTo(Kind.CLOSING);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("trailingCredits")
    void aCreditAtTheEndOfTheLastParagraphIsAClosingCredit(String form, String agency) {
        String last = SECOND + " " + form.formatted(agency);
        List<Evidence> found = FINDER.find(List.of(HEADLINE, LEDE, last), 1, Set.of());
        assertThat(found).extracting(Evidence::kind).containsExactly(Kind.CLOSING);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("phrases")
    void theAgencySpeakingOfItsOwnReportingOrInterviewsIsAPhrase(String form, String agency) {
        List<Evidence> found = FINDER.find(List.of(HEADLINE, LEDE, form.formatted(agency), SECOND), 1, Set.of());
        assertThat(found).extracting(Evidence::agency, Evidence::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(agency, Kind.PHRASE));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("citations")
    void quotingAnAgencyIsACitation(String form, String agency) {
        List<Evidence> found = FINDER.find(List.of(HEADLINE, LEDE, form.formatted(agency), SECOND), 1, Set.of());
        assertThat(found).extracting(Evidence::agency, Evidence::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(agency, Kind.CITATION));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("photos")
    void aPhotoCreditIsOnlyAPhotoCredit(String form, String agency) {
        List<Evidence> above = FINDER.find(List.of(HEADLINE, form.formatted(agency), LEDE, SECOND), 2, Set.of());
        List<Evidence> below = FINDER.find(List.of(HEADLINE, LEDE, SECOND, form.formatted(agency)), 1, Set.of());
        assertThat(above).extracting(Evidence::kind).containsExactly(Kind.PHOTO);
        assertThat(below).extracting(Evidence::kind).containsExactly(Kind.PHOTO);
    }

    @Test
    void aKnownCaptionNamesOnlyThePhotographer() {
        String caption = "Ships wait outside the northern port on Tuesday, a day before it reopened. (AFP)";
        assertThat(FINDER.find(List.of(HEADLINE, caption, LEDE), 2, Set.of(1)))
                .extracting(Evidence::kind).containsExactly(Kind.PHOTO);
    }

    @Test
    void aNameInPassingIsAMention() {
        String line = "The port was built in 1890 and its archive was visited by Reuters and AFP historians last year,"
                + " the museum said.";
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, line), 1, Set.of())).extracting(Evidence::kind)
                .containsOnly(Kind.MENTION);
    }

    @Test
    void evidenceIsListedStrongestFirstOncePerAgencyAndKind() {
        List<String> lines = List.of(HEADLINE, "Photo: Reuters", "MOSCOW (AFP) - " + LEDE,
                "An AFP reporter saw the ships leave, and a port official told Reuters the work was done.",
                "The ships left, an AFP photographer said.", "-- AFP");
        List<Evidence> found = FINDER.find(lines, 2, Set.of());
        assertThat(found).extracting(Evidence::agency, Evidence::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AFP", Kind.DATELINE),
                org.assertj.core.groups.Tuple.tuple("AFP", Kind.CLOSING),
                org.assertj.core.groups.Tuple.tuple("AFP", Kind.PHRASE),
                org.assertj.core.groups.Tuple.tuple("Reuters", Kind.PHRASE),
                org.assertj.core.groups.Tuple.tuple("Reuters", Kind.PHOTO));
    }

    @Test
    void aLongLineKeepsOnlyTheWordsAroundTheName() {
        String line = LEDE + " " + SECOND + " A port official told AFP the work was done. " + SECOND;
        Evidence e = FINDER.find(List.of(HEADLINE, LEDE, line), 1, Set.of()).get(0);
        assertThat(e.text()).hasSizeLessThanOrEqualTo(CreditFinder.MAX_TEXT).contains("told AFP");
    }

    @Test
    void wordsThatContainAnAcronymAreNoCredit() {
        assertThat(FINDER.find(List.of(HEADLINE, "The APPLE harvest map shows a DPAD of farms.", LEDE), 1,
                Set.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "KAZAN, May 14. /TASS/. The regional government opened a new river port on Tuesday.|TASS",
        "Cluj-Napoca, 9 apr /Agerpres/ - Primăria a anunțat extinderea rețelei de tramvai.|Agerpres",
        "BANGKOK, AFP - Thailand's parliament elected a new prime minister on Friday.|AFP",
        "Sion (ats) - Le Grand Conseil valaisan a adopté jeudi la loi sur le tourisme.|Keystone-SDA",
        "Kaohsiung, June 3 (CNA) The city will open two new light rail stations next month.|CNA",
        "SPLIT, July 9 (Hina) - The port authority reported a record number of cruise ship calls.|HINA"})
    void datelinesInSlashesWithoutBracketsOrWithANameThatIsAlsoAWordAreDatelines(String paragraph, String agency) {
        assertOnlyEvidence(List.of(HEADLINE, paragraph, SECOND), 1, agency, Kind.DATELINE);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Search operations are continuing in the area. (With PTI inputs)|PTI",
        "The ceremony was attended by diplomats and officials. APP/ams|APP",
        "Copyright 2023 The Associated Press. All rights reserved.|AP",
        "© Copyright ANSA - Tutti i diritti riservati|ANSA",
        "Associated Press writers Lisa Mascaro and Kevin Freking contributed to this report.|AP",
        "This report by The Canadian Press was first published Jan. 30, 2024.|CP",
        "Fès - Le festival des musiques sacrées ouvrira ses portes vendredi soir. (MAP)|MAP",
        "El tráfico se restableció a mediodía. Con información de EFE|EFE",
        "O aeroporto reabriu ao fim da tarde. Com informações da AFP|AFP",
        "Die Polizei ermittelt. Mit Material von AFP|AFP",
        "Additional reporting by PA|PA",
        "Polisen utreder händelsen. TT|TT"})
    void creditsClosingAParagraphOrTheStoryAreClosingCredits(String last, String agency) {
        assertOnlyEvidence(List.of(HEADLINE, LEDE, last), 1, agency, Kind.CLOSING);
    }

    @Test
    void everyAgencyOfAListOfCreditsIsCredited() {
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, "— With AFP and Reuters"), 1, Set.of()))
                .extracting(Evidence::agency, Evidence::kind).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AFP", Kind.CLOSING),
                        org.assertj.core.groups.Tuple.tuple("Reuters", Kind.CLOSING));
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, "Information from The Associated Press and Reuters was used "
                + "in this report."), 1, Set.of())).extracting(Evidence::kind).containsOnly(Kind.CLOSING).hasSize(2);
    }

    @Test
    void aStaffTitleInABylineCreditsTheAgency() {
        assertOnlyEvidence(List.of(HEADLINE, "By Aine Fox, PA Social Affairs Correspondent", LEDE), 2, "PA",
                Kind.BYLINE);
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, "An AFP reporter saw the ships leave."), 1, Set.of()))
                .extracting(Evidence::kind).containsExactly(Kind.PHRASE);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Investors in MENA start-ups raised less money last year than in 2022.",
        "She grew up in Scranton, PA, and moved to Boston after college.",
        "Pittsburgh, PA — The steelmaker said it would keep its headquarters in the city.",
        "The opposition Awami National Party (ANP) said it would boycott the session.",
        "The Unified Payments Interface (UPI) handled a record volume of payments in May.",
        "A new Audi TT costs more than it did five years ago.",
        "The nursing home hired six CNA graduates this spring."})
    void aNameThatIsAlsoAnEverydayWordIsNothingOutsideACredit(String sentence) {
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, sentence, SECOND), 1, Set.of())).isEmpty();
        assertThat(FINDER.find(List.of("PAP wins the election", LEDE), 1, Set.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "The harbour master told Reuters the channel would be dredged again in spring.",
        "\"The port will not close,\" the mayor said in an interview with Reuters on Friday.",
        "Reuters reported in March that the port was looking for a buyer.",
        "Reuters was unable to confirm the figures independently.",
        "A Reuters/Ipsos survey found most residents backed the plan.",
        "A Reuters photographer was injured while covering the protest."})
    void mentionsCitationsAndInterviewsAreNeverCredits(String sentence) {
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, sentence, SECOND), 1, Set.of()))
                .extracting(Evidence::kind).noneMatch(CreditFinder::isCredit);
    }

    @Test
    void aPhotographersNameBeforeADashInBracketsIsAPhotoCredit() {
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, "Fishing boats in the harbour at dawn. (Mehmet Kaya - Anadolu Agency)"),
                1, Set.of())).extracting(Evidence::kind).containsExactly(Kind.PHOTO);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "The Associated Press contributed to this report.|AP",
        "Reuters contributed reporting from the border crossing.|Reuters",
        "AFP also contributed to this story.|AFP",
        "Contributing: Jane Doe in Lyon, Associated Press|AP",
        "Contributing: Reuters|Reuters"})
    void aSharedCreditAtTheEndIsAClosingCredit(String last, String agency) {
        assertOnlyEvidence(List.of(HEADLINE, LEDE, SECOND, last), 1, agency, Kind.CLOSING);
    }

    @Test
    void everyAgencyOfAReportingCreditIsCredited() {
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, SECOND, "With reporting by AFP, AP, and Reuters"), 1, Set.of()))
                .extracting(Evidence::agency, Evidence::kind).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AFP", Kind.CLOSING),
                        org.assertj.core.groups.Tuple.tuple("AP", Kind.CLOSING),
                        org.assertj.core.groups.Tuple.tuple("Reuters", Kind.CLOSING));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Reuters contributed to the confusion by reporting the wrong figure early on Monday.",
        "The port authority contributed to this report's funding, AFP said."})
    void contributingToSomethingElseIsNoCredit(String sentence) {
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, sentence, SECOND), 1, Set.of()))
                .extracting(Evidence::kind).noneMatch(CreditFinder::isCredit);
    }

    @Test
    void aCitationFormatBlockIsNoCredit() {
        List<String> block = List.of(HEADLINE, LEDE, SECOND, "Cite this article", "MLA",
                "Doe, Jane. \"Ships return to the northern port.\" Harbour Weekly, 4 Mar. 2024.", "APA",
                "Doe, J. (2024, March 4). Ships return to the northern port. Harbour Weekly.");
        assertThat(FINDER.find(block, 1, Set.of())).extracting(Evidence::kind).noneMatch(CreditFinder::isCredit);
        assertThat(FINDER.find(List.of(HEADLINE, LEDE, SECOND, "MLA / APA / Harvard"), 1, Set.of()))
                .extracting(Evidence::kind).noneMatch(CreditFinder::isCredit);
        // without a format list around it, the same closing line is the agency's credit
        assertOnlyEvidence(List.of(HEADLINE, LEDE, SECOND, "APA"), 1, "APA", Kind.CLOSING);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Americans for Prosperity (AFP), the group that funded the campaign, spent more this year.",
        "Allied Farmers Party (AFP) - a small group - won two seats in the regional vote.",
        "Agence Publique (AP) officials said the harbour would reopen next week."})
    void anAcronymIntroducedIsNoDateline(String sentence) {
        assertThat(FINDER.find(List.of(HEADLINE, sentence, SECOND), 1, Set.of()))
                .extracting(Evidence::kind).noneMatch(CreditFinder::isCredit);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "ASUNCION, Paraguay (AP) — The port authority reopened the river terminal on Friday.|AP",
        "ADDIS ABABA (AFP) - The government opened a new rail link to the coast on Friday.|AFP",
        "ALBANY, N.Y. (AP) — State lawmakers approved the harbour budget on Friday.|AP"})
    void aPlaceWhoseInitialsLookLikeTheAgencyIsStillADateline(String paragraph, String agency) {
        assertOnlyEvidence(List.of(HEADLINE, paragraph, SECOND), 1, agency, Kind.DATELINE);
    }

    private static void assertOnlyEvidence(List<String> lines, int bodyStart, String agency, Kind kind) {
        assertThat(FINDER.find(lines, bodyStart, Set.of())).extracting(Evidence::agency, Evidence::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(agency, kind));
    }
}
