package io.newsline.ingest.extract.html;

import org.jsoup.nodes.AttributeSlots;
import org.jsoup.nodes.Element;

/** The values of a few attributes of an element, read in one walk of its attribute list. Stateless. */
public final class AttributeValues {

    private AttributeValues() {}

    /**
     * The value of each of {@code names} on the element: of the first attribute of that name, ignoring case, as
     * {@link Element#attr} finds it, or null where the element has none. One walk of the attribute list instead of a
     * case-insensitive scan of it for each name.
     */
    public static String[] firstOf(Element element, String[] names) {
        String[] values = new String[names.length];
        // read from the attribute arrays: the list's iterator builds an attribute object for each attribute
        AttributeSlots.read(element, names, values);
        return values;
    }
}
