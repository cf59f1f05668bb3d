package io.newsline.ingest.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass markup blanking gives what the regular expression it replaced gives, on any text. */
class VisibleTextTest {

    /** The definition: what {@link VisibleText} computes without the regular expression's backtracking. */
    private static final Pattern MARKUP = Pattern.compile(
            "(?is)<script\\b.*?</script\\s*>|<style\\b.*?</style\\s*>|<!--.*?-->|<[^>]{0,2000}>");

    private static String byRegex(String html) {
        return MARKUP.matcher(html).replaceAll(" ");
    }

    @Test
    void blanksScriptsStylesCommentsAndTags() {
        String page = "<html><head><STYLE>p{color:red}</style ><script type=x>if (a<b) x='<p>'</SCRIPT></head>"
                + "<body><!-- note <b> --><p class=a>Hello <b>world</b></p> 3 < 4 and 5 > 2</body>";
        assertThat(VisibleText.of(page).replaceAll(" +", " ").trim()).isEqualTo("Hello world 3 2");
        assertThat(VisibleText.of(page)).isEqualTo(byRegex(page));
    }

    @Test
    void unclosedElementsFallBackToTheirOpeningTag() {
        for (String page : new String[] {"<script>var a; <p>text", "<style>x<p>y", "<!-- open <b>bold</b>",
                "<scripts>a</scripts>", "<script_x>a</script>b", "<scripté>a</script>b", "<script\u0301>a</script>b",
                "a < b", "<" + "x".repeat(2000) + ">t", "<" + "x".repeat(2001) + ">t", "<!-->x-->", "</script >"}) {
            assertThat(VisibleText.of(page)).as(page.length() > 60 ? page.substring(0, 60) : page)
                    .isEqualTo(byRegex(page));
        }
    }

    @Property(tries = 400)
    void sameAsTheRegularExpression(@ForAll("markupSoup") String page) {
        assertThat(VisibleText.of(page)).isEqualTo(byRegex(page));
    }

    @Provide
    Arbitrary<String> markupSoup() {
        Arbitrary<String> piece = Arbitraries.of("<", ">", "<script>", "</script>", "</SCRIPT >", "<Script a=1>",
                "<style>", "</style>", "</style\n>", "<!--", "-->", "<p>", "</p>", "<b ", "text ", "é", "_", "1",
                "script", "\u0301", "/", "-", "\n", "<scriptx>", "< ", "x".repeat(700));
        return piece.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }
}
