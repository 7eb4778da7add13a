package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryIdsTest {

    @Test
    void shouldHashWithSha256InLowerCaseHex() {
        // SHA-256("abc") is the FIPS 180-2 test vector; "abc" is already normalized.
        assertThat(StoryIds.ofText("abc"))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(StoryIds.ofUrl("abc")).isEqualTo(StoryIds.ofText("abc"));
    }

    @Test
    void shouldCanonicalizeUrls() {
        assertThat(StoryIds.canonicalUrl(" HTTPS://Wire.Example.org:443/a/b?utm_source=x&id=7&utm_medium=rss#top "))
                .isEqualTo("https://wire.example.org/a/b?id=7");
        assertThat(StoryIds.canonicalUrl("http://example.org:8080")).isEqualTo("http://example.org:8080/");
        assertThat(StoryIds.canonicalUrl("not a url")).isEqualTo("not a url");
    }

    @Test
    void shouldNormalizeTextForIdentity() {
        assertThat(StoryIds.normalizedText("  Tehran\u00A0DENIED\n\tthe  report \uFF01"))
                .isEqualTo("tehran denied the report !");
    }
}
