package io.newsline.ingest.extract.lang;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Normalises language declarations from markup ("en_US", "EN-gb", "english", "zh-Hans-CN") to BCP-47 tags and
 * combines a declaration with detection. Stateless and thread-safe.
 */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** A BCP-47 tag, or null when the value is not a language tag. */
    public static String normalise(String declared) {
        if (declared == null) {
            return null;
        }
        String d = declared.trim().split("[,;\\s]")[0].replace('_', '-');
        if (d.isEmpty() || d.equalsIgnoreCase("und") || d.equalsIgnoreCase("x-default")) {
            return null;
        }
        String lower = d.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "english":
                return "en";
            case "french":
                return "fr";
            case "german":
                return "de";
            case "spanish":
                return "es";
            default:
                break;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(d).build();
            String tag = locale.toLanguageTag();
            return locale.getLanguage().isEmpty() || tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    /** The primary language subtag ("en" of "en-GB"). */
    public static String primary(String tag) {
        if (tag == null) {
            return null;
        }
        int dash = tag.indexOf('-');
        String p = dash < 0 ? tag : tag.substring(0, dash);
        // Norwegian Bokmål is often declared as "no".
        return p.equals("no") ? "nb" : p;
    }

    /**
     * Combines what the page declares with what the text says.
     *
     * @param declared the markup's tag (normalised), or null
     * @param siteDefault the site's default language, or null
     * @param detected detection from the text
     */
    public static LanguageGuess combine(String declared, String siteDefault, LanguageGuess detected) {
        boolean detectedUsable = !detected.language().equals("und");
        String claim = declared != null ? declared : siteDefault;
        if (claim == null) {
            return detectedUsable ? detected : LanguageGuess.UNDETERMINED;
        }
        if (!detectedUsable) {
            return new LanguageGuess(claim, declared != null ? 0.6 : 0.5);
        }
        if (sameLanguage(primary(claim), primary(detected.language()))) {
            // Agreement: keep the declared tag, which may carry a region ("en-GB").
            return new LanguageGuess(claim, 1.0);
        }
        // Templates often declare a wrong or default language; a confident detection on enough text wins.
        if (detected.confidence() >= 0.7) {
            return detected;
        }
        return new LanguageGuess(claim, 0.5);
    }

    private static boolean sameLanguage(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // Profiles that overlap: Bosnian, Croatian, Serbian; Malay and Indonesian; Bokmål and Danish are distinct.
        return isOneOf(a, b, "bs", "hr", "sr") || isOneOf(a, b, "ms", "id");
    }

    private static boolean isOneOf(String a, String b, String... group) {
        boolean ia = false;
        boolean ib = false;
        for (String g : group) {
            ia |= a.equals(g);
            ib |= b.equals(g);
        }
        return ia && ib;
    }
}
