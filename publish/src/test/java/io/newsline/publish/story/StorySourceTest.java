package io.newsline.publish.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publish.match.WireSource;
import io.newsline.schemas.AgencyCredit;
import io.newsline.schemas.CreditKind;
import io.newsline.schemas.Relation;
import io.newsline.schemas.SourceEvidence;
import io.newsline.schemas.StoryMember;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StorySourceTest {

    private final StorySource sources = new StorySource(WireSource.load());

    private static StoryMember member(String id, AgencyCredit... credits) {
        return StoryMember.newBuilder().setArticleId(id).setUrl("https://" + id + ".example/a")
                .setRelation(Relation.COPY).setCredits(List.of(credits)).build();
    }

    private static AgencyCredit credit(String agency, CreditKind kind) {
        return new AgencyCredit(agency, kind, kind + " " + agency);
    }

    private String source(StoryMember... members) {
        return sources.decide(List.of(members)).map(StorySource.Decision::source).orElse(null);
    }

    @Test
    void toldReutersInsideAnAfpStoryIsNotReutersCredit() {
        assertThat(source(
                member("wire", credit("AFP", CreditKind.DATELINE), credit("Reuters", CreditKind.PHRASE)),
                member("copy1", credit("Reuters", CreditKind.PHRASE)),
                member("copy2", credit("Reuters", CreditKind.PHRASE)))).isEqualTo("AFP");
    }

    @Test
    void aLonePageThatOnlyQuotesAnAgencysInterviewHasNoSource() {
        AgencyCredit toldAp = new AgencyCredit("AP", CreditKind.PHRASE, "\"We will rebuild,\" the mayor told The "
                + "Associated Press on Friday.");
        AgencyCredit toldReuters = new AgencyCredit("Reuters", CreditKind.PHRASE, "Der Minister sagte Reuters am Montag,"
                + " die Brücke werde geöffnet.");
        AgencyCredit poll = new AgencyCredit("Reuters", CreditKind.PHRASE, "economists polled by Reuters had expected 2.1%");
        assertThat(source(member("lone", toldAp))).isNull();
        assertThat(source(member("lone", toldReuters))).isNull();
        // the same story on a second site: the agency's syndicated copy, whose interview it is
        assertThat(source(member("a", toldAp), member("b"))).isEqualTo("AP");
        // the agency's own reporting names it on a lone page; a photo credit still counts as one
        assertThat(source(member("lone", poll))).isEqualTo("Reuters");
        assertThat(source(member("lone", toldAp, credit("AP", CreditKind.PHOTO)))).isEqualTo("AP");
        StorySource.Decision d = sources.decide(List.of(member("lone", toldAp, credit("AP", CreditKind.PHOTO))))
                .orElseThrow();
        assertThat(d.evidence()).extracting(SourceEvidence::getKind).containsExactly(CreditKind.PHOTO);
    }

    @Test
    void anInternationalAgencysCreditBeatsTheRepublishersCredits() {
        assertThat(source(member("a", credit("APP", CreditKind.DATELINE)), member("b", credit("APP", CreditKind.BYLINE)),
                member("c", credit("AFP", CreditKind.CLOSING)))).isEqualTo("AFP");
    }

    @Test
    void aPhotoCreditIsWeakEvidence() {
        assertThat(source(member("a", credit("AP", CreditKind.PHOTO)))).isEqualTo("AP");
        assertThat(source(member("a", credit("AP", CreditKind.PHOTO)), member("b", credit("AFP", CreditKind.PHRASE))))
                .isEqualTo("AFP");
        assertThat(source(member("a", credit("AP", CreditKind.PHOTO)), member("b", credit("PTI", CreditKind.CLOSING))))
                .isEqualTo("PTI");
    }

    @Test
    void aCitationLosesToTheTextsOwnCredit() {
        assertThat(source(member("a", credit("Xinhua", CreditKind.CITATION), credit("IANS", CreditKind.CLOSING)),
                member("b", credit("Xinhua", CreditKind.CITATION)))).isEqualTo("IANS");
    }

    @Test
    void aMentionInPassingOrACitationNamesNoSource() {
        assertThat(source(member("a", credit("Reuters", CreditKind.MENTION)), member("b"))).isNull();
        assertThat(source(member("a", credit("AFP", CreditKind.CITATION)), member("b", credit("AFP", CreditKind.CITATION)),
                member("c", credit("AFP", CreditKind.MENTION)))).isNull();
        assertThat(source(member("a"), member("b"))).isNull();
    }

    @Test
    void membersWithoutEvidenceCountTheirCreditField() {
        StoryMember old = StoryMember.newBuilder().setArticleId("old").setUrl("https://old.example/a")
                .setRelation(Relation.ORIGINAL).setCredit("APP - UrduPoint / Pakistan Point News").setAgency("APP").build();
        StorySource.Decision d = sources.decide(List.of(old)).orElseThrow();
        assertThat(d.source()).isEqualTo("APP");
        assertThat(d.evidence()).extracting(SourceEvidence::getKind).containsExactly(CreditKind.UNKNOWN);
    }

    @Test
    void theEvidenceIsEachSupportingMembersStrongest() {
        StorySource.Decision d = sources.decide(List.of(
                member("b", credit("AFP", CreditKind.PHOTO), credit("AFP", CreditKind.PHRASE)),
                member("a", credit("AFP", CreditKind.DATELINE), credit("AFP", CreditKind.MENTION)),
                member("c", credit("Reuters", CreditKind.PHOTO)))).orElseThrow();
        assertThat(d.source()).isEqualTo("AFP");
        assertThat(d.evidence()).extracting(SourceEvidence::getArticleId, SourceEvidence::getKind,
                SourceEvidence::getWeight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", CreditKind.DATELINE, 1.0),
                org.assertj.core.groups.Tuple.tuple("b", CreditKind.PHRASE, StorySource.PHRASE));
    }

    @Test
    void theDecisionDoesNotDependOnTheMembersOrder() {
        List<StoryMember> members = new ArrayList<>(List.of(
                member("a", credit("AP", CreditKind.PHRASE)), member("b", credit("Reuters", CreditKind.PHRASE)),
                member("c", credit("AP", CreditKind.PHOTO), credit("Reuters", CreditKind.CITATION)),
                member("d", credit("Reuters", CreditKind.MENTION)), member("e")));
        StorySource.Decision first = sources.decide(members).orElseThrow();
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(members, random);
            assertThat(sources.decide(members)).contains(first);
        }
        // AP 0.6 + 0.25 against Reuters 0.6 + 0.2 + 0.1: the better supported agency, whatever the order.
        assertThat(first.source()).isEqualTo("Reuters");
    }

    @Test
    void equalSupportGoesToTheLowerTierThenTheCode() {
        assertThat(source(member("a", credit("PTI", CreditKind.PHRASE)), member("b", credit("AFP", CreditKind.PHRASE))))
                .isEqualTo("AFP");
        assertThat(source(member("a", credit("Reuters", CreditKind.PHRASE)), member("b", credit("AP", CreditKind.PHRASE))))
                .isEqualTo("AP");
    }
}
