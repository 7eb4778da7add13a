package org.wirewatch.ingest.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedsConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadEveryFieldAndDefaultTheOptionalOnes() throws Exception {
        // Given a file with one feed in full and one with only a name and URL
        Path file = write("""
                {"feeds": [
                  {"name": "harbour-wire", "url": "https://news.example.org/world.rss",
                   "interval": "PT2M", "language": "en", "enabled": false},
                  {"name": "valley-courier", "url": "http://courier.example.org/atom.xml"}
                ]}
                """);

        // When it is read
        List<FeedConfig> feeds = FeedsConfig.read(file);

        // Then
        assertThat(feeds)
                .containsExactly(
                        new FeedConfig(
                                "harbour-wire",
                                URI.create("https://news.example.org/world.rss"),
                                Duration.ofMinutes(2),
                                "en",
                                false),
                        new FeedConfig(
                                "valley-courier",
                                URI.create("http://courier.example.org/atom.xml"),
                                FeedConfig.DEFAULT_INTERVAL,
                                null,
                                true));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"feeds\": [{\"name\": \"a\", \"url\": \"https://a.example.org/rss\"}, {\"name\": \"a\", \"url\": \"https://b.example.org/rss\"}]}"
                        + "| two feeds are named 'a': give each feed its own name",
                "{\"feeds\": [{\"name\": \"a\", \"url\": \"ftp://a.example.org/rss\"}]}"
                        + "| feeds[0] (a): url 'ftp://a.example.org/rss' must be an absolute http or https URL",
                "{\"feeds\": [{\"name\": \"a\", \"url\": \"/rss\"}]}"
                        + "| feeds[0] (a): url '/rss' must be an absolute http or https URL",
                "{\"feeds\": [{\"name\": \"a\", \"url\": \"https://a.example.org/rss\", \"interval\": \"PT1S\"}]}"
                        + "| feeds[0] (a): interval PT1S must be between PT10S and PT24H",
                "{\"feeds\": [{\"name\": \"a\", \"url\": \"https://a.example.org/rss\", \"interval\": \"5 minutes\"}]}"
                        + "| feeds[0] (a): interval '5 minutes' is not an ISO-8601 duration such as PT5M",
                "{\"feeds\": [{\"name\": \"a\", \"url\": \"https://a.example.org/rss\", \"intervall\": \"PT5M\"}]}"
                        + "| feeds[0] (a): unknown field \"intervall\"",
                "{\"feeds\": [{\"url\": \"https://a.example.org/rss\"}]}| feeds[0]: \"name\" is missing",
                "{\"feeds\": [{\"name\": \"a b\", \"url\": \"https://a.example.org/rss\"}]}"
                        + "| feeds[0] (a b): name 'a b' must be 1 to 64 letters",
                "{\"feeds\": [{\"name\": \"a\", \"url\": \"https://a.example.org/rss\", \"enabled\": \"yes\"}]}"
                        + "| feeds[0] (a): \"enabled\" must be true or false",
                "[{\"name\": \"a\", \"url\": \"https://a.example.org/rss\"}]| must be an object with a \"feeds\" array",
                "{\"feeds\": [{\"name\": \"a\",| is not valid JSON"
            })
    void shouldRejectAFileWithAReasonNamingTheFeedAndField(String json, String reason) throws Exception {
        Path file = write(json);

        assertThatThrownBy(() -> FeedsConfig.read(file))
                .isInstanceOf(InvalidFeedsException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(reason.strip());
    }

    @Test
    void shouldNameQuickStartFeedsAfterTheirHostsAndKeepNamesUnique() {
        List<FeedConfig> feeds = FeedsConfig.quickStart(List.of(
                "https://www.news.example.org/world.rss",
                "https://news.example.org/europe.rss",
                "http://127.0.0.1:8080/feed"));

        assertThat(feeds)
                .extracting(FeedConfig::name)
                .containsExactly("news.example.org", "news.example.org-2", "127.0.0.1");
        assertThat(feeds).allSatisfy(feed -> assertThat(feed.interval()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void shouldRefuseAFeedOfTheCommandLineNamedLikeOneOfTheFile() throws Exception {
        List<FeedConfig> file = FeedsConfig.read(
                write("{\"feeds\": [{\"name\": \"news.example.org\", \"url\": \"https://news.example.org/a.rss\"}]}"));

        assertThatThrownBy(() ->
                        FeedsConfig.combine(FeedsConfig.quickStart(List.of("https://news.example.org/b.rss")), file))
                .isInstanceOf(InvalidFeedsException.class)
                .hasMessageContaining("two feeds are named 'news.example.org'");
    }

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("feeds.json"), json);
    }
}
