package org.wirewatch.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits wire text into sentences, keeping offsets into the original text. Rule-based: a sentence
 * ends at '.', '!' or '?' (plus closing quotes) followed by white space and an upper-case letter or
 * an opening quote, unless the word before the dot is a known abbreviation ("Mr.", "U.S.").
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "prof", "st", "jan", "feb", "aug", "sept",
            "oct", "nov", "dec", "no", "vs", "u.s", "u.k", "u.n", "e.u", "inc", "corp", "ltd", "co", "jr", "sr", "adm",
            "maj", "capt", "sgt", "pres", "amb");

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paragraphBreak = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (paragraphBreak || (isTerminator(c) && endsSentence(text, i))) {
                int end = closeQuotes(text, i + 1);
                add(sentences, text, start, paragraphBreak ? i : end);
                start = skipSpace(text, end);
                i = start - 1;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean endsSentence(String text, int i) {
        int next = closeQuotes(text, i + 1);
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int following = skipSpace(text, next);
        if (following >= text.length()) {
            return true;
        }
        char f = text.charAt(following);
        boolean opensSentence = Character.isUpperCase(f) || Character.isDigit(f) || isOpeningQuote(f);
        return opensSentence && !(text.charAt(i) == '.' && afterAbbreviation(text, i));
    }

    private static boolean afterAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\'' || c == '\u2018';
    }

    private static int closeQuotes(String text, int i) {
        while (i < text.length() && "\"'\u201D\u2019)".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(text.substring(start, end), start, end));
        }
    }
}
