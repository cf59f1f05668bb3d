package io.newsline.ingest.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextLengthTest {

    private static Element body(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    @Test
    void aTextWithoutSpacesExceedsExactlyWhenItIsLonger() {
        Element e = body("<div>abc<b>def</b><i><u>gh</u></i>ij</div>").child(0);

        assertThat(e.text()).hasSize(10);
        assertThat(TextLength.exceeds(e, 9)).isTrue();
        assertThat(TextLength.exceeds(e, 10)).isFalse();
        assertThat(TextLength.exceeds(e, 0)).isTrue();
        assertThat(TextLength.exceeds(body("<div><p></p><br></div>").child(0), 0)).isFalse();
    }

    @Test
    void spacesAndWhatTextNormalisationDropsAreNotCounted() {
        // spaces of every kind, a no-break space, a soft hyphen and zero-width characters: 6 characters are kept
        Element e = body("<p>\n  ab \t c&nbsp;d\u00AD\u200Be\u2003\u200C\u200Df  </p>").child(0);

        assertThat(TextLength.exceeds(e, 5)).isTrue();
        assertThat(TextLength.exceeds(e, 6)).isFalse();
    }

    @Test
    void overTheBoundMeansTheNormalisedTextIsLongerThanTheBound() {
        List<String> pages = List.of("<p>Copyright 2024 The Associated Press. All rights reserved.</p>",
                "<div> By <a href=/a>Jane Doe</a> , <span>AP</span>\n</div>", "<h1>A\u00A0B\u00ADC \u2009 d</h1>",
                "<ul><li>one</li><li>two</li><li>three</li></ul>", "<div><script>var a = 1;</script>text</div>",
                "<p>\u00e9t\u00e9 \u0130stanbul \uD835\uDC00 \u0000 end</p>");
        for (String html : pages) {
            Element e = body(html).child(0);
            String text = e.text();
            for (int bound = 0; bound <= text.length() + 1; bound++) {
                if (TextLength.exceeds(e, bound)) {
                    assertThat(text.strip().length()).as(html + " over " + bound).isGreaterThan(bound);
                    assertThat(text.replace("\u00A0", " ").replace("\u00AD", "").trim().length())
                            .as(html + " over " + bound).isGreaterThan(bound);
                }
            }
        }
    }

    @Test
    void lettersAndDigitsAreCountedAloneWhenAsked() {
        Element e = body("<h1>Rock 'n' roll: 1, 2, 3!</h1>").child(0);

        assertThat(TextLength.lettersOrDigitsExceed(e, 11)).isTrue();
        assertThat(TextLength.lettersOrDigitsExceed(e, 12)).isFalse();
        assertThat(TextLength.exceeds(e, 13)).isTrue();
    }

    @Test
    void aDeeplyNestedElementIsReadToItsBottom() {
        Element e = body("<div>".repeat(600) + "deep" + "</div>".repeat(600)).child(0);

        assertThat(TextLength.exceeds(e, 3)).isTrue();
        assertThat(TextLength.exceeds(e, 4)).isFalse();
    }
}
