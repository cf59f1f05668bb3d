package io.newsline.ingest.extract.text;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells page furniture from a story in flattened page text: lines that are never a headline (a breadcrumb such as
 * "Your location:Home >International >", a link marked "&gt;&gt;", a credit or time-stamp line, a section name or
 * banner that shares no word with the story under it) and addresses of section indexes ("/tag/x/page/20",
 * "/category/news/politics/", "/topics/x/"). Language-neutral rules plus short word lists in English, French, German
 * and Spanish. Stateless and thread-safe.
 */
final class PageFurniture {

    private static final Pattern BREADCRUMB_START = Pattern.compile("(?iu)^(your location|you are here|location|"
            + "vous êtes ici|sie sind hier|sie befinden sich hier|usted está en|estás en|home|accueil|startseite|"
            + "inicio|portada)\\s*[:>»›/|]");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[>»›]\\s*");
    private static final Pattern LINK_MARKER = Pattern.compile("^(>>|»|›|→|▶|►|<<|«\\s)");
    private static final Pattern LABEL_LINE = Pattern.compile("(?iu)^(source|sources|quelle|fuente|published|updated|"
            + "posted|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado)\\b\\s*:?.*");
    private static final Pattern BY_LINE = Pattern.compile("(?iu)^(by|par|von|por)\\s.{0,60}$");
    private static final Pattern TIME_STAMP = Pattern.compile("\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}|\\b\\d{1,2}:\\d{2}\\b");
    /** "News / Nation", "World | Asia": two or three short labels and a separator. */
    private static final Pattern SECTION_PATH = Pattern.compile("(?u)^[\\p{L}&' ]{2,25}(\\s*[/|]\\s*[\\p{L}&' ]{2,25}){1,3}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> COMMON = Set.of("news", "with", "from", "that", "this", "have", "will", "their",
            "about", "after", "more", "pour", "dans", "avec", "sont", "plus", "nach", "über", "eine", "einer", "sich",
            "nicht", "para", "como", "sobre", "entre", "desde", "today", "aujourd", "heute", "world", "monde", "home",
            "latest", "live", "update", "updates", "breaking", "radio", "video", "photos");
    /** Path segments that name a list of stories rather than a story. */
    private static final Pattern INDEX_PATH = Pattern.compile("(?iu)^/(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:[^/]+/)?"
            + "(tags?|category|categories|categorie|categoria|categoría|topics?|themen|thema|schlagworte?|stichworte?|"
            + "rubriques?|etiquetas?|temas?|sections?|archives?|archiv)(/[^/]+){0,3}?(/page/\\d+)?/?$");
    private static final Pattern PAGED = Pattern.compile("(?i)/page/\\d+/?$");

    private PageFurniture() {}

    /**
     * Whether a line above a story cannot be its headline.
     *
     * @param line the candidate
     * @param ledeWords {@link #stems} of the story's first paragraphs; empty when the capture has no story
     */
    static boolean notATitle(String line, Set<String> ledeWords) {
        String t = line.strip();
        if (BREADCRUMB_START.matcher(t).find() || CRUMB_SEPARATOR.split(t, -1).length >= 3
                || t.endsWith(">") || t.endsWith("»") || LINK_MARKER.matcher(t).find()
                || LABEL_LINE.matcher(t).matches() || BY_LINE.matcher(t).matches() && words(t) <= 6
                || TIME_STAMP.matcher(t).find() && words(t) <= 8
                || SECTION_PATH.matcher(t).matches() && words(t) <= 6) {
            return true;
        }
        if (ledeWords.isEmpty()) {
            return false;
        }
        // A headline names what its story is about; a section name or banner shares no word with the story.
        Set<String> own = stems(t);
        own.retainAll(ledeWords);
        return own.isEmpty();
    }

    /** Lower-cased five-letter stems of the words of four letters or more, without the most common ones. */
    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 4 && !COMMON.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    /** Stems of the first words of the story, from its first lines. */
    static Set<String> ledeStems(List<String> lines, int from, int maxWords) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (int i = from; i < lines.size() && words < maxWords; i++) {
            sb.append(lines.get(i)).append(' ');
            words += words(lines.get(i));
        }
        return stems(sb.toString());
    }

    /** Whether the address is a tag, category, topic or section page, or a later page of one. */
    static boolean isIndexAddress(String url) {
        String path;
        try {
            path = url == null ? null : URI.create(url.trim().replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null || path.isEmpty()) {
            return false;
        }
        if (PAGED.matcher(path).find()) {
            return true;
        }
        Matcher m = INDEX_PATH.matcher(path);
        if (!m.matches()) {
            return false;
        }
        // "/topics/newfound-species/" is an index; "/category/world/strong-quake-hits-guam-123456" is a story.
        String last = path.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        return last.split("[-_]").length <= 4 && !last.matches(".*\\d{5,}.*");
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
