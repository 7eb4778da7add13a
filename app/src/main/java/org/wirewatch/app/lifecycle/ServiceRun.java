package org.wirewatch.app.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Services started together and closed in reverse order of start, so upstream stops feeding
 * before downstream commits and leaves; a command can also keep them up until Ctrl-C or SIGTERM.
 */
public final class ServiceRun {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRun.class);

    private final List<AutoCloseable> started = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Registers something to close at shutdown; returns it for chaining. */
    public <T extends AutoCloseable> T closeAtEnd(T service) {
        started.add(service);
        return service;
    }

    /** Blocks until the JVM is asked to stop; everything registered is closed by then. */
    public void awaitShutdown() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "wirewatch-shutdown"));
        stopped.await();
    }

    public void closeAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("error while stopping {}", started.get(i), e);
            }
        }
        started.clear();
        stopped.countDown();
    }
}
