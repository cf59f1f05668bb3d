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
                "\u0130nbox: sign up for the INBOX", "Subscribe to the news\u017Fletter",
                "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS",
                "The minister's comments were criticised by 12 comments | none");
        for (String text : texts) {
            assertThat(LINES.matches(text)).as(text).isEqualTo(all.matcher(text).matches());
        }
        assertThat(LINES.matches("Sign up for our daily newsletter")).isTrue();
        assertThat(LINES.matches("Sign up for our newſletter")).isTrue();
        assertThat(LINES.matches("Protesters in the square (Image: GETTY )")).isTrue();
        assertThat(LINES.matches("Protesters in the square (a crowd)")).isFalse();
        for (String guarded : GUARDED_FURNITURE) {
            assertThat(LINES.matches(guarded)).as(guarded).isTrue();
            assertThat(all.matcher(guarded).matches()).as(guarded).isTrue();
        }
        for (String story : List.of("In the morning the council met.", "Inhalt und Form der Rede", "No comment.",
                "Was this article helpful to the defence? The judge thought not.",
                "The vaccine was useful for older patients.", "Der Artikel war nützlich, sagte sie.",
                "Die Ratingagentur hat keine Bewertungen veröffentlicht, die den Markt bewegen.")) {
            assertThat(LINES.matches(story)).as(story).isFalse();
        }
    }

    /** Blocks guarded lines match: tables of contents' titles, comment labels, embed placeholders, meta lines. */
    private static final List<String> GUARDED_FURNITURE = List.of("Inhaltsverzeichnis", "Table of Contents",
            "Contents:", "Sommaire", "Índice", "0 Kommentare", "Keine Kommentare",
            "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "3 commentaires", "Kommentare",
            "Schreibe einen Kommentar", "Lascia un commento", "Externer Inhalt",
            "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS",
            "Was this article helpful?", "Was this page helpful? Yes No", "War der Artikel nützlich?",
            "Ist dieser Beitrag hilfreich? Ja Nein", "Cet article vous a-t-il été utile ?",
            "¿Te ha resultado útil este artículo?", "Möchten Sie den Artikel teilen?", "(Noch keine Bewertungen)",
            "(No ratings yet)", "Rate this recipe:", "Artikel bewerten");

    /** Blocks each unguarded line matches, in the cases and scripts pages write them. */
    private static final List<String> FURNITURE = List.of("Advertisement", "ADVERTISEMENT", "Anzeige", "Publicité",
            "Sponsored content", "Story continues below advertisement", "Continue reading the main story",
            "Skip Advertisement", "Supported by", "Share this article", "SHARE ON FACEBOOK", "Tweet", "Email", "Print",
            "Link copied!", "Read more: the council's budget", "See also: the mayor", "Related articles:",
            "More on this story", "Most read", "Recommended for you", "Sign up now for our newsletter",
            "Subscribe today", "Click here to read more", "Tap here for the app", "Follow us on Twitter",
            "Follow @daily on Instagram", "Photo: Reuters", "Photos by Jane Doe", "Image credit NASA", "Foto: dpa",
            "(Photo: AP)", "(Foto dpa)", "© 2024 Daily News", "(c) Daily News", "Copyright 2024 Daily",
            "All rights reserved.", "Getty Images", "AFP", "AP", "Reuters", "AP Photo", "Shutterstock",
            "Updated: 12 March 2024", "Published on 3 May 2024 at 10:00", "Last updated 10:32", "Publié le 3 mai 2024",
            "Veröffentlicht am 3. Mai 2024", "Actualizado 3 de mayo de 2024", "By Jane Doe", "by Jane Doe and John Roe",
            "Von Hans Müller", "Par Jean Dupont", "Por María García, Madrid", "Loading...", "Please wait",
            "JavaScript is disabled in your browser", "Enable JavaScript to see it", "We use cookies to improve it",
            "This website uses cookies.", "Comments", "12 comments", "Leave a reply", "Show comments", "Previous article",
            "Next: the budget", "Tags: council, budget", "Topics", "Filed under: Politics", "Keywords: a, b",
            "Listen to this article", "Watch video (2:31)", "Play", "5 min read", "3 minutes de lectura",
            "Back to top", "Go to top", "Don't miss:", "Editor's picks", "You may also like", "Must read",
            "This video requires JavaScript.", "By", "Von", "door", "Thanks for watching!", "Top stories",
            "Latest news", "404 : Page Not Found", "Error 404 - file not found", "The page you requested was not found",
            "  Advertisement  ", "— Share —", "»Read more", "12 Comments", "2 min read");

    @Test
    void theOpeningPairCheckPassesEveryBlockTheLinesMatch() {
        for (String text : FURNITURE) {
            assertThat(LINES.matches(text)).as(text).isTrue();
            assertThat(LINES.unguardedMayMatch(text)).as(text).isTrue();
        }
    }

    @Test
    void noBlockOpeningWithAPairTheCheckTurnsAwayMatchesTheLines() {
        Pattern all = FurnitureLines.whole(DataFiles.lines(BlockFilter.class, RESOURCE).stream()
                .filter(line -> !line.strip().startsWith("needs ")).toList());
        int turnedAway = 0;
        List<String> matchedThoughTurnedAway = new ArrayList<>();
        for (char first = ' '; first < 127; first++) {
            for (char second = ' '; second < 127; second++) {
                String pair = "" + first + second;
                if (LINES.unguardedMayMatch(pair)) {
                    continue;
                }
                turnedAway++;
                // the pair alone, in place of the opening of blocks the lines match, and before each of them
                List<String> texts = new ArrayList<>(List.of(pair));
                for (String text : FURNITURE) {
                    texts.add(text.length() < 2 ? pair : pair + text.substring(2));
                    texts.add(pair + text);
                }
                for (String text : texts) {
                    if (all.matcher(text).matches() || LINES.unguardedMayMatch(text)) {
                        matchedThoughTurnedAway.add(text);
                    }
                }
            }
        }
        assertThat(matchedThoughTurnedAway).isEmpty();
        // most pairs open no line: the check spares the expression most blocks
        assertThat(turnedAway).isGreaterThan(95 * 95 / 2);
        assertThat(LINES.unguardedMayMatch("He said the council would meet")).isFalse();
        assertThat(LINES.unguardedMayMatch("État: the council")).isTrue();
        assertThat(LINES.unguardedMayMatch("A")).isTrue();
    }

    @Test
    void aLineWithoutGuardReadsAsBefore() {
        FurnitureLines lines = FurnitureLines.load(BlockFilter.class, RESOURCE);
        assertThat(lines.matches("Read more: the council's budget")).isTrue();
        assertThat(lines.matches("Published reports suggest the council will meet")).isFalse();
    }
}
