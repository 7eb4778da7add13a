package org.wirewatch.processor.extract;

/** What a sentence says about an act, as its wording signals. */
enum ClaimKind {
    /** "did not deny", "would neither confirm nor deny": checked before DENIAL, which it contains. */
    NON_DENIAL,
    DENIAL,
    REFUSAL,
    ADMISSION,
    PLEDGE,
    CONSIDERATION,
    /** No stance word: the sentence reports or alleges. */
    ASSERTION
}
