package org.wirewatch.alerts.api;

/** A request the API cannot answer as asked; answered with 400 and this message. */
public final class BadQuery extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadQuery(String message) {
        super(message);
    }
}
