package org.wirewatch.app.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import org.wirewatch.model.json.Json;

/** Writes replay outputs as JSON lines {@code {"topic": ..., "key": ..., "value": {...}}}. */
public final class JsonLines implements Consumer<Replay.Output> {

    private final ObjectMapper mapper = Json.mapper();
    private final Writer out;

    public JsonLines(Writer out) {
        this.out = out;
    }

    @Override
    public void accept(Replay.Output output) {
        ObjectNode line = mapper.createObjectNode();
        line.put("topic", output.topic());
        line.put("key", output.key());
        line.set("value", mapper.valueToTree(output.value()));
        try {
            out.write(mapper.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
