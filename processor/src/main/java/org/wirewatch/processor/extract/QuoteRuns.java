package org.wirewatch.processor.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.wirewatch.processor.text.Sentence;

/**
 * Quotations that run over several sentences, attributed only where they close: '"We have not
 * supplied Russia with drones. These reports are baseless," spokesman Nasser Kanaani said.' The
 * first sentence is Kanaani's too.
 */
final class QuoteRuns {

    /** Longest run of sentences followed: a quote left open by mistake must not swallow a story. */
    private static final int MAX_SENTENCES = 5;

    private QuoteRuns() {}

    /** For each sentence that opens a quote it does not close: the index of the sentence closing it. */
    static Map<Integer, Integer> closers(List<Sentence> sentences) {
        return closing(sentences, text -> opensQuote(text) && quoteMarks(text) % 2 == 1);
    }

    /**
     * For each sentence that leaves a quotation open after attributing it ('Peskov said: "We are
     * neighbours.'): the index of the sentence closing it. The sentences up to there are the same
     * speaker's.
     */
    static Map<Integer, Integer> continuations(List<Sentence> sentences) {
        return closing(sentences, text -> !opensQuote(text) && leavesQuoteOpen(text));
    }

    /** For each sentence {@code leftOpen} accepts, the next sentence within reach that closes the quote. */
    private static Map<Integer, Integer> closing(List<Sentence> sentences, Predicate<String> leftOpen) {
        Map<Integer, Integer> closers = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!leftOpen.test(sentences.get(i).text())) {
                continue;
            }
            for (int j = i + 1; j < sentences.size() && j <= i + MAX_SENTENCES; j++) {
                if (quoteMarks(sentences.get(j).text()) % 2 == 1) {
                    closers.put(i, j);
                    break;
                }
            }
        }
        return closers;
    }

    /** An odd number of quote marks, the last of them opening: words follow it, not a space. */
    private static boolean leavesQuoteOpen(String text) {
        int last = Math.max(text.lastIndexOf('"'), Math.max(text.lastIndexOf('\u201C'), text.lastIndexOf('\u201D')));
        return quoteMarks(text) % 2 == 1
                && last + 1 < text.length()
                && text.charAt(last) != '\u201D'
                && Character.isLetterOrDigit(text.charAt(last + 1));
    }

    /**
     * Who speaks a quotation standing alone right after an attributed one in the same paragraph:
     * '"It is right that we are doing this," he said. "We stand firmly at Ukraine's side."' Both are
     * his; a quotation in a paragraph of its own, or after narration, is nobody's yet.
     */
    static Optional<Speaker> speakerGoingOn(
            String body, Sentence previous, Sentence sentence, Optional<Speaker> voice) {
        String text = sentence.text().strip();
        boolean standsAlone = opensQuote(text)
                && quoteMarks(text) == 2
                && CLOSES_AT_END.matcher(text).find();
        boolean sameParagraph = previous.end() <= sentence.start()
                && body.substring(previous.end(), sentence.start()).indexOf('\n') < 0;
        boolean attributed = quoteMarks(previous.text()) % 2 == 0
                && quoteMarks(previous.text()) > 0
                && !CLOSES_AT_END.matcher(previous.text().strip()).find();
        return standsAlone && sameParagraph && attributed ? voice : Optional.empty();
    }

    private static final java.util.regex.Pattern CLOSES_AT_END =
            org.wirewatch.processor.text.Alternatives.pattern("[\"\u201D]\\W*$");

    /** The words after the closing quote mark: where the attribution is. */
    static String attribution(String closing) {
        int last = Math.max(closing.lastIndexOf('"'), closing.lastIndexOf('\u201D'));
        return last < 0 ? closing : closing.substring(last + 1);
    }

    /** Whether {@code position} lies between quotation marks of a sentence that opens and closes them. */
    static boolean quoted(String text, int position) {
        return quoteMarks(text.substring(0, position)) % 2 == 1;
    }

    private static boolean opensQuote(String text) {
        return !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '\u201C');
    }

    private static int quoteMarks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                count++;
            }
        }
        return count;
    }
}
