package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** An element's role reads its attributes by name whatever their case, the first of each name counting. */
class ElementClassifierAttributesTest {

    private final ElementClassifier classifier = new ElementClassifier();

    private static Element div(String attributes) {
        Parser parser = Parser.htmlParser().settings(ParseSettings.preserveCase);
        return Jsoup.parse("<div " + attributes + ">text</div>", "", parser).selectFirst("div");
    }

    @Test
    void eachAttributeIsReadWhateverTheCaseOfItsName() {
        assertThat(classifier.roleOf(div("ItemProp=\"articleBody\" class=\"comments\""))).isEqualTo(ElementRole.BODY);
        assertThat(classifier.roleOf(div("ITEMPROP=\"datePublished\""))).isEqualTo(ElementRole.SKIP);
        assertThat(classifier.roleOf(div("Hidden class=\"story\""))).isEqualTo(ElementRole.SUSPECT);
        assertThat(classifier.roleOf(div("Aria-Hidden=\"true\""))).isEqualTo(ElementRole.SUSPECT);
        assertThat(classifier.roleOf(div("STYLE=\"display: none\""))).isEqualTo(ElementRole.SUSPECT);
        assertThat(classifier.roleOf(div("Role=\"navigation\""))).isEqualTo(ElementRole.BOILERPLATE);
        assertThat(classifier.roleOf(div("CLASS=\"related-links\""))).isEqualTo(ElementRole.BOILERPLATE);
        assertThat(classifier.roleOf(div("ID=\"comments\""))).isEqualTo(ElementRole.BOILERPLATE);
    }

    @Test
    void theFirstOfTwoNamesDifferingInCaseCounts() {
        Element first = div("CLASS=\"comments\" class=\"story\"");
        Element second = div("class=\"story\" CLASS=\"comments\"");
        assertThat(first.attributes().size()).isEqualTo(2);

        assertThat(classifier.roleOf(first)).isEqualTo(ElementRole.BOILERPLATE);
        assertThat(classifier.roleOf(second)).isNotEqualTo(ElementRole.BOILERPLATE);
    }

    @Test
    void aHiddenElementStaysHiddenWhateverItsOtherAttributes() {
        assertThat(classifier.roleOf(div("class=\"article-body\" aria-hidden=\"false\" style=\"color: red\"")))
                .isNotEqualTo(ElementRole.SUSPECT);
        assertThat(classifier.roleOf(div("class=\"article-body\" style=\"visibility:hidden\"")))
                .isEqualTo(ElementRole.SUSPECT);
    }
}
