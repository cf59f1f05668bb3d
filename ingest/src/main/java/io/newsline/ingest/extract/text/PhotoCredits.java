package io.newsline.ingest.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of a body that credit a picture, not the story: a caption ending in its credit ("Marco Odermatt, Ski-Star
 * aus der Schweiz. © AFP / MARCO BERTORELLO", "Waren gute Freunde. | © PGA of America via Getty Images"), a credit
 * of names and a picture source ("Sakib Ali/Hindustan Times/Getty Images", "[Times photo: Lara Cerri]"), or a
 * picture library's name alone ("Pixabay"). A wire agency's name alone ("AFP", "— PTI") is the story's own credit
 * and is not one of these: the credit finder reads it, and the clean-up keeps or drops it as a closing credit.
 * Stateless and thread-safe.
 */
final class PhotoCredits {

    private static final int MAX_CREDIT_LINE = 80;
    private static final int MAX_CAPTION_LINE = 300;

    /** Sources that supply pictures only: a line naming one is a picture's credit wherever it stands. */
    private static final String PICTURE_LIBRARY = "(?:getty(?: images)?|imago(?: images)?|picture[- ]alliance"
            + "|shutterstock(?:\\.com)?|istock(?:photo)?|pixabay|unsplash|alamy|adobe ?stock|fotolia|colourbox"
            + "|depositphotos|123rf|pexels)";
    /** Sources of pictures: the libraries, and agencies and newspapers that credit their photographers' work. */
    private static final String SOURCE = "(?:getty(?: images)?(?: for [\\w .-]{1,30})?|imago(?: images)?"
            + "|picture[- ]alliance|shutterstock(?:\\.com)?|istock(?:photo)?|pixabay|unsplash|alamy|adobe ?stock"
            + "|fotolia|colourbox|depositphotos|123rf|pexels|afp|ap|ap photo|reuters|epa(?:-efe)?|dpa|keystone|ansa"
            + "|apa|xinhua|efe|anadolu|sipa|abaca|photothek|wikimedia commons|wikipedia|flickr|zuma(?: press)?"
            + "|nurphoto|bloomberg|sopa images|lightrocket|ullstein ?bild|action press|eibner|gepa|freshfocus"
            + "|sportsfile|pa(?: images| wire)?|press association|aap|ians|pti|ani)";
    private static final String NAME = "(?:[\\w'’.-]+(?: [\\w'’.-]+){0,4})";
    private static final String SEPARATOR = "\\s*(?:/|\\||\\bvia\\b|,)\\s*";
    /** Names and a source, separated by slashes, bars, commas or "via", the source first, last or between. */
    private static final String CREDIT = "(?:(?:" + NAME + SEPARATOR + ")*" + SOURCE + "(?:" + SEPARATOR + NAME + ")*)";
    private static final String PICTURE_WORD = "(?:foto|photo|bild|image|picture|credit|quelle|source)s?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern LIBRARY_ALONE = Pattern.compile(
            "\\W*(?:(?:foto|photo|bild|image)s?\\s*:\\s*)?" + PICTURE_LIBRARY + "\\W*", FLAGS);
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "\\W*(?:" + PICTURE_WORD + "\\s*[:|/]?\\s*)?(?:©\\s*)?" + CREDIT + "\\W*", FLAGS);
    private static final Pattern BRACKETED = Pattern.compile(
            "[\\[(][^\\])]{0,40}\\b(?:photo|foto|image|bild|picture)s?\\s*:[^\\])]{0,60}[\\])]\\.?", FLAGS);
    /** A caption's credit, from its mark ("©", "(c)", "Foto:") to the end of the block. */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?:©|\\(c\\)|" + PICTURE_WORD + "\\s*:)\\s*" + CREDIT + "\\s*\\)?", FLAGS);
    /** What tells a credit of names from a list of names: a slash or bar, or a word or library of pictures. */
    private static final Pattern PICTURE_MARK = Pattern.compile("[/|]|" + PICTURE_LIBRARY + "|\\b" + PICTURE_WORD + "\\b",
            FLAGS);
    /** The longest picture word before a colon ("credits:"), and the longest credit after a caption. */
    private static final int MAX_PICTURE_WORD = 8;
    private static final int MAX_CAPTION_CREDIT = 100;
    /** The longest picture library's name ("depositphotos"), with a "Foto: " before it. */
    private static final int MAX_LIBRARY_LINE = 30;

    private PhotoCredits() {
    }

    /** Whether the whole block credits a picture, or is a caption that ends in its picture's credit. */
    static boolean isPhotoCredit(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_CAPTION_LINE) {
            return false;
        }
        int mark = creditMark(text);
        if (mark >= 0) {
            Matcher credit = CAPTION_CREDIT.matcher(text).region(mark, length);
            if (credit.matches() && PICTURE_MARK.matcher(text).region(mark, length).find()) {
                return true;
            }
        }
        if (length > MAX_CREDIT_LINE) {
            return false;
        }
        char last = text.charAt(length - 1);
        boolean slashBarOrBracket = text.indexOf('/') >= 0 || text.indexOf('|') >= 0 || last == ']' || last == ')';
        if (!slashBarOrBracket) {
            // no slash, bar or bracket: a picture library's name alone, or a credit after a picture word
            return length <= MAX_LIBRARY_LINE && LIBRARY_ALONE.matcher(text).matches()
                    || mark >= 0 && mark <= MAX_PICTURE_WORD + 2 && CREDIT_LINE.matcher(text).matches()
                            && PICTURE_MARK.matcher(text).find();
        }
        if (BRACKETED.matcher(text).matches()) {
            return true;
        }
        return last != '.' && last != '!' && last != '?' && CREDIT_LINE.matcher(text).matches()
                && PICTURE_MARK.matcher(text).find();
    }

    /**
     * Where a caption's credit may begin, near the block's end: its last "©" or "(c)", else its last colon after a
     * picture word ("Foto:", "Photo credit:"), or -1.
     */
    private static int creditMark(String text) {
        int from = Math.max(0, text.length() - MAX_CAPTION_CREDIT);
        int copyright = text.lastIndexOf('©');
        if (copyright >= from) {
            return copyright;
        }
        int c = text.lastIndexOf("(c)");
        if (c >= from) {
            return c;
        }
        int colon = text.lastIndexOf(':');
        if (colon < from || colon == 0) {
            return -1;
        }
        int start = colon;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && colon - start <= MAX_PICTURE_WORD) {
            start--;
        }
        return colon - start >= 4 && colon - start <= MAX_PICTURE_WORD ? start : -1;
    }
}
