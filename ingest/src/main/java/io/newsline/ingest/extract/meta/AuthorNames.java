package io.newsline.ingest.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Author names as people read them: without "By", roles ("Staff Writer", "Reuters correspondent"), e-mail addresses,
 * profile URLs and duplicates; "A and B" and "A, B" split into two. Stateless and thread-safe.
 */
public final class AuthorNames {

    private static final Pattern BY = Pattern.compile(
            "^(?:(?:written|reported|posted|analysis|opinion|commentary|review|story|text|words|interview|edited)\\s+)?"
                    + "(?:by|from|von|par|por|di|door|av|af|przez|autor(?:a)?:?)[:\\s]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bi\\b|\\|)\\s*", Pattern.UNICODE_CASE);
    private static final Pattern ROLE = Pattern.compile(
            "\\b(?:staff|senior|chief|special|foreign|political|business|news|science|technology|sports?|health|"
                    + "economics|diplomatic|defen[cs]e|legal|security|white house|washington|europe|asia|africa|"
                    + "middle east|london|paris|berlin|moscow|beijing)?\\s*"
                    + "(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|"
                    + "desk|bureau|team|staff|news service|wire)s?\\b.*$",
            Pattern.CASE_INSENSITIVE);
    /** Compiled once: {@code String.split("\\s+")} compiles its expression on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern EMAIL_OR_URL = Pattern.compile("\\S+@\\S+|https?://\\S+|www\\.\\S+|@\\w+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.)]]+$");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DATE_TAIL = Pattern.compile(
            "\\s+(?:published|updated|posted|last updated)\\b.*$|[\\s,]+(?:monday|tuesday|wednesday|thursday|friday|"
                    + "saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|"
                    + "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+\\d.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_WORD = Pattern.compile(
            "\\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|commented)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDENTIAL = Pattern.compile("(?:MS|MA|BA|BSc|MSc|PhD|Ph\\.D\\.|MD|MBA|RN|RD|RDN|CPA|Esq\\.?|Jr\\.?|Sr\\.?)");

    private AuthorNames() {
    }

    /** Cleans raw byline strings into a list of distinct names, in order. */
    public static List<String> clean(List<String> raw) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            for (String name : split(r)) {
                String k = Titles.key(name);
                if (!k.isEmpty() && seen.add(k)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    static List<String> split(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        String s = Titles.normaliseSpace(raw);
        s = EMAIL_OR_URL.matcher(s).replaceAll(" ").trim();
        s = DATE_TAIL.matcher(s).replaceAll("");
        s = BY.matcher(s).replaceFirst("");
        String[] parts = SPLIT.split(s);
        for (String part : parts) {
            // "Jane Doe, Staff Writer", "Tom Krisher, AP Auto Writer": with several parts, a part naming a role goes.
            if (parts.length > 1 && ROLE_WORD.matcher(part).find() || CREDENTIAL.matcher(part.trim()).matches()
                    || DIGIT.matcher(part).find()) {
                continue;
            }
            String name = BY.matcher(part.trim()).replaceFirst("");
            name = ROLE.matcher(name).replaceAll("").trim();
            name = EDGE_PUNCTUATION.matcher(name).replaceAll("").trim();
            if (isPlausibleName(name)) {
                out.add(titleCaseIfShouted(name));
            }
        }
        return out;
    }

    /** "TOM KRISHER" to "Tom Krisher"; acronyms of one word ("AFP", "CNN") stay as printed. */
    static String titleCaseIfShouted(String name) {
        String[] words = WHITESPACE_RUN.split(name);
        if (words.length < 2 || !name.equals(name.toUpperCase(Locale.ROOT)) || name.equals(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }

    /** 1 to 6 words with letters, not a sentence, not a date, not "By". */
    static boolean isPlausibleName(String name) {
        if (name.isEmpty() || name.length() > 60 || !HAS_LETTER.matcher(name).find()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("by") || lower.equals("and") || lower.equals("admin") || lower.equals("agency")
                || lower.equals("staff") || lower.startsWith("http")) {
            return false;
        }
        int words = WHITESPACE_RUN.split(name).length;
        return words <= 6 && !name.endsWith(".") || words <= 3;
    }
}
