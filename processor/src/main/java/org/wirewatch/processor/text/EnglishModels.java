package org.wirewatch.processor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's English UD models, read from the model jars on the classpath (the constructors that
 * take a language name would download them). Only the sentence model is used: the cues read
 * surface text, their patterns spell out the inflections, and tagging parts of speech would cost
 * about five times the whole extraction (see the README). Models are immutable and shared by all
 * threads; the {@code *ME} tools built on them are not, and are made per thread by their users.
 */
public record EnglishModels(SentenceModel sentences) {

    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    public static EnglishModels load() {
        try (InputStream sentences = open(SENTENCES)) {
            return new EnglishModels(new SentenceModel(sentences));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }
}
