package org.wirewatch.processor.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds states in text by their names, adjectives and metonyms, read from a data file ({@code
 * states.tsv}: code, form, names). Matching is on whole words, case-sensitive, longest name first,
 * by hashing windows of up to four tokens — linear in the text, unlike a regex alternation.
 */
public final class StateGazetteer {

    private static final String RESOURCE = "/org/wirewatch/processor/gazetteer/states.tsv";
    private static final int MAX_WORDS = 4;
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}\\-]*");

    private final Map<String, Entry> names;

    private record Entry(String code, NameForm form) {}

    private record Token(String text, int start, int end) {}

    private StateGazetteer(Map<String, Entry> names) {
        this.names = Map.copyOf(names);
    }

    /** The gazetteer shipped with wirewatch. */
    public static StateGazetteer standard() {
        try (InputStream in = StateGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StateGazetteer parse(BufferedReader reader) throws IOException {
        Map<String, Entry> names = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalArgumentException("gazetteer line needs code, form, names: " + line);
            }
            Entry entry = new Entry(cols[0], NameForm.valueOf(cols[1].toUpperCase(Locale.ROOT)));
            for (String name : cols[2].split("\\|")) {
                names.put(key(tokens(name)), entry);
            }
        }
        return new StateGazetteer(names);
    }

    /** Every state named in {@code text}, in order of appearance, without overlaps. */
    public List<StateMention> find(String text) {
        List<Token> tokens = tokens(text);
        List<StateMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = longestMatch(tokens, i, found, text);
            i += Math.max(matched, 1);
        }
        return found;
    }

    private int longestMatch(List<Token> tokens, int i, List<StateMention> found, String text) {
        for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
            Entry entry = names.get(key(tokens.subList(i, i + n)));
            if (entry != null) {
                int start = tokens.get(i).start();
                int end = tokens.get(i + n - 1).end();
                found.add(new StateMention(entry.code(), entry.form(), text.substring(start, end), start, end));
                return n;
            }
        }
        return 0;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }

    private static String key(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(sb.isEmpty() ? "" : " ").append(t.text());
        }
        return sb.toString();
    }
}
