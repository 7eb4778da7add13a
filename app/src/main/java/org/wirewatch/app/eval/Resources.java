package org.wirewatch.app.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU and heap a benchmark phase used, read from the JVM's management beans. CPU is summed over
 * threads, so on two cores it can reach twice the wall time.
 */
final class Resources {

    private final long processCpuAtStart;

    private Resources(long processCpuAtStart) {
        this.processCpuAtStart = processCpuAtStart;
    }

    /** Starts counting: process CPU from now, heap peaks reset. */
    static Resources start() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        return new Resources(processCpuNanos());
    }

    double processCpuSeconds() {
        return (processCpuNanos() - processCpuAtStart) / 1e9;
    }

    /**
     * CPU of the live threads Kafka Streams named after {@code applicationId} (its stream threads
     * and global thread, not the clients' network threads), since they started.
     */
    double threadCpuSeconds(String applicationId) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(applicationId)) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    /**
     * Sum of the heap pools' peaks since {@link #start()}: an upper bound of the heap in use at any
     * moment, since the pools need not peak together.
     */
    long peakHeapBytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes;
    }

    /** Heap still in use after a full collection: what the phase keeps live. */
    static long liveHeapBytes() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
