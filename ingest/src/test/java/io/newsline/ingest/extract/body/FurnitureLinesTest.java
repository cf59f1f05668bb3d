package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.schemas.reference.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FurnitureLinesTest {

    private static final String RESOURCE = "boilerplate-lines.txt";
    private static final FurnitureLines LINES = FurnitureLines.load(BlockFilter.class, RESOURCE);

    /** Every line's expression in one, its guard left out: what the lines match without guards. */
    private static Pattern unguarded() {
        List<String> expressions = new ArrayList<>();
        for (String line : DataFiles.lines(BlockFilter.class, RESOURCE)) {
            expressions.add(line.strip().replaceFirst("^needs .*? :: ", ""));
        }
        return FurnitureLines.whole(expressions);
    }

    @Test
    void theShippedFileGuardsSomeLines() {
        assertThat(DataFiles.lines(BlockFilter.class, RESOURCE)).anyMatch(line -> line.startsWith("needs "));
    }

    @Test
    void guardedLinesMatchWhatTheLinesMatchWithoutGuards() {
        Pattern all = unguarded();
        List<String> texts = List.of("Sign up for our daily newsletter", "Subscribe to get it in your INBOX.",
                "Register now for the Newsletter!", "Sign up today and we will send it to you",
                "Protesters in the square (Image: GETTY )", "Protesters in the square (Photo: Reuters)",
                "Protesters in the square (a crowd)", "[button link=\"x\"]Send us your review[/button]",
                "[caption] a picture", "Advertisement", "The council met on Tuesday to discuss the budget.",
                "", "(", "[/", "newsletter",
                // characters that match an ASCII letter ignoring case though they are none
                "Sign up for our newſletter", "Sign up for our \u212Aids newsletter", "Regıster for the newsletter",
                "\u0130nbox: sign up for the INBOX", "Subscribe to the news\u017Fletter");
        for (String text : texts) {
            assertThat(LINES.matches(text)).as(text).isEqualTo(all.matcher(text).matches());
        }
        assertThat(LINES.matches("Sign up for our daily newsletter")).isTrue();
        assertThat(LINES.matches("Sign up for our newſletter")).isTrue();
        assertThat(LINES.matches("Protesters in the square (Image: GETTY )")).isTrue();
        assertThat(LINES.matches("Protesters in the square (a crowd)")).isFalse();
    }

    @Test
    void aLineWithoutGuardReadsAsBefore() {
        FurnitureLines lines = FurnitureLines.load(BlockFilter.class, RESOURCE);
        assertThat(lines.matches("Read more: the council's budget")).isTrue();
        assertThat(lines.matches("Published reports suggest the council will meet")).isFalse();
    }
}
