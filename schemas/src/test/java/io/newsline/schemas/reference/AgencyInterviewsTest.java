package io.newsline.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyInterviewsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The harbour master told the Associated Press the channel would reopen.|AP",
        "\"We are ready,\" a port official told AFP on Monday.|AFP",
        "Le maire a déclaré à l'AFP que le port rouvrirait.|AFP",
        "El alcalde dijo a EFE que el puerto reabrirá.|EFE",
        "Der Bürgermeister sagte der dpa, der Hafen werde geöffnet.|dpa"})
    void someoneSpeakingToTheAgencyIsItsInterview(String text, String code) {
        assertThat(AgencyInterviews.quotesInterview(text, code)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Economists polled by Reuters had expected a rise of 2.1%.|Reuters",
        "An AFP reporter saw long queues at the gate.|AFP",
        "The mayor told AFP the port would reopen.|Reuters",
        "MOSCOW (AFP) - The port reopened on Monday.|AFP"})
    void theAgencysOwnReportingOrAnotherAgencysInterviewIsNot(String text, String code) {
        assertThat(AgencyInterviews.quotesInterview(text, code)).isFalse();
    }
}
