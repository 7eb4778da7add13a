package org.wirewatch.testkit;

import java.util.Arrays;
import java.util.Locale;

/** Which broker the tests get, from the system property {@value #PROPERTY} (default auto). */
enum BrokerChoice {
    /** Testcontainers when a Docker engine answers, else the embedded broker. */
    AUTO,
    EMBEDDED,
    TESTCONTAINERS;

    static final String PROPERTY = "wirewatch.test.broker";

    static BrokerChoice fromSystemProperty() {
        return parse(System.getProperty(PROPERTY, AUTO.name()));
    }

    static BrokerChoice parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + " is not one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }
}
