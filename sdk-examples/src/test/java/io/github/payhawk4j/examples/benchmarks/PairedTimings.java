package io.github.payhawk4j.examples.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Times the SDK and its baseline doing the same work in alternation, one operation each per
 * benchmark call, so that both meet the same machine load at the same moment. On a shared
 * machine the load swings from one second to the next; measured one after the other, the two
 * would be compared under different loads, but alternated, their ratio holds steady.
 * JMH reports the sums per iteration; {@link BenchmarkReport} turns them into times and ratios.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairedTimings {

    /** Nanoseconds the SDK's operations took in this iteration. */
    public long sdkNanos;
    /** Nanoseconds the baseline's operations took in this iteration. */
    public long baselineNanos;
    /** Pairs of operations timed in this iteration. */
    public long pairs;

    /** Which side the next pair starts with; alternates so neither always runs on a warmer cache. */
    private boolean sdkFirst;

    /** One operation of a pair: the SDK's or the baseline's. */
    @FunctionalInterface
    interface Operation {
        /** Does the work once and returns its result, for the blackhole. */
        Object run() throws Exception;
    }

    /** Runs one SDK and one baseline operation, in alternating order, and adds each one's time to its sum. */
    void timePair(Operation sdk, Operation baseline, Blackhole blackhole) throws Exception {
        sdkFirst = !sdkFirst;
        Operation first = sdkFirst ? sdk : baseline;
        Operation second = sdkFirst ? baseline : sdk;
        long start = System.nanoTime();
        blackhole.consume(first.run());
        long middle = System.nanoTime();
        blackhole.consume(second.run());
        long firstNanos = middle - start;
        long secondNanos = System.nanoTime() - middle;
        sdkNanos += sdkFirst ? firstNanos : secondNanos;
        baselineNanos += sdkFirst ? secondNanos : firstNanos;
        pairs++;
    }

    /** Clears the sums before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
        sdkNanos = 0;
        baselineNanos = 0;
        pairs = 0;
    }
}
