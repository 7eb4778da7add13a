package org.wirewatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.model.Story;

class StoryMixTest {

    @TempDir
    Path fillerDir;

    @Test
    void shouldFillTheIrrelevantShareWithPlainStoriesRoundRobin() throws Exception {
        // Given two ordinary stories in a filler folder
        Files.createDirectories(fillerDir.resolve("stories"));
        writeNinjs("rain", "Rain expected in the north");
        writeNinjs("cup", "Home side wins the cup final");

        // When the two relevant stories of the eval corpus make up a fifth of the mix
        StoryMix mix = StoryMix.of(corpus(), StoryMix.Filler.PLAIN, fillerDir, 0.2);

        // Then eight filler stories, alternating, spread four after each relevant one
        assertThat(mix.relevant()).isEqualTo(2);
        assertThat(mix.stories()).hasSize(10);
        assertThat(mix.relevantShare()).isEqualTo(0.2);
        assertThat(mix.stories().subList(1, 5))
                .extracting(Story::id)
                .containsExactly("urn:filler:cup", "urn:filler:rain", "urn:filler:cup", "urn:filler:rain");
        assertThat(mix.stories().get(5).id()).doesNotStartWith("urn:filler:");
    }

    @Test
    void shouldFillWithTheCorpusDecoysWhenAsked() throws Exception {
        StoryMix mix = StoryMix.of(corpus(), StoryMix.Filler.DECOYS, fillerDir, 0.5);

        assertThat(mix.stories()).hasSize(4);
        assertThat(List.of(mix.stories().get(1), mix.stories().get(3)))
                .allMatch(story -> story.equals(mix.stories().get(1)));
    }

    @Test
    void shouldTakeOnlyRelevantStoriesAtShareOne() throws Exception {
        StoryMix mix = StoryMix.of(corpus(), StoryMix.Filler.PLAIN, fillerDir.resolve("absent"), 1.0);

        assertThat(mix.stories()).hasSize(2);
    }

    @Test
    void shouldRejectAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> StoryMix.of(corpus(), StoryMix.Filler.DECOYS, fillerDir, 0))
                .hasMessageContaining("relevant share");
    }

    @Test
    void shouldRefuseToMixWithNoFiller() {
        Story story = new Story("a", "s", null, "h", "b", Instant.EPOCH, Instant.EPOCH, "en", null, null);

        assertThatThrownBy(() -> StoryMix.mix(List.of(story), List.of(), StoryMix.Filler.PLAIN, 0.5))
                .hasMessageContaining("no plain filler");
    }

    private void writeNinjs(String slug, String headline) throws Exception {
        Files.writeString(
                fillerDir.resolve("stories").resolve(slug + ".json"), """
                {"uri": "urn:filler:%s", "versioncreated": "2025-01-01T00:00:00Z",
                 "headline": "%s", "body_text": "%s, the weather office said on Monday.", "source": "Wire"}
                """.formatted(slug, headline, headline));
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(StoryMixTest.class.getResource("/eval-corpus").toURI());
    }
}
