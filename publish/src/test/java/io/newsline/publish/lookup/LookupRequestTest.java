package io.newsline.publish.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookupRequestTest {

    @Test
    void readsThePageTheRecentListAStoryIdAndAnEncodedUrl() {
        assertThat(LookupRequest.parse("/", null)).isEqualTo(new LookupRequest.Page());
        assertThat(LookupRequest.parse("/stories", null)).isEqualTo(new LookupRequest.Recent());
        assertThat(LookupRequest.parse("/stories/s-2ec5e526aee228989ead113e7af4f6e7", null))
                .isEqualTo(new LookupRequest.ById("s-2ec5e526aee228989ead113e7af4f6e7"));
        assertThat(LookupRequest.parse("/stories", "url=https%3A%2F%2Fwww.example.com%2Fa%3Fid%3D1%26utm_source%3Dx"))
                .isEqualTo(new LookupRequest.ByUrl("https://www.example.com/a?id=1&utm_source=x"));
    }

    @Test
    void readsTheHtmlPageOfAStoryByIdAndTheSearchByUrl() {
        assertThat(LookupRequest.parse("/story/s-2ec5e526aee228989ead113e7af4f6e7", null))
                .isEqualTo(new LookupRequest.ById("s-2ec5e526aee228989ead113e7af4f6e7", true));
        assertThat(LookupRequest.parse("/story", "url=https%3A%2F%2Fwww.example.com%2Fa"))
                .isEqualTo(new LookupRequest.ByUrl("https://www.example.com/a", true));
        assertThat(LookupRequest.parse("/story", "url=")).isEqualTo(new LookupRequest.Bad("url is empty", true));
        assertThat(LookupRequest.parse("/story", null)).isInstanceOf(LookupRequest.Bad.class)
                .extracting(LookupRequest::html).isEqualTo(true);
        assertThat(LookupRequest.parse("/stories/s-1", null).html()).isFalse();
        assertThat(LookupRequest.parse("/", null).html()).isTrue();
        assertThat(LookupRequest.parse("/story/a b", null)).isEqualTo(new LookupRequest.Bad("not a story id: a b", true));
    }

    @Test
    void refusesMalformedRequestsWithAReasonAndUnknownPathsAsMissing() {
        assertThat(LookupRequest.parse("/stories", "url=")).isEqualTo(new LookupRequest.Bad("url is empty"));
        assertThat(LookupRequest.parse("/stories", "url=ftp%3A%2F%2Fx")).isInstanceOf(LookupRequest.Bad.class);
        assertThat(LookupRequest.parse("/stories", "id=1")).isInstanceOf(LookupRequest.Bad.class);
        assertThat(LookupRequest.parse("/stories", "url=https%3A%2F%2Fa&url=https%3A%2F%2Fb"))
                .isEqualTo(new LookupRequest.Bad("url given more than once"));
        assertThat(LookupRequest.parse("/stories/a b", null)).isInstanceOf(LookupRequest.Bad.class);
        assertThat(LookupRequest.parse("/stories/a/b", null)).isInstanceOf(LookupRequest.Bad.class);
        assertThat(LookupRequest.parse("/favicon.ico", null)).isEqualTo(new LookupRequest.NoSuchPath("/favicon.ico"));
    }
}
