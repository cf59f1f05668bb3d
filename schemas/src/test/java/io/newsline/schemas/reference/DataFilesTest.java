package io.newsline.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.schemas.ids.ArticleIds;
import io.newsline.schemas.reference.DataFiles.Line;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFilesTest {

    @Test
    void blankLinesAndCommentsAreSkippedAndDataLinesKeptAsWritten() {
        assertThat(DataFiles.lines(DataFilesTest.class, "data-file-rules.txt")).containsExactly(
                "first",
                "second\twith\ttabs\t",
                "trailing space ",
                "  leading space",
                "third # not a comment here",
                "last");
    }

    @Test
    void numberedLinesCountEveryLineOfTheFileAndNameItInErrors() {
        List<Line> lines = DataFiles.numberedLines(DataFilesTest.class, "data-file-rules.txt");

        assertThat(lines).extracting(Line::number).containsExactly(2, 7, 8, 9, 10, 12);
        assertThat(lines.get(1).invalid("expected 4 columns"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/io/newsline/schemas/reference/data-file-rules.txt line 7: expected 4 columns");
    }

    @Test
    void anAbsoluteNameIsReadTheSameAsARelativeOne() {
        assertThat(DataFiles.lines(ArticleIds.class, "/io/newsline/schemas/reference/data-file-rules.txt"))
                .isEqualTo(DataFiles.lines(DataFilesTest.class, "data-file-rules.txt"));
    }

    @Test
    void aGzippedResourceIsReadUnzipped() {
        assertThat(DataFiles.lines(DataFilesTest.class, "data-file-rules.txt.gz")).containsExactly("alpha", "beta");
    }

    @Test
    void aMissingResourceFailsNamingItsFullPathAndItsReader() {
        assertThatThrownBy(() -> DataFiles.lines(DataFilesTest.class, "no-such-file.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource /io/newsline/schemas/reference/no-such-file.tsv (read by "
                        + DataFilesTest.class.getName() + ")");
        assertThatThrownBy(() -> DataFiles.open(DataFilesTest.class, "/nowhere/data.json"))
                .hasMessageContaining("missing resource /nowhere/data.json");
    }

    @Test
    void aStreamIsReadByTheSameRule() throws IOException {
        byte[] bytes = "# header\n\na\tb\n  #x\nc\n".getBytes(StandardCharsets.UTF_8);
        List<Line> lines = DataFiles.numberedLines(new ByteArrayInputStream(bytes), "upload.tsv");

        assertThat(lines).containsExactly(new Line("upload.tsv", 3, "a\tb"), new Line("upload.tsv", 5, "c"));
    }

    @Test
    void isDataFollowsTheOneRule() {
        assertThat(DataFiles.isData("x")).isTrue();
        assertThat(DataFiles.isData(" x #y")).isTrue();
        assertThat(DataFiles.isData("")).isFalse();
        assertThat(DataFiles.isData(" \t ")).isFalse();
        assertThat(DataFiles.isData("#x")).isFalse();
        assertThat(DataFiles.isData("\t# x")).isFalse();
    }
}
