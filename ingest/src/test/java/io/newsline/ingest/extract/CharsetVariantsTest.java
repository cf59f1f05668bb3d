package io.newsline.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pages whose declared charset is wrong, unknown or outside the WHATWG Encoding Standard come out in their
 * language, with the charset used and why in the lineage; a page no charset reads is refused, never published as
 * mojibake. The texts are written for these tests.
 */
class CharsetVariantsTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults(new ParagraphBodyExtractor());

    private static final String ENGLISH = "The city council approved the new budget on Tuesday evening after a long "
            + "debate about school repairs and bus routes. The mayor said the plan would keep taxes flat for a "
            + "second year while adding money for road maintenance and libraries across the northern districts.";
    private static final String RUSSIAN = "Президент России заявил в среду, что правительство выделит дополнительные "
            + "средства на строительство новых больниц и школ в регионах страны. По его словам, программа "
            + "рассчитана на пять лет и затронет более двадцати областей.";
    private static final String GERMAN = "Der Stadtrat hat am Dienstagabend nach einer langen Debatte über die "
            + "Sanierung der Schulen und neue Buslinien den Haushalt für das kommende Jahr beschlossen. Die "
            + "Bürgermeisterin sagte, die Steuern blieben zum zweiten Mal in Folge gleich, während mehr Geld für "
            + "Straßen und Büchereien in den nördlichen Stadtteilen fließe.";
    private static final String JAPANESE = "市議会は火曜日の夜、学校の修繕とバス路線をめぐる長い議論の末に新しい予算案を"
            + "可決した。市長は、この計画によって税率は二年連続で据え置かれ、北部地区の道路の維持管理と図書館のための"
            + "予算が増えると述べた。住民の多くはこの決定を歓迎しているが、一部の議員は財源の見通しが甘いと批判している。"
            + "次の会合は来月に開かれる予定で、詳しい日程は後日発表される。";
    private static final String GREEK = "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το βράδυ τον νέο προϋπολογισμό "
            + "μετά από μακρά συζήτηση για την επισκευή των σχολείων και τις γραμμές των λεωφορείων. Ο δήμαρχος "
            + "είπε ότι οι φόροι θα μείνουν ίδιοι για δεύτερη συνεχή χρονιά, ενώ θα δοθούν περισσότερα χρήματα για "
            + "τους δρόμους και τις βιβλιοθήκες στις βόρειες συνοικίες.";

    private static byte[] page(String title, String text, Charset encoding) {
        String html = "<html><head><title>" + title + "</title></head><body><article><p>" + text + "</p><p>" + text
                + "</p></article></body></html>";
        return html.getBytes(encoding);
    }

    private static ExtractionResult.Extracted extracted(byte[] body, String contentType) {
        ExtractionResult result = EXTRACTOR.extract(new PageInput("https://news.example/story", null, contentType,
                body, Map.of()));
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return (ExtractionResult.Extracted) result;
    }

    private static void assertArticle(ExtractionResult.Extracted e, String language, String expectedText,
            String charset, String reasonStart) {
        assertThat(e.article().pageType()).as(e.lineage() + " " + e.article().text().substring(0, 80)).isEqualTo(PageType.ARTICLE);
        assertThat(e.article().language()).as(e.lineage() + " " + e.article().text().substring(0, 80)).isEqualTo(language);
        assertThat(e.article().language()).isEqualTo(language);
        assertThat(e.article().text()).contains(expectedText.substring(0, 60)).doesNotContain("\uFFFD");
        assertThat(e.lineage().charset()).isEqualTo(charset);
        assertThat(e.lineage().charsetReason()).startsWith(reasonStart);
    }

    @Test
    void asciiLabelledIbm037IsReadAsBrowsersReadItNotAsEbcdic() {
        var e = extracted(page("Budget", ENGLISH, StandardCharsets.US_ASCII), "text/html; charset=IBM037");
        assertArticle(e, "en", ENGLISH, "UTF-8", "default (label IBM037 is no WHATWG encoding label)");
    }

    @Test
    void asciiLabelledUtf32IgnoresTheLabel() {
        var e = extracted(page("Budget", ENGLISH, StandardCharsets.US_ASCII), "text/html; charset=UTF-32");
        assertArticle(e, "en", ENGLISH, "UTF-8", "default (label UTF-32");
    }

    @Test
    void windows1251RussianDeclaredUtf8IsDetected() {
        var e = extracted(page("Больницы", RUSSIAN, Charset.forName("windows-1251")), "text/html; charset=utf-8");
        assertArticle(e, "ru", RUSSIAN, "windows-1251", "detected by ICU");
        assertThat(e.article().title()).isEqualTo("Больницы");
    }

    @Test
    void utf16LittleEndianGermanDeclaredUtf8IsFoundByItsNuls() {
        var e = extracted(page("Haushalt", GERMAN, StandardCharsets.UTF_16LE), "text/html; charset=utf-8");
        assertArticle(e, "de", GERMAN, "UTF-16LE", "detected by NUL pattern");
    }

    @Test
    void shiftJisJapaneseDeclaredLatin1IsDetected() {
        var e = extracted(page("予算", JAPANESE, Charset.forName("Shift_JIS")), "text/html; charset=iso-8859-1");
        assertArticle(e, "ja", JAPANESE, "windows-31j", "detected by ICU");
    }

    @Test
    void greekIso88597WithABogusLabelIsDetected() {
        var e = extracted(page("Προϋπολογισμός", GREEK, Charset.forName("ISO-8859-7")),
                "text/html; charset=x-bogus-greek");
        assertArticle(e, "el", GREEK, "ISO-8859-7", "detected by ICU");
    }

    @Test
    void windows1252GermanWithAnUnknownLabelStaysWindows1252() {
        var e = extracted(page("Haushalt", GERMAN, Charset.forName("windows-1252")), "text/html; charset=x-unknown");
        assertArticle(e, "de", GERMAN, "windows-1252", "default (label x-unknown");
        assertThat(e.article().text()).contains("Bürgermeisterin", "Straßen");
    }

    @Test
    void latin1LabelMeansWindows1252AsInBrowsers() {
        byte[] body = page("Budget", "The \u201Cquoted\u201D word \u2013 " + ENGLISH, Charset.forName("windows-1252"));
        var e = extracted(body, "text/html; charset=latin1");
        assertThat(e.article().text()).contains("\u201Cquoted\u201D word \u2013");
        assertThat(e.lineage().charset()).isEqualTo("windows-1252");
        assertThat(e.lineage().charsetReason()).isEqualTo("header");
    }

    @Test
    void aPageNoCharsetReadsIsRefusedAsUndecodable() {
        byte[] noise = new byte[6000];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 | noise[i]); // high bytes only: no control bytes for the binary test to catch
        }
        byte[] body = new byte[noise.length + 60];
        byte[] head = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(noise, 0, body, head.length, noise.length);
        ExtractionResult result = EXTRACTOR.extract(new PageInput("https://news.example/x", null,
                "text/html; charset=utf-8", body, Map.of()));
        assertThat(result).isInstanceOfSatisfying(ExtractionResult.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.UNDECODABLE);
            assertThat(f.message()).contains("no charset reads this page");
        });
    }

    @Test
    void validUtf8UnderAStaleLegacyLabelIsReadAsUtf8() {
        var e = extracted(page("予算", JAPANESE, StandardCharsets.UTF_8), "text/html; charset=gb2312");
        assertArticle(e, "ja", JAPANESE, "UTF-8", "detected by valid UTF-8");
        assertThat(e.lineage().charsetReason()).endsWith("over GBK (header)");
    }

    @Test
    void japaneseMixingLatinWordsAndDigitsIsPlausibleAndProse() {
        String mixed = "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化するアプリ「フリーWi-Fiプロテクション」"
                + "（iOS/Android）の発売を開始すると発表した。1年版ライセンスは2900円（税込）で、2年版は5000円。";
        var e = extracted(page("発表", mixed + JAPANESE, StandardCharsets.UTF_8), "text/html; charset=utf-8");
        assertArticle(e, "ja", mixed, "UTF-8", "header");
    }
}
