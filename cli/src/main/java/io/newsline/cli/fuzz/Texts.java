package io.newsline.cli.fuzz;

import java.util.Random;

/** News-like texts written for the fuzz suite: English articles made from a pool of sentences, and one paragraph
 * in each of the languages the charset kinds need. */
final class Texts {

    static final String TITLE = "Council approves budget after long debate";

    static final String ENGLISH = "The city council approved the new budget on Tuesday evening after a long "
            + "debate about school repairs and bus routes. The mayor said the plan would keep taxes flat for a "
            + "second year while adding money for road maintenance and libraries across the northern districts.";
    static final String RUSSIAN = "Президент России заявил в среду, что правительство выделит дополнительные "
            + "средства на строительство новых больниц и школ в регионах страны. По его словам, программа "
            + "рассчитана на пять лет и затронет более двадцати областей.";
    static final String GERMAN = "Der Stadtrat hat am Dienstagabend nach einer langen Debatte über die "
            + "Sanierung der Schulen und neue Buslinien den Haushalt für das kommende Jahr beschlossen. Die "
            + "Bürgermeisterin sagte, die Steuern blieben zum zweiten Mal in Folge gleich, während mehr Geld für "
            + "Straßen und Büchereien in den nördlichen Stadtteilen fließe.";
    static final String JAPANESE = "市議会は火曜日の夜、学校の修繕とバス路線をめぐる長い議論の末に新しい予算案を"
            + "可決した。市長は、この計画によって税率は二年連続で据え置かれ、北部地区の道路の維持管理と図書館のための"
            + "予算が増えると述べた。住民の多くはこの決定を歓迎しているが、一部の議員は財源の見通しが甘いと批判している。"
            + "次の会合は来月に開かれる予定で、詳しい日程は後日発表される。";
    static final String GREEK = "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το βράδυ τον νέο προϋπολογισμό "
            + "μετά από μακρά συζήτηση για την επισκευή των σχολείων και τις γραμμές των λεωφορείων. Ο δήμαρχος "
            + "είπε ότι οι φόροι θα μείνουν ίδιοι για δεύτερη συνεχή χρονιά, ενώ θα δοθούν περισσότερα χρήματα για "
            + "τους δρόμους και τις βιβλιοθήκες στις βόρειες συνοικίες.";

    private static final String[] SUBJECTS = {"The city council", "The regional government", "A group of farmers",
        "The central bank", "Hospital workers", "The football club", "Local residents", "The transport authority",
        "A team of scientists", "The education ministry", "Fishermen on the coast", "The opposition party"};
    private static final String[] VERBS = {"approved", "rejected", "announced", "criticised", "welcomed",
        "postponed", "published", "defended", "questioned", "presented"};
    private static final String[] OBJECTS = {"a plan to rebuild the old bridge", "new rules for street markets",
        "the budget for the coming year", "a report on water quality", "higher fees for parking",
        "a study of winter floods", "a project to repair rural schools", "changes to the night bus routes",
        "a proposal to extend the harbour", "the results of a survey of small businesses"};
    private static final String[] TAILS = {"on Tuesday after a long meeting", "despite protests outside the town hall",
        "in a statement released on Friday morning", "after months of negotiations with the unions",
        "following complaints from several villages", "at a press conference in the capital",
        "ahead of the elections planned for the spring", "while warning that costs could still rise"};
    private static final String[] QUOTES = {"\"We have listened to everyone,\" a spokesperson said.",
        "Critics said the decision came too late for many families.",
        "Officials expect the first results to be visible within a year.",
        "The measure will be reviewed again in the autumn.",
        "Several members asked for more details about the costs.",
        "Residents will be able to comment on the plan until the end of the month."};

    private Texts() {}

    /** Three to six paragraphs of two to four sentences, as article HTML. */
    static String article(Random r) {
        StringBuilder html = new StringBuilder("<h1>").append(TITLE).append("</h1>");
        int paragraphs = 3 + r.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p>");
            int sentences = 2 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    html.append(' ');
                }
                if (r.nextInt(4) == 0) {
                    html.append(QUOTES[r.nextInt(QUOTES.length)]);
                } else {
                    html.append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append(' ').append(VERBS[r.nextInt(VERBS.length)])
                            .append(' ').append(OBJECTS[r.nextInt(OBJECTS.length)]).append(' ')
                            .append(TAILS[r.nextInt(TAILS.length)]).append('.');
                }
            }
            html.append("</p>");
        }
        return html.toString();
    }
}
