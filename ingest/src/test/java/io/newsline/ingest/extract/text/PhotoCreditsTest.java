package io.newsline.ingest.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pictures' credits in a body, told from the story's own credit lines and from prose that names an agency. */
class PhotoCreditsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
        "Waren gute Freunde: Lee Elder und Gary Player. | © PGA of America via Getty Images",
        "Sakib Ali/Hindustan Times/Getty Images",
        "Image Source: Neil Godwin / Future Publishing/Shutterstock",
        "[Times photo: Lara Cerri]",
        "Pixabay",
        "Foto: imago images",
        "Protesters outside parliament on Monday. Photo: Reuters/Jane Doe",
    })
    void picturesCreditsAndCaptionsEndingInOneAreCredits(String line) {
        assertThat(PhotoCredits.isPhotoCredit(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AFP",
        "— PTI",
        "Reuters",
        "The picture agency Getty Images said on Monday that it would cut 200 jobs in London.",
        "Alice Martin, Bob Stone, Carol King",
        "Paris, London / New York",
        "AP Stylebook",
        "The minister spoke to AFP in Paris.",
        "",
    })
    void theStorysOwnCreditAndProseNamingAnAgencyAreNot(String line) {
        assertThat(PhotoCredits.isPhotoCredit(line)).as(line).isFalse();
    }
}
