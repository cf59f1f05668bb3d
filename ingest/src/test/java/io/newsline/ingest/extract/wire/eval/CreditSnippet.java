package io.newsline.ingest.extract.wire.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One labelled passage of {@code bench-data/credits/*.tsv}: the lines a page would give the credit finder, where the
 * story's body starts, which lines are captions, and the agency the passage credits or only names.
 *
 * @param id the row's id
 * @param lang the language it is written in
 * @param shape the form of the credit or mention (dateline, byline, closing, told, trap, ...)
 * @param label what the passage is evidence of for {@code agencies}
 * @param agencies the agency codes it credits or names; empty for "-"
 * @param lines the passage's lines
 * @param bodyStart the index of its first body line
 * @param captions the indexes of its caption lines
 */
record CreditSnippet(String id, String lang, String shape, Label label, Set<String> agencies, List<String> lines,
        int bodyStart, Set<Integer> captions) {

    /** What a passage is for the agencies it names. */
    enum Label {
        /** The passage is the agency's copy, in full or in part. */
        CREDIT,
        /** The agency speaks of its own reporting. */
        OWN,
        /** A photo credit. */
        PHOTO,
        /** A mention, citation or look-alike word: no credit. */
        NONE
    }

    static List<CreditSnippet> read(Path tsv) {
        List<String> rows;
        try {
            rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CreditSnippet> out = new ArrayList<>();
        boolean header = true;
        for (int n = 0; n < rows.size(); n++) {
            String row = rows.get(n);
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = row.split("\t", -1);
            if (c.length != 8) {
                throw new IllegalArgumentException(tsv + ":" + (n + 1) + ": expected 8 columns, got " + c.length);
            }
            Set<String> agencies = c[4].equals("-") ? Set.of() : new LinkedHashSet<>(Arrays.asList(c[4].split("\\|")));
            Set<Integer> captions = new LinkedHashSet<>();
            if (!c[6].equals("-")) {
                for (String i : c[6].split(",")) {
                    captions.add(Integer.parseInt(i.strip()));
                }
            }
            out.add(new CreditSnippet(c[0], c[1], c[2], Label.valueOf(c[3].toUpperCase(java.util.Locale.ROOT)),
                    agencies, List.of(c[7].split("\\\\n")), Integer.parseInt(c[5]), captions));
        }
        return out;
    }
}
