package io.newsline.ingest.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void spacesAndLettersAreTheUnicodeTablesOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int type = Character.getType(c);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            boolean letter = Character.isLetter(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (Prose.isSpace(c) != space || Prose.isLetterOrMark(c) != letter) {
                assertThat(Prose.isSpace(c)).as("space U+%04X", c).isEqualTo(space);
                assertThat(Prose.isLetterOrMark(c)).as("letter U+%04X", c).isEqualTo(letter);
            }
        }
    }

    @Test
    void sentencesAreProseAndSymbolsOrOneHugeTokenAreNot() {
        assertThat(Prose.whyNot("The council met on Tuesday and voted to close the bridge.")).isNull();
        assertThat(Prose.whyNot("Der Stadtrat tagte am Dienstag.\tÉté à Genève.\nСовет собрался во вторник."))
                .isNull();
        assertThat(Prose.whyNot("{} [] <> ## $$ %% ^^ && ** (( )) == ++ -- ;; :: 12 34 56 78")).isEqualTo("not-prose: symbols");
        assertThat(Prose.whyNot("a".repeat(500) + " words")).isEqualTo("not-prose: no words");
        assertThat(Prose.whyNot("东京电视台报道称日本政府周二宣布新的经济刺激计划。")).isNull();
    }
}
