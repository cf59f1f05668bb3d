package io.newsline.ingest.extract.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SiteRegistryTest {

    private final SiteRegistry bundled = SiteRegistry.bundled();

    @Test
    void urduPointIsInKarachiWithEnglishAndUrduSections() {
        SiteProfile site = bundled.forUrl("https://www.urdupoint.com/en/world/x.html");
        assertThat(site.timeZone()).isEqualTo(ZoneId.of("Asia/Karachi"));
        assertThat(site.metricsTag()).isTrue();
        assertThat(site.languageForPath("/en/world/x.html")).isEqualTo("en");
        assertThat(site.languageForPath("/urdu/world/x.html")).isEqualTo("ur");
    }

    @Test
    void lookupFallsBackFromWwwAndSubdomains() {
        assertThat(bundled.forHost("WWW.Dawn.com").name()).isEqualTo("Dawn");
        assertThat(bundled.forHost("www3.nhk.or.jp").name()).isEqualTo("NHK");
        assertThat(bundled.forHost("edition.cnn.com").timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        SiteProfile unknown = bundled.forUrl("https://unknown.example/a");
        assertThat(unknown.timeZone()).isNull();
        assertThat(unknown.metricsTag()).isFalse();
        assertThat(bundled.forHost("com").timeZone()).isNull();
    }

    @Test
    void bundledRegistryCoversManyCountries() {
        assertThat(bundled.size()).isGreaterThanOrEqualTo(150);
        assertThat(bundled.sites().stream().map(SiteProfile::country).distinct().count()).isGreaterThanOrEqualTo(40);
        assertThat(bundled.sites()).allSatisfy(s -> assertThat(s.name()).isNotBlank());
    }

    @Test
    void badEntriesAreRejectedWithTheSiteNamed() {
        String json = "{\"sites\":[{\"host\":\"x.example\",\"timeZone\":\"Mars/Olympus\"}]}";
        assertThatThrownBy(() -> SiteRegistry.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.example");
    }
}
