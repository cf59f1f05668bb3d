package io.newsline.ingest.extract.wire;

import io.newsline.schemas.reference.AgencyInterviews;
import java.util.regex.Pattern;

/**
 * The words around an agency's name that say what kind of evidence it is, in English, French, Spanish, German,
 * Portuguese and Italian, for {@link CreditFinder}: the shapes of credits are the same for every agency, so they are
 * written once, over whatever name {@link Agencies} finds. Constants only.
 */
final class CreditWords {

    private CreditWords() {}

    static final Pattern PHOTO = Pattern.compile("(?iu)(?<!\\p{L})(photos?|fotos?|bild|bilder|images?|imagen|imagem|"
            + "immagine|pictures?|pics?|photographs?|photographie|file|archivo|arquivo|archivio|archivbild|symbolfoto|"
            + "symbolbild|getty|credits?|crédits?|via|shutterstock|epa|illustration|caption)(?!\\p{L})");
    /** "AFP / ERIC PIERMONT", "AP Photo/Name": a slash and a person's name after the agency. */
    static final Pattern NAME_AFTER_SLASH = Pattern.compile("^\\s*/\\s*\\p{Lu}[\\p{L}.'’\\-]+\\s+\\p{Lu}");
    /** "Charlie Neibergall / AP", "(Ali Jadallah - Anadolu Agency)": a person's name and a slash or dash before it. */
    static final Pattern NAME_BEFORE_SLASH = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’\\-]+\\s+\\p{Lu}[\\p{L}.'’\\-]+\\s*(?:/|\\s[-–]\\s)\\s*$");
    static final Pattern IN_BRACKETS_AFTER_NAME = Pattern.compile("\\(\\s*\\p{Lu}[\\p{L}.'’\\-]+\\s+\\p{Lu}[\\p{L}.'’\\-]+"
            + "\\s*[-–/]\\s*$");

    /** After the name: the agency's own reporting ("an AFP reporter saw", "a Reuters poll", "AFP-Umfrage"). */
    static final Pattern OWN_AFTER = Pattern.compile("(?iu)^[\\s'’\\-]{0,3}(reporters?|correspondents?|"
            + "journalists?|photographers?|photojournalists?|team|crew|staff|stringers?|tally|count|counted|"
            + "calculations?|poll|survey|investigation|analysis|review|has learned|learned|understands|"
            + "reported seeing|saw|witnessed|footage|journalistes?|correspondante?s?|photographes?|équipe|décompte|"
            + "sondage|enquête|reporterin|korrespondent(?:in)?|fotograf(?:in)?|umfrage|recherchen?|periodistas?|"
            + "corresponsal(?:es)?|fotógrafos?|equipo|recuento|encuesta|constató|pudo constatar|pudo comprobar|"
            + "comprobó|jornalistas?|repórter|apurou|giornalist[ai]|inviat[oi]|(?:aus\\s+[^.]{0,60}\\s)?erfuhr)"
            + "(?!\\p{L})");
    /** Before the name: the agency's own reporting ("a journalist of AFP saw", "documents reviewed by Reuters"). */
    static final Pattern OWN_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(polled by|surveyed by|reviewed by|seen by|"
            + "obtained by|verified by|analysed by|analyzed by|journalistes?|correspondante?s?|photographes?|équipe|"
            + "décompte|calculs?|interrogée?s?|sondée?s?|consensus|periodistas?|reporteros?|fotógrafos?|"
            + "corresponsal(?:es)?|consultad[oa]s?|ha podido saber|pudo saber|jornalistas?|repórteres?|"
            + "fotógrafos?|giornalist[ai]|fotograf[oi]|inviat[oi]|apprende|umfrage|recherchen?|informationen|"
            + "reporter(?:in)?|korrespondent(?:in)?)\\s+(?:à\\s+l['’]|à\\s+|par\\s+l['’]|par\\s+|de\\s+l['’]|"
            + "de\\s+la\\s+|del\\s+|de\\s+|da\\s+|do\\s+|dell['’]|della\\s+|l['’]|der\\s+|des\\s+|dem\\s+|the\\s+|by\\s+)?$");
    /** Before the name: someone speaking to the agency ("told Reuters", "a déclaré à l'AFP"): its own interview. */
    static final Pattern TOLD_BEFORE = AgencyInterviews.TOLD_BEFORE;
    static final Pattern CITE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(according to|citing|cited by|"
            + "quoted by|quoting|reports?|reported by|as reported by|selon|d['’]après|citant|cité par|rapporte|laut|"
            + "berichtete|berichtet|meldete|meldet|según|citando|informó|informa|per|segundo|de acordo com|"
            + "secondo|secondo quanto riportato da|riferisce|riporta|scrive|meldt)\\s+(?:the\\s+|l['’]|la\\s+|der\\s+|"
            + "dem\\s+|die\\s+|el\\s+|a\\s+|o\\s+|dall['’]|dalla\\s+|het\\s+)?(?:\\p{L}+\\s+)?"
            + "(?:(?:state\\s+)?news\\s+agency\\s+|agence\\s+|agencia\\s+|agência\\s+|agenzia\\s+|"
            + "nachrichtenagentur\\s+)?(?:\\p{L}+\\s+)?$");
    static final Pattern CITE_AFTER = Pattern.compile("(?iu)^\\s*(?:(?:state\\s+)?news\\s+agency|agency|"
            + "nachrichtenagentur|agencia)?\\s*,?\\s*(reported|reports|said|says|quoted|cited|added|a rapporté|"
            + "rapporte|a annoncé|berichtete|berichtet|meldete|meldet|zufolge|informó|reportó|dijo|ha informado|"
            + "informou|noticiou|riferisce|scrive)(?!\\p{L})");

    /**
     * Before the name: words that credit the text, or part of it, to the agency wherever they stand ("With inputs
     * from", "Additional reporting by", "Con información de", "Mit Material von", "© 2024", "Source:").
     */
    static final Pattern CREDIT_BEFORE = Pattern.compile("(?iu)(?:(?<!\\p{L})(?:(?:with\\s+)?(?:additional\\s+)?"
            + "inputs?\\s+from|additional\\s+(?:reporting|input)\\s+(?:by|from)|information\\s+from|"
            + "this\\s+(?:report|story|article)\\s+(?:by|from)|con\\s+informaci[oó]n\\s+de(?:\\s+la\\s+agencia)?|"
            + "com\\s+informaç(?:ões|ão)\\s+d[aeo]s?(?:\\s+agência)?|(?:mit\\s+)?material\\s+(?:von|der)|"
            + "mit\\s+informationen\\s+von|(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fontes)\\s*:|"
            + "(?:with\\s+)?reporting\\s+(?:by|from)|copyright)\\s*(?:the\\s+|l['’]|la\\s+|der\\s+|dem\\s+|a\\s+|o\\s+)?|©\\s*(?:copyright\\s+)?"
            + "(?:\\d{4}\\s+)?|\\(c\\)\\s*(?:\\d{4}\\s+)?)$");
    /** Before the name, at the start of a line or of its last part: "With AFP", "(Avec AFP)", "*Com Agência Brasil". */
    static final Pattern LEADING_CREDIT = Pattern.compile("(?iu)(?:^|[(\\[*\\-–—]\\s*|[.!?]\\s+)(?:with|avec|con|com|"
            + "mit|reporting\\s+by|texte?|texto|testo)\\s*:?\\s+(?:l['’]|la\\s+|the\\s+|a\\s+)?$");
    /** After the name: a closing note of the agency's staff ("Associated Press writer X contributed"). */
    static final Pattern CREDIT_AFTER = Pattern.compile("(?iu)^\\s*(?:writers?|reporters?|correspondents?|"
            + "journalists?|staff)\\b[^.]{0,100}\\bcontributed\\b");
    /**
     * After the name: the agency's part in the text, a shared credit ("The Associated Press contributed to this
     * report", "AFP and Reuters contributed reporting").
     */
    static final Pattern CONTRIBUTED_AFTER = Pattern.compile("(?iu)^[^.;!?]{0,60}?(?<!\\p{L})(?:also\\s+)?"
            + "contributed\\s+(?:to\\s+th(?:is|e)\\s+(?:report|story|article)|(?:additional\\s+)?reporting|information)");
    /** Before the name: a list of contributors ("Contributing: Jane Doe, John Roe, Associated Press"). */
    static final Pattern CONTRIBUTING_BEFORE = Pattern.compile("(?iu)(?:^|[.(\\[]\\s*)(?:contributing|contributors?|"
            + "contributed\\s+by)\\s*:?\\s+(?:[^.:;]{0,80}?(?:,|\\s+and|\\s+&)\\s+)?(?:the\\s+)?$");
    /**
     * A line of citation-format names ("MLA", "APA | Harvard | Chicago"): a page's "cite this article" block, where
     * a name that is also an agency's ("APA") is a format, not a credit.
     */
    static final Pattern CITATION_STYLES = Pattern.compile("^[\\s\\p{P}|]*(?:(?:MLA|APA|Harvard|Chicago|Vancouver|IEEE|"
            + "AMA|Turabian|BibTeX|RIS|EndNote)[\\s\\p{P}|]*)+$");
    static final Pattern STYLE_OTHER_THAN_AGENCY = Pattern.compile("(?<!\\p{L})(?:MLA|Harvard|Vancouver|IEEE|"
            + "Turabian|BibTeX|EndNote)(?!\\p{L})");

    /** A byline's staff title: "By Aine Fox, PA Social Affairs Correspondent", "Jane Doe, AP Business Writer". */
    static final Pattern STAFF_TITLE_BEFORE = Pattern.compile("(?iu)(?:^|,|(?<!\\p{L})(?:by|par|von|por))\\s*$");
    static final Pattern STAFF_TITLE_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}[\\p{L}\\-]+\\s+){0,3}(?:Correspondent|"
            + "Reporter|Editor|Writer|Journalist|Staff|Photographer)s?(?!\\p{L})");

    /** Words a credit line may hold besides agency names. */
    static final Pattern CREDIT_LINE = Pattern.compile("(?iu)(?<!\\p{L})(by|par|von|por|di|de|da|do|source|"
            + "sources|quelle|quellen|fuente|fuentes|fonte|agency|agencies|agence|agences|agencia|agencias|agência|"
            + "agenzia|agentur|news|newswires?|wires?|service|with|inputs?|from|additional|reporting|texte?|copyright|"
            + "all rights reserved|tous droits réservés|todos los derechos reservados|todos os direitos reservados|"
            + "alle rechte vorbehalten|tutti i diritti riservati|riproduzione riservata|end|fin|fim|published|"
            + "updated|publié|mis à jour|veröffentlicht|aktualisiert|am|on|le|el|and|et|und|y|e|relaxnews|infocom|"
            + "redacción|rédaction|redaktion|redazione|staff|desk|reporters?|repórter|reportero|correspondents?|"
            + "correspondante?|corresponsal|korrespondent(?:in)?|editors?|writers?|senior|chief|political|court|"
            + "business|bureau|special|con|com|avec|mit|material|information|información|informações|"
            + "photos|gmbh|l\\.p\\.|ltd|inc)(?!\\p{L})|©|\\(c\\)|[\\p{N}]+|[\\p{P}\\p{S}]+");
    static final Pattern LOWER_CODE = Pattern.compile("^\\p{Ll}{2,4}$");
    static final Pattern BY_START = Pattern.compile("(?iu)^(by|par|von|por|di|door|de)\\s");
    /** Where the last part of a paragraph may start: after a sentence, a dash, an opening bracket or a slash. */
    static final Pattern SEGMENT_START = Pattern.compile("[.!?…][\"'”’»)]?\\s+|[.!?)]\\s*[-–—]+\\s*|\\s[-–—]{1,2}\\s*"
            + "|\\(|(?<=\\s)/");
    /** Only joins one name to the next in a list of credits: "AFP and Reuters", "EFE y AFP", "Reuters und dpa". */
    static final Pattern LIST_JOIN = Pattern.compile("(?iu)^\\s*(?:,|&|/)?\\s*(?:and|et|y|und|e|en)?\\s*"
            + "(?:the\\s+|l['’])?$");
}
