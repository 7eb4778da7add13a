package org.wirewatch.app.eval;

/** Counts of one kind of tuple over a corpus, and the micro-averaged measures they give. */
record Score(int truePositives, int falsePositives, int falseNegatives) {

    static final Score ZERO = new Score(0, 0, 0);

    Score plus(Score other) {
        return new Score(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
