package org.wirewatch.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test inputs: the fixed clock every reading test uses, and the story files under {@code stories/}. */
final class Inputs {

    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Inputs() {}

    static StoryReader reader() {
        return new StoryReader(FormatSettings.defaults(CLOCK));
    }

    static byte[] resource(String name) {
        try (InputStream in = Inputs.class.getResourceAsStream("/stories/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test story " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
