package io.newsline.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchScoresTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Der FC Bayern gewann 2:1 (1:0) gegen Leverkusen.",
        "Le Stade Rennais a battu Lille 3-0 dimanche.",
        "El Valencia venció 3-1 al Getafe.",
        "Arsenal won 2-1 at Anfield.",
        "Kiel gewinnt das Spitzenspiel 31:28.",
        "Toulouse s'impose 31-17 face au Racing.",
        "Nach dem 2:1-Sieg um 20:30 Uhr feierten die Fans.",
        "Sinner gewann 6:4, 7:6.",
        "Bayern führte zur Pause mit 1:0, um 2:1 zu gewinnen.",
        "Das Spiel endete 19:45.",
        "Lyon gagne 3-0 en mai, puis 2-1 dimanche.",
        "Der Sieg am 3. Mai: 2:1 am Sonntag."
    })
    void scoresAreFound(String text) {
        assertThat(MatchScores.anyIn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Der Gipfel beginnt um 20:30 Uhr in Berlin.",
        "Die Polizei meldete den Unfall um 18:30.",
        "Geöffnet ist von 9-17 Uhr.",
        "Am Freitag, 11:15 Uhr MEZ, wird die Sonde starten.",
        "Um 02:52 erschütterte ein Beben die Stadt.",
        "Der Zug fährt ab 6:45 stündlich.",
        "La réunion commence à 20:30 à Matignon.",
        "La fusée a décollé à 8:29 GMT de Kourou.",
        "Les suspects ont été interpellés jeudi matin (4:30 locales, 3:30 UTC).",
        "La sesión empieza a las 21:00 en Madrid.",
        "El terremoto sacudió la ciudad a las 5:55 de la mañana.",
        "El humo blanco salió hoy a las 17:30 sobre la capilla.",
        "Kick-off 19:45 at Wembley.",
        "The vote is due at 7:30 tonight.",
        "Talks resume at 9:15 p.m. in Geneva.",
        "Le rendez-vous est fixé au 12-03 prochain.",
        "Sie treffen sich um 7:15 AM Ortszeit.",
        "Osram hebt die Preise um 20-25 Prozent an.",
        "Die Inflation lag bei 2-3% im Jahr.",
        "Le sommet se tiendra les 21-22 mai à Khabarovsk.",
        "Le virus se propagerait en 18-24 mois.",
        "El Gobierno enviará 25 bomberos en 3-4 días.",
        "Le texte crée l'article 66-1 de la Constitution.",
        "Die Boeing 737-800 landete sicher."
    })
    void clockTimesDatesRangesAndNumbersWrittenLikeScoresAreNoScores(String text) {
        assertThat(MatchScores.anyPairIn(text)).as("written like a score").isTrue();
        assertThat(MatchScores.anyIn(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le décret modifie les articles L122-5 et L211-3 du code.",
        "Un Airbus A340-300 d'Air France s'est posé.",
        "Die Sitzung begann um 10:30:15 Uhr.",
        "Der Zug fuhr um 20:30h ab.",
        "Der Haushalt 2025-2026 ist beschlossen.",
        "Die Autobahn heißt 7-9-18."
    })
    void numbersGluedToLettersOrOtherNumbersAreNoScores(String text) {
        assertThat(MatchScores.anyPairIn(text)).isFalse();
        assertThat(MatchScores.anyIn(text)).isFalse();
    }

    @Test
    void aScoreRightAfterANameOpensThereButATimeDoesNot() {
        String score = "Lille a battu Nantes 3-0 dimanche.";
        String time = "Rendez-vous à Nantes 20:30 heures.";

        assertThat(MatchScores.opensAt(score, score.indexOf("Nantes") + 6)).isTrue();
        assertThat(MatchScores.opensAt(time, time.indexOf("Nantes") + 6)).isFalse();
        assertThat(MatchScores.opensAt(score, score.indexOf("Lille") + 5)).isFalse();
    }
}
