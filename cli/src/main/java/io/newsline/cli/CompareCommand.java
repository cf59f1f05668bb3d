package io.newsline.cli;

import io.newsline.cli.compare.RunComparison;
import io.newsline.cli.compare.RunOutput;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.json.AvroJson;
import io.newsline.runtime.topics.TopicCatalogue;
import io.newsline.runtime.topics.Topics;
import io.newsline.schemas.ArticleDecision;
import io.newsline.schemas.Story;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsline compare --shadow SUFFIX}: reads the decisions and stories of the live deployment and of a shadow
 * one (read_committed, to their current end) and reports how the two runs differ. Exit code 0 when they agree, 4 when
 * they differ.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare the live run's decisions and stories with a shadow run's (--shadow SUFFIX); exit 4 when they differ.")
final class CompareCommand implements Callable<Integer> {

    static final int DIFFERENT = 4;

    @Mixin
    ConfigOptions config;
    @Option(names = "--max-differences", paramLabel = "N", defaultValue = "50",
            description = "Print at most this many differences of each kind (default: ${DEFAULT-VALUE}).")
    int maxDifferences;

    @Override
    public Integer call() throws Exception {
        NewslineConfig shadowConfig = config.load();
        TopicCatalogue shadow = TopicCatalogue.of(shadowConfig);
        if (!shadow.isShadow()) {
            throw config.mistake("say which shadow deployment to compare with live: --shadow SUFFIX");
        }
        shadowConfig = config.connect();
        NewslineConfig liveConfig = shadowConfig.with(TopicCatalogue.SUFFIX_CONFIG, "");
        TopicCatalogue live = TopicCatalogue.of(liveConfig);
        KafkaCheck.requireTopics(liveConfig, config.timeout(), List.of(live.name(Topics.DECISIONS),
                live.name(Topics.STORIES), shadow.name(Topics.DECISIONS), shadow.name(Topics.STORIES)));
        RunComparison comparison = RunComparison.of(read(liveConfig, live), read(shadowConfig, shadow));
        print(comparison, shadow.suffix(), System.out);
        return comparison.agree() ? 0 : DIFFERENT;
    }

    private static RunOutput read(NewslineConfig config, TopicCatalogue topics) {
        RunOutput run = new RunOutput();
        try (TopicReader reader = new TopicReader(config, List.of(topics.name(Topics.DECISIONS),
                topics.name(Topics.STORIES)), true)) {
            reader.readToEnd(Duration.ofSeconds(60), r -> {
                Object value = TopicReader.decode(r.topic(), r.value());
                if (value instanceof ArticleDecision d) {
                    run.addDecision(d);
                } else if (r.topic().equals(topics.name(Topics.STORIES))
                        && (value == null || value instanceof Story)) {
                    run.addStory(r.key(), (Story) value);
                }
            });
        }
        return run;
    }

    private void print(RunComparison c, String suffix, PrintStream out) {
        out.printf("articles\tlive %d\tshadow %d\tdecided differently %d\tonly live %d\tonly shadow %d%n",
                c.liveArticles(), c.otherArticles(), c.decidedDifferently().size(), c.onlyLive().size(),
                c.onlyOther().size());
        c.relations().forEach((relation, counts) -> out.printf("relation\t%s\tlive %d\tshadow %d%n",
                AvroJson.symbol(relation), counts[0], counts[1]));
        out.printf("stories\tlive %d\tshadow %d\tsplit %d\tmerged %d%n", c.liveStories(), c.otherStories(),
                c.split().size(), c.merged().size());
        c.decidedDifferently().stream().limit(maxDifferences).forEach(d -> out.printf(
                "decided differently\t%s\t%s\tlive %s %s\tshadow %s %s%n", d.articleId(), d.url(),
                AvroJson.symbol(d.liveRelation()), d.liveStory(), AvroJson.symbol(d.otherRelation()), d.otherStory()));
        c.onlyLive().stream().limit(maxDifferences).forEach(id -> out.println("only live\t" + id));
        c.onlyOther().stream().limit(maxDifferences).forEach(id -> out.println("only shadow\t" + id));
        c.split().stream().limit(maxDifferences).forEach(s -> out.println("split\tlive " + s.story()
                + "\tshadow " + String.join(", ", s.stories())));
        c.merged().stream().limit(maxDifferences).forEach(s -> out.println("merged\tshadow " + s.story()
                + "\tlive " + String.join(", ", s.stories())));
        out.println(c.agree() ? "live and shadow " + suffix + " agree" : "live and shadow " + suffix + " differ");
    }
}
