package org.wirewatch.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits a story body into sentences with their offsets. Lines are split first — wire copy and
 * scraped pages put one paragraph, caption or menu per line, and a sentence never spans two — then
 * OpenNLP's sentence model splits each line, with its mistakes around abbreviations corrected. Safe for concurrent use: each thread gets its own
 * detector.
 */
public final class SentenceSplitter {

    private static final Pattern LINE = Alternatives.pattern("[^\\n]+");

    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceSplitter(EnglishModels models) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences()));
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher line = LINE.matcher(text);
        SentenceDetectorME sentenceDetector = detector.get();
        while (line.find()) {
            if (line.group().isBlank()) {
                continue;
            }
            for (Span span : Abbreviations.correct(line.group(), sentenceDetector.sentPosDetect(line.group()))) {
                Span trimmed = span.trim(line.group());
                int start = line.start() + trimmed.getStart();
                int end = line.start() + trimmed.getEnd();
                if (end > start) {
                    sentences.add(new Sentence(text.substring(start, end), start, end));
                }
            }
        }
        return sentences;
    }
}
