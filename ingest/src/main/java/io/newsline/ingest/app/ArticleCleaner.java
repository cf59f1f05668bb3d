package io.newsline.ingest.app;

import io.newsline.ingest.extract.ArticleExtractor;
import io.newsline.ingest.extract.Block;
import io.newsline.ingest.extract.ExtractedArticle;
import io.newsline.ingest.extract.ExtractionResult;
import io.newsline.ingest.extract.PageInput;
import io.newsline.ingest.extract.PageLineage;
import io.newsline.schemas.ids.ArticleIds;
import io.newsline.runtime.dlq.Outcome;
import io.newsline.schemas.BlockKind;
import io.newsline.schemas.AgencyCredit;
import io.newsline.schemas.CleanArticle;
import io.newsline.schemas.CreditKind;
import io.newsline.schemas.DeadLetterReason;
import io.newsline.schemas.ExtractionLineage;
import io.newsline.schemas.LeadImage;
import io.newsline.schemas.PageType;
import io.newsline.schemas.RawPage;
import io.newsline.schemas.TextBlock;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

/**
 * Turns a {@link RawPage} into a {@link CleanArticle} with the extraction library: the one mapping from
 * extraction's values to the contract, used by the ingest app and by {@code newsline extract}. A removed page
 * (takedown, HTTP 404/410) becomes an article flagged {@code removed} with no text, so publish can drop it from its
 * story. Thread-safe.
 */
public final class ArticleCleaner {

    private final ArticleExtractor extractor;

    public ArticleCleaner(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * @param page       the raw page
     * @param recordTime the raw record's timestamp, the fetch time when the page gives none
     */
    public Outcome<CleanArticle> clean(RawPage page, Instant recordTime) {
        String articleId = ArticleIds.of(page.getUrl());
        Instant fetchedAt = page.getFetchedAt() != null ? page.getFetchedAt() : recordTime;
        if (isRemoved(page)) {
            return Outcome.ok(removed(page, articleId, fetchedAt));
        }
        byte[] body = bytes(page.getBody());
        ExtractionResult result = extractor.extract(new PageInput(page.getUrl(), fetchedAt, page.getContentType(),
                body, page.getHeaders()));
        if (result instanceof ExtractionResult.Failed failed) {
            DeadLetterReason reason = switch (failed.reason()) {
                case OVERSIZE -> DeadLetterReason.OVERSIZE;
                case TOO_COMPLEX -> DeadLetterReason.TOO_COMPLEX;
                case UNDECODABLE -> DeadLetterReason.UNDECODABLE;
            };
            return new Outcome.Failed<>(reason, failed.message(), null, articleId, page.getUrl());
        }
        ExtractedArticle a = ((ExtractionResult.Extracted) result).article();
        PageLineage read = ((ExtractionResult.Extracted) result).lineage();
        return Outcome.ok(CleanArticle.newBuilder()
                .setArticleId(articleId)
                .setUrl(page.getUrl())
                .setCanonicalUrl(a.canonicalUrl())
                .setSiteName(a.siteName())
                .setTitle(a.title())
                .setSubtitle(a.subtitle())
                .setAuthors(a.authors())
                .setPublishedAt(a.publishedAt())
                .setPublishedLocal(a.publishedLocal())
                .setModifiedAt(a.modifiedAt())
                .setLanguage(a.language())
                .setLanguageConfidence(a.languageConfidence())
                .setSection(a.section())
                .setTags(a.tags())
                .setLeadImage(a.leadImageUrl() == null ? null : new LeadImage(a.leadImageUrl(), a.leadImageCaption()))
                .setDateline(a.dateline())
                .setCredit(a.credit())
                .setAgency(a.agency())
                .setCredits(a.credits().stream().map(e -> new AgencyCredit(e.agency(),
                        CreditKind.valueOf(e.kind().name()), e.text())).toList())
                .setPageType(a.pageType() == io.newsline.ingest.extract.PageType.ARTICLE ? PageType.ARTICLE : PageType.NOT_ARTICLE)
                .setPageTypeReason(a.pageTypeReason())
                .setBlocks(blocks(a.blocks()))
                .setText(a.text())
                .setFetchedAt(fetchedAt)
                .setCrawler(page.getSource())
                .setHttpStatus(page.getHttpStatus())
                .setRemoved(false)
                .setLineage(new ExtractionLineage(a.extractorVersion(), contentKind(page.getContentType(), body),
                        read.charset(), read.charsetReason(), read.truncated()))
                .build());
    }

    static boolean isRemoved(RawPage page) {
        Integer status = page.getHttpStatus();
        return page.getTakedown() || (status != null && (status == 404 || status == 410));
    }

    private static CleanArticle removed(RawPage page, String articleId, Instant fetchedAt) {
        return CleanArticle.newBuilder()
                .setArticleId(articleId)
                .setUrl(page.getUrl())
                .setPageType(PageType.UNKNOWN)
                .setPageTypeReason(page.getTakedown() ? "takedown" : "http " + page.getHttpStatus())
                .setFetchedAt(fetchedAt)
                .setCrawler(page.getSource())
                .setHttpStatus(page.getHttpStatus())
                .setRemoved(true)
                .setLineage(new ExtractionLineage(ArticleExtractor.VERSION, "none", null, null, List.of()))
                .build();
    }

    private static List<TextBlock> blocks(List<Block> blocks) {
        return blocks.stream().map(b -> new TextBlock(switch (b.kind()) {
            case PARAGRAPH -> BlockKind.PARAGRAPH;
            case HEADING -> BlockKind.HEADING;
            case LIST_ITEM -> BlockKind.LIST_ITEM;
            case QUOTE -> BlockKind.QUOTE;
        }, b.text())).toList();
    }

    private static String contentKind(String contentType, byte[] body) {
        if (contentType != null) {
            return contentType.toLowerCase(java.util.Locale.ROOT).contains("html") ? "html" : "text";
        }
        return "sniffed";
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
