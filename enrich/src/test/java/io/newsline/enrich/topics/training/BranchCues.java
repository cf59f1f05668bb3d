package io.newsline.enrich.topics.training;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether an English text names something of one IPTC topic, by a short curated list of cue terms
 * (single words and phrases, matched as whole words) written from IPTC's definition of the topic. The trainer
 * uses it where the labelled news files a topic differently from IPTC: technology news about the computing
 * industry, which IPTC files under economy &gt; products and services &gt; computing and information technology,
 * war stories, which Wikinews files under politics, and medical research, which the sources file under health and
 * IPTC under science and technology. Not fitted to any evaluation set. Immutable and thread-safe.
 */
final class BranchCues {

    /**
     * Cues of "computing and information technology" (20000225) and its children: computer and
     * telecommunications hardware, semiconductors, software and applications, telecommunication and wireless
     * services, and the companies that make them.
     */
    static final List<String> COMPUTING_INDUSTRY = List.of("computer", "computers", "pc", "pcs", "laptop",
            "laptops", "smartphone", "smartphones", "mobile phone", "mobile phones", "cellphone", "cellphones",
            "cell phone", "iphone", "ipad", "ipod", "tablet computer", "software", "hardware", "operating system",
            "windows", "linux", "open source", "open-source", "browser", "web browser", "firefox", "search engine",
            "app", "apps", "app store", "chip", "chips", "chipmaker", "semiconductor", "semiconductors",
            "microprocessor", "processor", "processors", "internet", "broadband", "website", "websites",
            "web site", "e-mail", "email", "spam", "malware", "computer virus", "hacker", "hackers", "hacking",
            "cyberattack", "cyber attack", "telecom", "telecoms", "telecommunications", "wireless", "wi-fi",
            "bluetooth", "3g", "4g", "5g", "mobile operator", "video game", "video games", "game console",
            "playstation", "xbox", "nintendo", "social network", "social media", "e-commerce", "microsoft",
            "apple", "google", "intel", "ibm", "amd", "nvidia", "oracle", "cisco", "dell", "hewlett-packard",
            "samsung", "nokia", "motorola", "blackberry", "yahoo", "facebook", "twitter", "ebay", "skype",
            "youtube", "netflix", "gadget", "gadgets", "tech company", "technology company", "tech giant",
            "tech firm", "silicon valley", "startup", "start-up", "online");

    /**
     * Cues of armed conflict and terrorism, from IPTC's definition of "conflict, war and peace" (16000000):
     * acts of war, armed groups, attacks and their resolution. Wikinews files these stories under "Politics
     * and conflicts", which the data maps to politics alone.
     */
    static final List<String> ARMED_CONFLICT = List.of("war", "wars", "warfare", "civil war", "troops",
            "soldiers", "soldier", "armed forces", "rebels", "rebel", "insurgents", "insurgency", "militants",
            "militia", "militias", "airstrike", "airstrikes", "air strike", "air strikes", "shelling", "artillery",
            "ceasefire", "cease-fire", "truce", "peace talks", "peace process", "invasion", "guerrilla",
            "guerrillas", "taliban", "al-qaeda", "al qaeda", "hezbollah", "hamas", "suicide bomber",
            "suicide bombing", "car bomb", "terrorist attack", "terror attack", "coup");

    /**
     * Cues of medical research, which IPTC files under science and technology: "medical research" (20000737,
     * under scientific research 20000735: "investigation conducted in the fields of health and medicine, such as
     * genetic studies, disease research or pharmaceutical drug trials") and "biomedical science" (20000710: "the
     * application of biology-based science to medical fields such as research"). The research itself, its people,
     * places, methods and publications, and the biology it studies; not illness, care or health policy, which stay
     * health. The sources file these stories under health (Wikinews, SIB-200) or wellness (HuffPost).
     */
    static final List<String> MEDICAL_RESEARCH = List.of("research", "researcher", "researchers",
            "medical research", "scientist", "scientists", "scientific", "science", "study", "studies", "studied",
            "clinical trial", "clinical trials", "trial of", "drug trial", "drug trials", "vaccine trial",
            "trial results", "journal", "journals", "published in", "peer-reviewed", "lancet", "findings",
            "discovery", "discovered", "breakthrough", "experiment", "experiments", "experimental", "laboratory",
            "laboratories", "lab", "labs", "university of", "professor", "gene", "genes", "genetic", "genetically",
            "genetics", "geneticist", "geneticists", "genome", "genomes", "dna", "rna", "chromosome", "mutation",
            "mutations", "stem cell", "stem cells", "cell", "cells", "protein", "proteins", "molecule", "molecules",
            "molecular", "enzyme", "antibody", "antibodies", "biologist", "biologists", "biology", "biomedical",
            "biotechnology", "biotech", "gene therapy", "gene editing", "crispr", "cloning", "cloned", "mice",
            "rats", "embryo", "embryos");

    private final Set<String> words = new HashSet<>();
    private final List<String> phrases;

    BranchCues(List<String> terms) {
        phrases = terms.stream().filter(t -> t.contains(" ") || t.contains("-"))
                .map(t -> " " + t.replace('-', ' ') + " ").toList();
        terms.stream().filter(t -> !t.contains(" ") && !t.contains("-")).forEach(words::add);
    }

    /** Whether the text contains at least one cue term as whole words (case is ignored). */
    boolean matches(String text) {
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (String token : tokens) {
            if (words.contains(token)) {
                return true;
            }
        }
        if (phrases.isEmpty()) {
            return false;
        }
        String joined = " " + String.join(" ", tokens) + " ";
        for (String phrase : phrases) {
            if (joined.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
