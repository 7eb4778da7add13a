package org.wirewatch.ingest.canon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a story that declares none, from OpenNLP's language detector (103 languages,
 * model jar {@code opennlp-models-langdetect}). Thread-safe: the model is shared, each thread has
 * its own detector.
 *
 * <p>When the detector is unsure the answer is {@link #DEFAULT_LANGUAGE}, English: it is what
 * {@code stories.raw} has always recorded for an undeclared language, and the wire services desks
 * read without a language tag are overwhelmingly English. Unsure means fewer than {@value
 * #MIN_LETTERS} letters (a headline fragment, a time stamp), or a best language below {@value
 * #MIN_CONFIDENCE} or less than {@value #MIN_LEAD} times as likely as the next. On one-sentence
 * texts the model gives its best language 0.1–0.3 and the next a third of that or less; on a few
 * words every language gets about 0.01.
 */
public final class LanguageDetection {

    public static final String DEFAULT_LANGUAGE = "en";

    static final int MIN_LETTERS = 20;
    static final double MIN_CONFIDENCE = 0.05;
    static final double MIN_LEAD = 2.0;
    /**
     * Only the headline and the start of the body are read: the model's cost grows with the text
     * (about 1.6 ms for 3 KB, 0.3 ms for this much) and a few sentences decide the language.
     */
    static final int SAMPLE_CHARS = 400;

    private static final String MODEL = "/langdetect-183.bin";

    private final ThreadLocal<LanguageDetectorME> detectors;

    LanguageDetection(LanguageDetectorModel model) {
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** The detection every source shares; the model (10 MB, about a second) is read on first use. */
    public static LanguageDetection shared() {
        return Shared.INSTANCE;
    }

    /** The ISO 639-1 code of the text's language, or {@link #DEFAULT_LANGUAGE} when unsure. */
    public String languageOf(String headline, String body) {
        String sample = sample(headline, body);
        if (letters(sample) < MIN_LETTERS) {
            return DEFAULT_LANGUAGE;
        }
        Map<String, Double> byCode = byTwoLetterCode(detectors.get().predictLanguages(sample));
        String best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<String, Double> language : byCode.entrySet()) {
            double confidence = language.getValue();
            if (confidence > first) {
                second = first;
                first = confidence;
                best = language.getKey();
            } else if (confidence > second) {
                second = confidence;
            }
        }
        boolean sure = best != null && first >= MIN_CONFIDENCE && first >= MIN_LEAD * second;
        return sure ? best : DEFAULT_LANGUAGE;
    }

    /**
     * Confidences summed per ISO 639-1 code: the model tells Iranian Persian ({@code pes}) from
     * Persian ({@code fas}), which splits one language's weight in two. Languages without a
     * two-letter code cannot be recorded and are left out.
     */
    private static Map<String, Double> byTwoLetterCode(Language[] languages) {
        Map<String, Double> byCode = new HashMap<>();
        for (Language language : languages) {
            Iso639.twoLetterCode(language.getLang())
                    .ifPresent(code -> byCode.merge(code, language.getConfidence(), Double::sum));
        }
        return byCode;
    }

    private static String sample(String headline, String body) {
        String text = (headline == null ? "" : headline) + "\n" + (body == null ? "" : body);
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int end = SAMPLE_CHARS;
        while (end > SAMPLE_CHARS / 2 && !Character.isWhitespace(text.charAt(end))) {
            end--; // end on a word boundary: a cut word is a word of no language
        }
        return text.substring(0, end);
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** Holder idiom: the model is read once per process, when first needed. */
    private static final class Shared {
        static final LanguageDetection INSTANCE = new LanguageDetection(readModel());

        private static LanguageDetectorModel readModel() {
            try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the OpenNLP language model " + MODEL, e);
            }
        }
    }
}
