package io.newsline.ingest.extract;

import io.newsline.ingest.extract.body.PageRoles;
import io.newsline.ingest.extract.body.TeaserStream;
import io.newsline.ingest.extract.charset.DecodeException;
import io.newsline.ingest.extract.charset.DecodedPage;
import io.newsline.ingest.extract.charset.PageDecoder;
import io.newsline.ingest.extract.html.HtmlParsing;
import io.newsline.ingest.extract.html.SlideGalleries;
import io.newsline.ingest.extract.lang.LanguageDetector;
import io.newsline.ingest.extract.lang.LanguageGuess;
import io.newsline.ingest.extract.lang.LanguageTags;
import io.newsline.ingest.extract.meta.AuthorNames;
import io.newsline.ingest.extract.meta.CreditAreas;
import io.newsline.ingest.extract.meta.HtmlMetadataExtractor;
import io.newsline.ingest.extract.meta.PageElements;
import io.newsline.ingest.extract.meta.PageMetadata;
import io.newsline.ingest.extract.meta.PrintedDate;
import io.newsline.ingest.extract.meta.Titles;
import io.newsline.ingest.extract.site.SiteProfile;
import io.newsline.ingest.extract.site.SiteRegistry;
import io.newsline.ingest.extract.text.BlockCleaner;
import io.newsline.ingest.extract.text.FlatPage;
import io.newsline.ingest.extract.text.FlatTextExtractor;
import io.newsline.ingest.extract.text.LineRules;
import io.newsline.ingest.extract.text.Prose;
import io.newsline.ingest.extract.wire.Agencies;
import io.newsline.ingest.extract.wire.CreditFinder;
import io.newsline.ingest.extract.wire.WireCredit;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a raw page into an article: decodes the bytes (gzip, charset), parses HTML with jsoup or reads flattened
 * page text, takes the body from the {@link BodyExtractor} (HTML) or the line rules (text), reads the metadata,
 * removes the headline, byline and dateline repeated in the body, finds the wire credit and the language, and decides
 * whether the page is an article at all; a page that carries no story (a section index, a list of headlines,
 * navigation) gets no text ({@link NotArticleReasons}). HTML pages lose their photo galleries' slides before the body
 * is looked for. Nothing is fetched from the network.
 *
 * <p>Thread-safe: holds only immutable settings, the site registry and the (thread-safe) body extractor.
 * Settings: see {@link ExtractorSettings}.
 */
public final class ArticleExtractor {

    /** Lineage written on every article; bump when extraction output changes. */
    public static final String VERSION = "newsline-extract/0.1.0";

    private static final Set<String> INDEX_KINDS = Set.of("collectionpage", "searchresultspage", "profilepage",
            "website", "itemlist");

    private final ExtractorSettings settings;
    private final SiteRegistry sites;
    private final BodyExtractor body;
    private final PageDecoder decoder;
    private final HtmlParsing parsing;
    private final HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();
    private final FlatTextExtractor flatText = new FlatTextExtractor(LineRules.bundled(), Agencies.bundled());
    private final BlockCleaner cleaner = new BlockCleaner(Agencies.bundled());
    private final LanguageDetector languages = LanguageDetector.bundled();
    private final Agencies agencies = Agencies.bundled();
    private final CreditFinder credits = new CreditFinder(Agencies.bundled());
    /** Words of a page's links and buttons that a byline never holds as a name. */
    private static final Pattern NAVIGATION = Pattern.compile("(?i)archives?|rss|feeds?|e-?mail|print|share|follow|"
            + "subscribe|bio|biography|contact|profile|more|twitter|facebook|all (?:posts|stories|articles)");
    /** A site's home page or a language's front page by its path; compiled once, not per page. */
    private static final Pattern ROOT_PATH = Pattern.compile("/(index\\.\\w+|home|[a-z]{2}(-[a-z]{2})?/?)");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    public ArticleExtractor(ExtractorSettings settings, SiteRegistry sites, BodyExtractor body) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sites = Objects.requireNonNull(sites, "sites");
        this.body = Objects.requireNonNull(body, "body");
        this.decoder = new PageDecoder(settings.maxBodyBytes());
        this.parsing = new HtmlParsing(settings.budget().maxElements(), settings.budget().maxTextChars());
    }

    /** Default settings and the bundled site registry. */
    public static ArticleExtractor withDefaults(BodyExtractor body) {
        return new ArticleExtractor(ExtractorSettings.defaults(), SiteRegistry.bundled(), body);
    }

    /**
     * Extracts one page. Never throws for bad input: oversize and undecodable pages are {@link ExtractionResult.Failed};
     * empty, too-short, index and navigation-only pages are articles flagged {@link PageType#NOT_ARTICLE}.
     */
    public ExtractionResult extract(PageInput page) {
        DecodedPage decoded;
        try {
            String contentType = page.contentType() != null ? page.contentType() : page.header("Content-Type");
            decoded = decoder.decode(page.body(), contentType);
        } catch (DecodeException e) {
            return new ExtractionResult.Failed(e.oversize() ? FailureReason.OVERSIZE : FailureReason.UNDECODABLE,
                    e.getMessage());
        }
        SiteProfile site = sites.forUrl(page.url());
        String headerLanguage = LanguageTags.normalise(page.header("Content-Language"));
        List<String> truncated = new ArrayList<>();
        ExtractedArticle article;
        if (decoded.html()) {
            article = fromHtml(page.url(), decoded, site, headerLanguage, truncated);
        } else {
            String text = decoded.text();
            if (text.length() > settings.budget().maxTextChars()) {
                text = text.substring(0, (int) settings.budget().maxTextChars());
                truncated.add("text");
            }
            article = fromText(page.url(), text, site, headerLanguage);
        }
        boolean cutShort = truncated.contains("elements") || truncated.contains("text");
        if (cutShort && article.pageType() == PageType.NOT_ARTICLE
                && Set.of(NotArticleReasons.EMPTY_BODY, NotArticleReasons.TOO_SHORT)
                        .contains(article.pageTypeReason())) {
            return new ExtractionResult.Failed(FailureReason.TOO_COMPLEX, "page passed its work budget ("
                    + String.join(", ", truncated) + ": " + settings.budget() + ") before any article text");
        }
        return new ExtractionResult.Extracted(article,
                new PageLineage(decoded.charset().name(), decoded.charsetSource(), truncated));
    }

    private ExtractedArticle fromHtml(String url, DecodedPage html, SiteProfile site, String headerLanguage,
            List<String> truncated) {
        // the parser reads the decoder's characters: most pages' text never becomes a string
        HtmlParsing.ParsedHtml parsed = parsing.parse(html.chars(), html.length(), url);
        if (parsed.depthCapped()) {
            truncated.add("depth");
        }
        if (parsed.stoppedBy() != null) {
            truncated.add(parsed.stoppedBy());
        }
        Document doc = parsed.document();
        // one pass over the page collects what the metadata and the byline and copyright lines read
        PageElements elements = new PageElements(doc);
        PageMetadata meta = metadata.extract(elements, site);
        CreditAreas.Lines creditAreas = CreditAreas.find(elements);
        List<String> bylineArea = creditAreas.byline();
        List<String> copyrights = creditAreas.copyrights();
        // the document is this extraction's own: a gallery's slides leave it before the body is looked for
        SlideGalleries.remove(doc, elements.mayBeCounters());
        // the body's passes and the teaser-stream check ask about the same elements: their roles are found once, and
        // the body's first walk through the page takes the check's measures on the way
        PageRoles roles = PageRoles.withTeaserCheck(doc.location(), meta.canonicalUrl());
        List<Block> raw = body.extractBody(documentForBody(doc, site), roles);
        BlockCleaner.Cleaned cleaned = cleaner.clean(raw, meta.title(), site.rules());
        List<String> authors = meta.authors().isEmpty() ? cleaned.bylineAuthors() : meta.authors();
        PrintedDate published = meta.published() != null ? meta.published() : cleaned.bylineDate();
        String agency = firstNonNull(cleaned.agency(), agencyOfAuthors(authors));
        String declared = LanguageTags.normalise(meta.markupLanguage());
        String kindReason = indexReason(url, meta, cleaned.blocks());
        // a stream of teasers of other stories is no story, however long the teasers' text
        String streamReason = TeaserStream.measure(doc, meta.canonicalUrl(), cleaned.blocks(), roles).reason();
        List<CreditFinder.Evidence> evidence = credits.find(htmlCreditLines(meta, authors, bylineArea, raw,
                copyrights), htmlStoryStart(raw) + bylineArea.size(), Set.of(1));
        return assemble(url, meta.canonicalUrl(), firstNonNull(meta.siteName(), site.name()), meta.title(),
                meta.subtitle(), authors, published, meta.modified(), firstNonNull(declared, headerLanguage), site,
                meta.section(), meta.tags(), meta.leadImageUrl(), meta.leadImageCaption(), cleaned,
                firstNonNull(agency, strongCredit(evidence)), evidence, kindReason, streamReason);
    }

    private ExtractedArticle fromText(String url, String text, SiteProfile site, String headerLanguage) {
        FlatPage flat = flatText.extract(text, url, site.rules());
        String host = SiteRegistry.hostOf(url);
        String title = Titles.clean(flat.title(), site.name(), host, site.rules().titleSuffixes());
        BlockCleaner.Cleaned cleaned = cleaner.clean(flat.blocks(), title, site.rules());
        List<String> authors = new ArrayList<>(flat.authors());
        authors.addAll(cleaned.bylineAuthors());
        authors = AuthorNames.clean(authors);
        PrintedDate published = better(flat.date(), cleaned.bylineDate());
        List<CreditFinder.Evidence> evidence = credits.find(flat.storyLines(), flat.storyStart(),
                flat.storyCaptions());
        String agency = firstNonNull(cleaned.agency(), flat.agency(), agencyOfAuthors(authors), strongCredit(evidence));
        return assemble(url, null, site.name(), title, null, authors, published, null, headerLanguage, site,
                null, List.of(), null, null, cleaned, agency, evidence, null, flat.notArticleReason());
    }

    private ExtractedArticle assemble(String url, String canonicalUrl, String siteName, String title, String subtitle,
            List<String> authors, PrintedDate published, PrintedDate modified, String declaredLanguage,
            SiteProfile site, String section, List<String> tags, String leadImageUrl, String leadImageCaption,
            BlockCleaner.Cleaned cleaned, String agency, List<CreditFinder.Evidence> evidence, String kindReason,
            String captureReason) {
        List<Block> blocks = cleaned.blocks();
        String text = joinBlocks(blocks);
        ZoneId zone = site.timeZone() != null ? site.timeZone() : settings.defaultZone();
        String path = pathOf(url);
        LanguageGuess detected = languages.detect(text.isEmpty() ? nullToEmpty(title) : text);
        if (detected.confidence() < 0.5) {
            detected = LanguageGuess.UNDETERMINED;
        }
        LanguageGuess language = LanguageTags.combine(declaredLanguage, site.languageForPath(path), detected);
        WireCredit dateline = cleaned.dateline();
        // A wire brief is often one paragraph: a dateline or an agency's credit says it is a story all the same.
        boolean wireStory = dateline != null || strongCredit(evidence) != null;
        String reason = notArticleReason(blocks, text, kindReason, captureReason, wireStory);
        if (NotArticleReasons.carriesNoStory(reason)) {
            // a page that lists other stories carries no story: its teasers and link texts are no article's text
            blocks = List.of();
            text = "";
        }
        return new ExtractedArticle(
                url,
                canonicalUrl,
                siteName,
                title,
                subtitle,
                authors,
                published == null ? null : published.instant(zone),
                published == null ? null : published.printedLocal(),
                modified == null ? null : modified.instant(zone),
                language.language(),
                language.confidence(),
                section,
                tags,
                leadImageUrl,
                leadImageCaption,
                dateline == null ? null : dateline.dateline(),
                cleaned.credit(),
                agency,
                reason == null ? evidence : List.of(),
                reason == null ? PageType.ARTICLE : PageType.NOT_ARTICLE,
                reason,
                blocks,
                text,
                VERSION);
    }

    /** Why a page is not an article, or null when it is one. */
    private String notArticleReason(List<Block> blocks, String text, String kindReason, String captureReason,
            boolean wireStory) {
        if (captureReason != null) {
            return captureReason;
        }
        String notProse = Prose.whyNot(text);
        if (notProse != null) {
            return notProse;
        }
        if (blocks.isEmpty()) {
            return kindReason != null ? kindReason : NotArticleReasons.EMPTY_BODY;
        }
        long paragraphs = blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).count();
        if (text.length() < settings.minArticleChars()
                || !wireStory && paragraphs < settings.minArticleParagraphs()
                        && text.length() < 2L * settings.minArticleChars()) {
            return kindReason != null ? kindReason : NotArticleReasons.TOO_SHORT;
        }
        return null;
    }

    /** An index page by its declared kind or its address (a site's home page or a section front). */
    private static String indexReason(String url, PageMetadata meta, List<Block> blocks) {
        String kind = meta.pageKind();
        if (kind != null && Set.of("collectionpage", "searchresultspage", "profilepage", "itemlist").contains(kind)) {
            return NotArticleReasons.INDEX_PAGE;
        }
        String path = pathOf(url);
        boolean rootPath = path == null || path.isEmpty() || path.equals("/")
                || ROOT_PATH.matcher(path).matches();
        if (rootPath && (kind == null || INDEX_KINDS.contains(kind))) {
            return NotArticleReasons.INDEX_PAGE;
        }
        return null;
    }

    /**
     * The document given to the body extractor: the page itself, or a copy without the site's drop selectors and,
     * when the site names its story container and it is there, only that container.
     */
    private static Document documentForBody(Document doc, SiteProfile site) {
        if (site.rules().dropSelectors().isEmpty() && site.rules().bodySelectors().isEmpty()) {
            return doc;
        }
        Document copy = doc.clone();
        for (String selector : site.rules().dropSelectors()) {
            copy.select(selector).remove();
        }
        for (String selector : site.rules().bodySelectors()) {
            Element container = copy.selectFirst(selector);
            if (container != null && container.text().length() > 200) {
                copy.body().empty().appendChild(container);
                break;
            }
        }
        return copy;
    }

    /** The agency of the strongest dateline, byline or closing credit, when the page has one. */
    private static String strongCredit(List<CreditFinder.Evidence> evidence) {
        return evidence.isEmpty() || evidence.get(0).kind().compareTo(CreditFinder.Kind.CLOSING) > 0 ? null
                : evidence.get(0).agency();
    }

    /**
     * Where an HTML page's credits are looked for: the byline, the lead image's caption, the byline area, the body's
     * blocks and the page's copyright lines (closing).
     */
    private static List<String> htmlCreditLines(PageMetadata meta, List<String> authors, List<String> bylineArea,
            List<Block> raw, List<String> copyrights) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(", ", authors));
        lines.add(meta.leadImageCaption() == null ? "" : meta.leadImageCaption());
        lines.addAll(bylineArea);
        raw.forEach(b -> lines.add(b.text()));
        lines.addAll(copyrights);
        return lines;
    }

    private static int htmlStoryStart(List<Block> raw) {
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).kind() == BlockKind.PARAGRAPH && WHITESPACE_RUN.split(raw.get(i).text()).length >= 12) {
                return i + 2;
            }
        }
        return 2;
    }

    private String agencyOfAuthors(List<String> authors) {
        if (authors.stream().anyMatch(a -> NAVIGATION.matcher(a).matches() && agencies.whole(a).isEmpty())) {
            return null; // ["Archive", "RSS"]: the author's links taken for names, no byline
        }
        for (String a : authors) {
            var code = agencies.whole(a);
            if (code.isPresent()) {
                return code.get();
            }
        }
        return null;
    }

    /** A date with a time of day beats a date alone (the crawler's capture date loses to the printed byline). */
    private static PrintedDate better(PrintedDate a, PrintedDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return !a.hasTime() && b.hasTime() ? b : a;
    }

    static String joinBlocks(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }

    private static String pathOf(String url) {
        try {
            String p = URI.create(url.trim().replace(" ", "%20")).getPath();
            return p == null ? null : p.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
