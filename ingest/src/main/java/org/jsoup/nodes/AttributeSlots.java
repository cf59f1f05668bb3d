package org.jsoup.nodes;

import java.util.Arrays;

/**
 * A few attributes of an element read straight from its attribute arrays: {@link Attributes}'s iterator builds an
 * {@link Attribute} per attribute, and {@link Element#attr} scans the list again for each name. It lives in jsoup's
 * package because the arrays are package-private there. Stateless and thread-safe.
 */
public final class AttributeSlots {

    private AttributeSlots() {}

    /**
     * Puts in {@code values[k]} the value of the first attribute whose key is {@code names[k]} ignoring case, as
     * {@link Element#attr} finds it ("" for an attribute without a value), or null where the element has none; jsoup's
     * internal attributes are not read.
     *
     * @return the element's attributes, as {@link Node#attributesSize()} counts them
     */
    public static int read(Element element, String[] names, String[] values) {
        Arrays.fill(values, null);
        Attributes attributes = element.attributes;
        if (attributes == null) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < attributes.size; i++) {
            String key = attributes.keys[i];
            if (Attributes.isInternalKey(key)) {
                continue;
            }
            count++;
            for (int k = 0; k < names.length; k++) {
                if (values[k] == null && key.equalsIgnoreCase(names[k])) {
                    Object value = attributes.vals[i];
                    values[k] = value == null ? "" : (String) value;
                    break;
                }
            }
        }
        return count;
    }
}
