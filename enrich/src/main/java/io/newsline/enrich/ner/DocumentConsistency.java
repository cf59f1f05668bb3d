package io.newsline.enrich.ner;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the tagging of one article consistent, as a reader would: a name is one kind of thing throughout the article,
 * and a name tagged once is tagged wherever it recurs. Works on any engine's spans.
 *
 * <ol>
 *   <li>drops pronouns, spans without a letter and organisations or places named by a month or a day alone (an
 *       engine's noise, never a name), and leaves lower-case words at the end of a name out of it ("Jiangsu
 *       province");</li>
 *   <li>only when asked for ({@link Step#MAJORITY_TYPE}, not a default step): gives every occurrence of one surface
 *       form the type most of its occurrences have (first one on a tie);</li>
 *   <li>tags untagged recurrences of a tagged name (with the type most of its tagged occurrences have), and of the
 *       surname of a tagged full name, where they stand as whole words. A one-word name is not spread when the
 *       article also uses it as a lower-case word ("will", "may") or when it is a month or weekday;</li>
 *   <li>gives a one-word place or organisation that is the surname of a person the article names in full the
 *       person's type ("MaliVai Washington ... said Washington"), and a one-word person that is the first word of an
 *       organisation the article names in full the organisation's ("Deportivo Coruna ... Deportivo started").</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentConsistency {

    private static final Set<String> PRONOUNS = Set.of(
            "i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its",
            "we", "us", "our", "ours", "they", "them", "their", "theirs", "himself", "herself", "itself",
            "themselves", "ourselves", "yourself", "myself", "this", "that", "these", "those", "who", "whom");
    private static final Set<String> CALENDAR_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** The steps, each of which can be left out (the evaluation measures each one's worth on its own). */
    public enum Step {
        /** Drop pronouns and spans without a letter. */
        DROP_NOISE,
        /** Give every occurrence of one surface form its majority type. */
        MAJORITY_TYPE,
        /** Tag untagged recurrences of tagged names. */
        SPREAD_NAMES,
        /** Tag untagged recurrences of the surname of a tagged full name. */
        SPREAD_SURNAMES,
        /** A one-word place or organisation that is the surname of a person named in full is that person. */
        SURNAMES_ARE_PEOPLE,
        /** A one-word person that is the first word of an organisation named in full is that organisation. */
        SHORT_ORGANISATION_NAMES
    }

    /** Every step. */
    public static final Set<Step> ALL_STEPS = Collections.unmodifiableSet(EnumSet.allOf(Step.class));
    /**
     * The steps {@link #apply(String, String, List)} takes: all but {@link Step#MAJORITY_TYPE}, which cost F1 on the
     * news development set and added none on the newswire one: one name's occurrences are of different types more
     * often than the CRF errs on a few of them ("Monaco" the country and the Grand Prix; see docs/QUALITY.md).
     */
    public static final Set<Step> DEFAULT_STEPS = Collections.unmodifiableSet(
            EnumSet.of(Step.DROP_NOISE, Step.SPREAD_NAMES, Step.SPREAD_SURNAMES, Step.SURNAMES_ARE_PEOPLE,
                    Step.SHORT_ORGANISATION_NAMES));

    private DocumentConsistency() {}

    /**
     * @param title the headline
     * @param text  the body text
     * @param spans the engine's spans in both fields
     * @return the consistent spans: each field's spans in text order, non-overlapping, title first
     */
    public static List<FieldSpan> apply(String title, String text, List<FieldSpan> spans) {
        return apply(title, text, spans, DEFAULT_STEPS);
    }

    /**
     * @param steps the steps to take; the others are left out
     * @return as {@link #apply(String, String, List)}
     */
    public static List<FieldSpan> apply(String title, String text, List<FieldSpan> spans, Set<Step> steps) {
        List<FieldSpan> kept = new ArrayList<>();
        for (FieldSpan span : spans) {
            if (!steps.contains(Step.DROP_NOISE)) {
                kept.add(span);
            } else if (!isNoise(span)) {
                kept.add(withoutTrailingWords(span));
            }
        }
        Map<String, EntityType> typeBySurface = majorityTypes(kept);
        List<FieldSpan> result = new ArrayList<>(kept.size());
        for (FieldSpan span : kept) {
            result.add(steps.contains(Step.MAJORITY_TYPE) ? span.withType(typeBySurface.get(span.text())) : span);
        }
        if (steps.contains(Step.SURNAMES_ARE_PEOPLE) || steps.contains(Step.SHORT_ORGANISATION_NAMES)) {
            result = shortNames(result, steps);
        }
        if (steps.contains(Step.SPREAD_NAMES) || steps.contains(Step.SPREAD_SURNAMES)) {
            spread(title, text, typeBySurface, result, steps);
        }
        result.sort(Comparator.comparing(FieldSpan::in).reversed().thenComparingInt(FieldSpan::start));
        return result;
    }

    /**
     * After a person or organisation is named in full, the story calls it by a short name, which the CRF may give
     * another type: the surname of a person named in full ("MaliVai Washington ... said Washington", read as a place)
     * is that person ({@link Step#SURNAMES_ARE_PEOPLE}); the first word of an organisation named in full ("Deportivo
     * Coruna ... Deportivo started strongly", read as a person) is that organisation
     * ({@link Step#SHORT_ORGANISATION_NAMES}), unless it is also a person's surname there.
     */
    private static List<FieldSpan> shortNames(List<FieldSpan> spans, Set<Step> steps) {
        Set<String> surnames = new HashSet<>();
        Set<String> firstWords = new HashSet<>();
        for (FieldSpan span : spans) {
            String surname = span.type() == EntityType.PERSON ? surname(span.text()) : null;
            if (surname != null) {
                surnames.add(surname);
            }
            int space = span.text().indexOf(' ');
            if (span.type() == EntityType.ORGANIZATION && space > 0) {
                firstWords.add(span.text().substring(0, space));
            }
        }
        boolean people = steps.contains(Step.SURNAMES_ARE_PEOPLE);
        boolean organisations = steps.contains(Step.SHORT_ORGANISATION_NAMES);
        List<FieldSpan> result = new ArrayList<>(spans.size());
        for (FieldSpan span : spans) {
            boolean person = people && surnames.contains(span.text())
                    && (span.type() == EntityType.LOCATION || span.type() == EntityType.ORGANIZATION);
            boolean organisation = organisations && span.type() == EntityType.PERSON
                    && firstWords.contains(span.text()) && !surnames.contains(span.text());
            result.add(person ? span.withType(EntityType.PERSON)
                    : organisation ? span.withType(EntityType.ORGANIZATION) : span);
        }
        return result;
    }

    /**
     * An engine's noise, never a name: a pronoun, a span without a letter, or an organisation or place that is only a
     * month or a day ("June 96" in a table of figures; a person called May or June stays).
     */
    private static boolean isNoise(FieldSpan span) {
        return isPronoun(span.text()) || span.text().chars().noneMatch(Character::isLetter)
                || span.type() != EntityType.PERSON && span.type() != EntityType.MISC && isCalendarWord(span.text());
    }

    /**
     * A name ends with a capitalised word: lower-case words the engine ran on with ("Jiangsu province", "Freedom Front
     * party") are left out of the span. A span that starts in lower case ("interior ministry", "al-Aqsa") is left as
     * it is.
     */
    private static FieldSpan withoutTrailingWords(FieldSpan span) {
        String name = span.text();
        if (!Character.isUpperCase(name.codePointAt(0))) {
            return span;
        }
        int end = name.length();
        for (int space = name.lastIndexOf(' ', end - 1); space > 0; space = name.lastIndexOf(' ', end - 1)) {
            String word = name.substring(space + 1, end);
            if (!word.chars().allMatch(Character::isLowerCase)) {
                break;
            }
            end = space;
        }
        return end == name.length() ? span
                : new FieldSpan(span.in(), span.start(), span.start() + end, span.type(), name.substring(0, end));
    }

    /** @return whether the word names a month or a day of the week, in any case */
    static boolean isCalendarWord(String word) {
        return CALENDAR_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "He", "he" and "HE" are pronouns; "US" and "IT" are not "us" and "it". */
    static boolean isPronoun(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        if (!PRONOUNS.contains(lower)) {
            return false;
        }
        String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return surface.equals(lower) || surface.equals(capitalised) || surface.length() > 2;
    }

    private static Map<String, EntityType> majorityTypes(List<FieldSpan> spans) {
        Map<String, EnumMap<EntityType, Integer>> votes = new LinkedHashMap<>();
        for (FieldSpan span : spans) {
            votes.computeIfAbsent(span.text(), k -> new EnumMap<>(EntityType.class)).merge(span.type(), 1, Integer::sum);
        }
        Map<String, EntityType> result = new LinkedHashMap<>();
        for (FieldSpan span : spans) {
            if (!result.containsKey(span.text())) {
                EnumMap<EntityType, Integer> counts = votes.get(span.text());
                EntityType best = span.type();
                for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
                    if (e.getValue() > counts.get(best)) {
                        best = e.getKey();
                    }
                }
                result.put(span.text(), best);
            }
        }
        return result;
    }

    private static void spread(
            String title, String text, Map<String, EntityType> typeBySurface, List<FieldSpan> spans, Set<Step> steps) {
        Map<String, EntityType> names = new HashMap<>(typeBySurface);
        for (Map.Entry<String, EntityType> e : typeBySurface.entrySet()) {
            if (e.getValue() == EntityType.PERSON) {
                String surname = surname(e.getKey());
                if (surname != null) {
                    names.putIfAbsent(surname, EntityType.PERSON);
                }
            }
        }
        boolean[] titleTagged = tagged(title.length(), spans, TextField.TITLE);
        boolean[] textTagged = tagged(text.length(), spans, TextField.TEXT);
        // Longer names first, so "New York Times" is placed before "New York" could claim part of it.
        List<String> ordered = new ArrayList<>(names.keySet());
        ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String name : ordered) {
            if (!spreadable(name, title, text)) {
                continue;
            }
            EntityType type = names.get(name);
            if (steps.contains(typeBySurface.containsKey(name) ? Step.SPREAD_NAMES : Step.SPREAD_SURNAMES)) {
                addOccurrences(name, type, title, TextField.TITLE, titleTagged, spans);
                addOccurrences(name, type, text, TextField.TEXT, textTagged, spans);
            }
        }
    }

    private static String surname(String fullName) {
        int space = fullName.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String last = fullName.substring(space + 1);
        return last.length() >= 3 && Character.isUpperCase(last.charAt(0)) && last.chars().allMatch(Character::isLetter)
                ? last : null;
    }

    private static boolean spreadable(String name, String title, String text) {
        if (name.length() < 2 || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        if (name.indexOf(' ') >= 0) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(name) || CALENDAR_WORDS.contains(lower) || isPronoun(name)) {
            return false;
        }
        return indexOfWord(text, lower, 0) < 0 && indexOfWord(title, lower, 0) < 0;
    }

    private static void addOccurrences(
            String name, EntityType type, String field, TextField in, boolean[] tagged, List<FieldSpan> spans) {
        for (int at = indexOfWord(field, name, 0); at >= 0; at = indexOfWord(field, name, at + name.length())) {
            int end = at + name.length();
            if (anyTagged(tagged, at, end) && !replaceSpansWithin(spans, in, at, end, type)) {
                continue;
            }
            spans.add(new FieldSpan(in, at, end, type, name));
            for (int i = at; i < end; i++) {
                tagged[i] = true;
            }
        }
    }

    /**
     * A recurrence of a longer name may hold shorter spans of the same type ("Min [Aung Hlaing]" where the name
     * starts a sentence): those give way to the whole name. Spans that stick out of it, or of another type, stay.
     *
     * @return whether the spans within were removed, so the name can take their place
     */
    private static boolean replaceSpansWithin(List<FieldSpan> spans, TextField in, int start, int end, EntityType type) {
        List<FieldSpan> within = new ArrayList<>();
        for (FieldSpan span : spans) {
            if (span.in() == in && span.start() < end && span.end() > start) {
                if (span.start() < start || span.end() > end || span.type() != type) {
                    return false;
                }
                within.add(span);
            }
        }
        spans.removeAll(within);
        return true;
    }

    /** Finds {@code word} standing as a whole word: no letter or digit directly before or after it. */
    static int indexOfWord(String field, String word, int from) {
        for (int at = field.indexOf(word, from); at >= 0; at = field.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(field.charAt(at - 1));
            boolean endsWord = end == field.length() || !Character.isLetterOrDigit(field.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    private static boolean[] tagged(int length, List<FieldSpan> spans, TextField in) {
        boolean[] tagged = new boolean[length];
        for (FieldSpan span : spans) {
            if (span.in() == in) {
                for (int i = span.start(); i < span.end(); i++) {
                    tagged[i] = true;
                }
            }
        }
        return tagged;
    }

    private static boolean anyTagged(boolean[] tagged, int start, int end) {
        for (int i = start; i < end; i++) {
            if (tagged[i]) {
                return true;
            }
        }
        return false;
    }
}
