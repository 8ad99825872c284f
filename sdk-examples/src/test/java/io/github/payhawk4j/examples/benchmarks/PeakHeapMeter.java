package io.github.payhawk4j.examples.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Measures the most heap a stretch of work occupied. Heap occupancy peaks just before a collection,
 * so the meter takes the heap used before each GC (from the collectors' notifications) and the heap
 * used when it is read, whichever is larger; that includes garbage not yet collected. The most heap
 * in use right after a full collection tells how much the work kept alive. The sum of the heap pools' own peaks is kept too; it is
 * an upper bound, as the pools need not peak at the same moment.
 */
public final class PeakHeapMeter implements AutoCloseable {

    private final AtomicLong peakBeforeGc = new AtomicLong();
    private final AtomicLong peakAfterFullGc = new AtomicLong();
    private final AtomicLong fullCollections = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = this::onNotification;
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Set<String> heapPoolNames = heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private PeakHeapMeter() {
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
    }

    /** Starts measuring from now: resets the pools' peaks and listens to the collectors. */
    public static PeakHeapMeter start() {
        return new PeakHeapMeter();
    }

    /** The most heap used at any point seen since {@link #start()}, in bytes. */
    public long peakUsedBytes() {
        return Math.max(peakBeforeGc.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /**
     * The most heap still in use right after a full collection since {@link #start()}, in bytes:
     * what was really reachable then (young collections leave dead old objects behind, full ones
     * do not); 0 if no full collection ran.
     */
    public long peakAfterFullGcBytes() {
        return peakAfterFullGc.get();
    }

    /** How many full collections ran since {@link #start()}. */
    public long fullCollections() {
        return fullCollections.get();
    }

    /** The sum of the heap pools' peak usage since {@link #start()}, in bytes: an upper bound of the peak. */
    public long poolPeakSumBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** How many collections ran since {@link #start()}. */
    public long collections() {
        return collections.get();
    }

    /** Stops listening to the collectors. */
    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : collectors) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing to stop.
            }
        }
    }

    private void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        collections.incrementAndGet();
        peakBeforeGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        if ("end of major GC".equals(info.getGcAction())) {
            fullCollections.incrementAndGet();
            peakAfterFullGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        }
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (heapPoolNames.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
