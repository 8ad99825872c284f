package io.github.payhawk4j.examples.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the figures of docs/performance.md from JMH's JSON results: for each alternating
 * benchmark the SDK's and the baseline's time per operation and the SDK's throughput as a share
 * of the baseline's (with the lowest and highest share over the iterations), then the other
 * benchmarks' scores with their allocation per operation and counters.
 * Usage: {@code BenchmarkReport target/jmh-results.json}.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** Reads the results file named by the first argument and prints the tables. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BenchmarkReport <jmh-results.json>");
        }
        JsonNode results = new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[0])));
        System.out.println();
        System.out.println("SDK against baseline, alternating (throughput share = baseline time / SDK time):");
        System.out.printf(Locale.ROOT, "%-44s %14s %14s %8s %16s%n", "benchmark", "SDK us/op", "baseline us/op",
                "share", "per iteration");
        for (JsonNode result : results) {
            JsonNode sdk = result.path("secondaryMetrics").path("sdkNanos");
            JsonNode baseline = result.path("secondaryMetrics").path("baselineNanos");
            JsonNode pairs = result.path("secondaryMetrics").path("pairs");
            if (sdk.isMissingNode() || baseline.isMissingNode() || pairs.isMissingNode()) {
                continue;
            }
            List<Double> sdkRaw = raw(sdk);
            List<Double> baselineRaw = raw(baseline);
            double lowest = Double.MAX_VALUE;
            double highest = 0;
            for (int i = 0; i < sdkRaw.size(); i++) {
                double share = baselineRaw.get(i) / sdkRaw.get(i);
                lowest = Math.min(lowest, share);
                highest = Math.max(highest, share);
            }
            double pairCount = sum(raw(pairs));
            System.out.printf(Locale.ROOT, "%-44s %14.1f %14.1f %8.3f %7.3f..%.3f%n", name(result),
                    sum(sdkRaw) / pairCount / 1000, sum(baselineRaw) / pairCount / 1000,
                    sum(baselineRaw) / sum(sdkRaw), lowest, highest);
        }
        System.out.println();
        System.out.println("Other figures:");
        for (JsonNode result : results) {
            if (result.path("secondaryMetrics").has("sdkNanos")) {
                continue;
            }
            JsonNode primary = result.path("primaryMetric");
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-44s %12.3f %-6s", name(result),
                    primary.path("score").asDouble(), primary.path("scoreUnit").asText()));
            for (Map.Entry<String, JsonNode> metric : result.path("secondaryMetrics").properties()) {
                String key = metric.getKey();
                double score = metric.getValue().path("score").asDouble();
                if (key.equals("gc.alloc.rate.norm")) {
                    line.append(String.format(Locale.ROOT, "  alloc %.2f MB/op", score / 1_000_000));
                } else if (!key.startsWith("gc.")) {
                    line.append(String.format(Locale.ROOT, "  %s %.1f", key, score));
                }
            }
            System.out.println(line);
        }
    }

    private static String name(JsonNode result) {
        String benchmark = result.path("benchmark").asText();
        int method = benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1);
        return benchmark.substring(method + 1);
    }

    private static List<Double> raw(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode iteration : fork) {
                values.add(iteration.asDouble());
            }
        }
        return values;
    }

    private static double sum(List<Double> values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
