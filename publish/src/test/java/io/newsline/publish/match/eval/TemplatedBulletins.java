package io.newsline.publish.match.eval;

import io.newsline.publish.match.eval.SyntheticCases.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templated bulletins written for this evaluation in the agencies' house styles (quake reports, market closes, a
 * space-mission report; English, French, Spanish and German): the same sentence skeleton every time, different
 * figures, often the same place, and a fixed closing sentence. Two bulletins of one template are different stories
 * (negatives); a bulletin and its copy with the day reworded, a caption first or cut after two sentences are one
 * (positives). Deterministic for a seed.
 */
public final class TemplatedBulletins {

    /** Slots: {p} a place, {d} a day, {n} a figure; {u|v} one of the choices. */
    private static final List<String> TEMPLATES = List.of(
            "A {n}.{n}-magnitude earthquake jolted {p} at {n}:{n} GMT {d}, the China Earthquake Networks Center said.\n"
                    + "The epicenter, with a depth of {n} km, was initially determined to be at {n}.{n} degrees north"
                    + " latitude and {n}.{n} degrees east longitude.\n"
                    + "There were no immediate reports of damage or casualties.",
            "An earthquake measuring {n}.{n} on the Richter scale struck {p} {d}, the meteorological agency said.\n"
                    + "The quake occurred at {n}:{n} local time at a depth of about {n} km.\n"
                    + "No tsunami warning was issued, and there were no immediate reports of damage.",
            "Tokyo stocks closed {higher|lower} {d}, with the benchmark Nikkei index {up|down} {n}.{n} percent at"
                    + " {n},{n}.{n}.\nThe broader Topix index {gained|lost} {n}.{n} percent to {n},{n}.{n}.\n"
                    + "Investors remained cautious ahead of central bank decisions due later this week, traders"
                    + " said.",
            "Un séisme de magnitude {n},{n} a frappé {p} {d} à {n}h{n} heure locale, selon l'institut de"
                    + " géophysique.\nL'épicentre se situait à {n} kilomètres de profondeur et à {n} km au large de"
                    + " la côte.\nAucune victime ni aucun dégât n'a été signalé dans l'immédiat.",
            "La Bourse de Paris a terminé en {hausse|baisse} de {n},{n}% {d}, l'indice CAC 40 s'établissant à"
                    + " {n} {n},{n} points.\nLe volume d'échanges a atteint {n},{n} milliards d'euros sur le marché"
                    + " parisien.\nLes investisseurs restent prudents avant les décisions des banques centrales,"
                    + " selon les opérateurs.",
            "La misión {n} despegó {d} desde {p} a las {n}:{n} hora local con {n} astronautas a bordo.\n"
                    + "La cápsula llegará a la Estación Espacial Internacional en unas {n} horas, tras {n} órbitas.\n"
                    + "La agencia espacial informó de que todos los sistemas funcionan con normalidad.",
            "Ein Erdbeben der Stärke {n},{n} hat {d} die Region um {p} erschüttert.\n"
                    + "Das Zentrum lag nach Angaben der Erdbebenwarte in {n} Kilometern Tiefe, {n} Kilometer vor der"
                    + " Küste.\nBerichte über Schäden oder Verletzte lagen zunächst nicht vor.",
            "Der Dax hat {d} {n},{n} Prozent {höher|tiefer} bei {n}.{n} Punkten geschlossen.\n"
                    + "Der MDax der mittelgroßen Werte {stieg|fiel} um {n},{n} Prozent auf {n}.{n} Punkte.\n"
                    + "Händler verwiesen auf die anstehenden Zinsentscheidungen der Notenbanken in dieser Woche.");

    private static final List<String> PLACES = List.of("Fukushima Prefecture", "Hokkaido", "Guam",
            "the Kermadec Islands");
    private static final List<List<String>> DAYS = List.of(
            List.of("on Sunday", "on Monday", "on Tuesday", "yesterday"),
            List.of("on Sunday", "on Wednesday", "on Friday", "today"),
            List.of("on Monday", "on Thursday", "on Friday", "yesterday"),
            List.of("dimanche", "lundi", "mercredi", "hier"),
            List.of("lundi", "mardi", "jeudi", "hier"),
            List.of("el domingo", "el lunes", "el viernes", "ayer"),
            List.of("am Sonntag", "am Montag", "am Donnerstag", "gestern"),
            List.of("am Montag", "am Dienstag", "am Freitag", "gestern"));
    private static final Pattern SLOT = Pattern.compile("\\{([^}]*)}");
    private static final int FILLS = 10;

    private final Random random;

    public TemplatedBulletins(long seed) {
        this.random = new Random(seed);
    }

    public List<Case> generate() {
        List<Case> cases = new ArrayList<>();
        for (int t = 0; t < TEMPLATES.size(); t++) {
            List<String> fills = new ArrayList<>();
            for (int f = 0; f < FILLS; f++) {
                fills.add(fill(TEMPLATES.get(t), DAYS.get(t)));
            }
            for (int i = 0; i < fills.size(); i++) {
                for (int j = i + 1; j < fills.size(); j++) {
                    cases.add(new Case("negative: templated bulletin, other figures", "template" + t + "-" + i + "+" + j,
                            fills.get(i), fills.get(j), false, 1));
                }
                String copy = reword(fills.get(i), DAYS.get(t));
                cases.add(new Case("copy: templated bulletin, day reworded, caption first or cut",
                        "template" + t + "-" + i, fills.get(i), copy, true, 1));
            }
        }
        return cases;
    }

    private String fill(String template, List<String> days) {
        Matcher slots = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (slots.find()) {
            String slot = slots.group(1);
            String value = switch (slot) {
                case "p" -> PLACES.get(random.nextInt(PLACES.size()));
                case "d" -> days.get(random.nextInt(days.size()));
                case "n" -> Integer.toString(1 + random.nextInt(99));
                default -> {
                    String[] choices = slot.split("\\|");
                    yield choices[random.nextInt(choices.length)];
                }
            };
            slots.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        slots.appendTail(out);
        return out.toString();
    }

    /** The same bulletin as another site prints it: another word for the day, and a caption first or its end cut. */
    private String reword(String bulletin, List<String> days) {
        String copy = bulletin;
        for (String day : days) {
            if (copy.contains(day)) {
                copy = copy.replace(day, days.get((days.indexOf(day) + 1 + random.nextInt(days.size() - 1))
                        % days.size()));
                break;
            }
        }
        String[] lines = copy.split("\n");
        return random.nextBoolean() ? "Rescue workers check a damaged road (Photo by Jane Doe / AFP)\n" + copy
                : lines[0] + "\n" + lines[1];
    }
}
