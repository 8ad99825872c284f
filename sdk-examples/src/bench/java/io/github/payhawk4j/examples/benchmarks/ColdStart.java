package io.github.payhawk4j.examples.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.expense.Expense;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Cold start: from process start to the first expense printed, a new JVM per run, the SDK's
 * {@code client.expenses().get(id)} against the bare JDK {@code HttpClient} and Jackson into a {@code Map}, in
 * alternating order against one local server (in this process, so it does not count). Also counts the classes
 * each loads ({@code -Xlog:class+load}) and the CPU time each has used, all its threads, when its first line
 * arrives. Prints the median ratio (bare time / SDK time) and its range, and the medians of the CPU times: on a
 * busy machine the CPU a JVM needs is what stretches its wall-clock time, and it moves less with the load.
 * Last, where each side's time goes: the median JVM uptime at which the first class of each of its steps was
 * loaded (from the same class-load log), so a step's cost is the difference to the next one.
 *
 * <pre>java -cp &lt;test classpath&gt; io.github.payhawk4j.examples.benchmarks.ColdStart [runs]</pre>
 */
public final class ColdStart {

    private static final String ACCOUNT = "acme_ltd_5f2c";
    private static final String PATH = "/api/v3/accounts/" + ACCOUNT + "/expenses/4821";

    /** Each side's steps, in order: a label and the first class the step loads (-Xlog:class+load names). */
    private static final String[][] SDK_STEPS = {
            {"main", ColdStart.class.getName()},
            {"client builder", "io.github.payhawk4j.client.PayhawkClient"},
            {"JDK HttpClient", "jdk.internal.net.http.HttpClientImpl"},
            {"SDK layers", "io.github.payhawk4j.client.SdkVersion"},
            {"slf4j", "org.slf4j.LoggerFactory"},
            {"JSON mapper", "io.github.payhawk4j.json.PayhawkJson"},
            {"services", "io.github.payhawk4j.client.AccountScope"},
            {"request sent", "jdk.internal.net.http.MultiExchange"},
            {"typed read", "io.github.payhawk4j.model.expense.Expense$Builder"},
            {"exit", "java.lang.Shutdown"}};
    private static final String[][] BARE_STEPS = {
            {"main", ColdStart.class.getName()},
            {"JDK HttpClient", "jdk.internal.net.http.HttpClientImpl"},
            {"request built", "jdk.internal.net.http.HttpRequestBuilderImpl"},
            {"request sent", "jdk.internal.net.http.MultiExchange"},
            {"JSON mapper", "com.fasterxml.jackson.databind.ObjectMapper"},
            {"Map read", "com.fasterxml.jackson.databind.deser.std.UntypedObjectDeserializer"},
            {"exit", "java.lang.Shutdown"}};

    private ColdStart() {
    }

    /** Runs the comparison ({@code runs} pairs, default 10), or one side when called as a child process. */
    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            child(args[0], args[1]);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        try (FixedResponseApiServer api = FixedResponseApiServer.start(Map.of(PATH, ExpenseFixture.expense()),
                "application/json")) {
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<Double> ratios = new ArrayList<>();
            List<Long> sdkTimes = new ArrayList<>();
            List<Long> bareTimes = new ArrayList<>();
            List<Long> sdkCpu = new ArrayList<>();
            List<Long> bareCpu = new ArrayList<>();
            List<double[]> sdkSteps = new ArrayList<>();
            List<double[]> bareSteps = new ArrayList<>();
            long sdkNanos = 0;
            long bareNanos = 0;
            int sdkClasses = 0;
            int bareClasses = 0;
            for (int i = 0; i < runs; i++) {
                boolean sdkFirst = i % 2 == 0;
                ChildRun first = run(sdkFirst ? "sdk" : "bare", api.baseUrl());
                ChildRun second = run(sdkFirst ? "bare" : "sdk", api.baseUrl());
                ChildRun sdk = sdkFirst ? first : second;
                ChildRun bare = sdkFirst ? second : first;
                sdkNanos += sdk.firstLineNanos();
                bareNanos += bare.firstLineNanos();
                sdkTimes.add(sdk.firstLineNanos());
                bareTimes.add(bare.firstLineNanos());
                sdkCpu.add(sdk.cpuNanos());
                bareCpu.add(bare.cpuNanos());
                sdkSteps.add(sdk.stepMillis());
                bareSteps.add(bare.stepMillis());
                sdkClasses = sdk.classes();
                bareClasses = bare.classes();
                ratios.add((double) bare.firstLineNanos() / sdk.firstLineNanos());
            }
            Collections.sort(ratios);
            Collections.sort(sdkTimes);
            Collections.sort(bareTimes);
            Collections.sort(sdkCpu);
            Collections.sort(bareCpu);
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf("cold start, %d runs each: SDK %.0f ms, bare %.0f ms; bare / SDK median %.3f (%.3f to %.3f);"
                            + " classes loaded: SDK %d, bare %d%n", runs, sdkNanos / 1e6 / runs, bareNanos / 1e6 / runs,
                    ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1), sdkClasses, bareClasses);
            // The medians of each side, and the machine's load (1-minute average) before and after the runs.
            System.out.printf("cold start medians: SDK %.0f ms, bare %.0f ms; load average %.2f before, %.2f after%n",
                    sdkTimes.get(sdkTimes.size() / 2) / 1e6, bareTimes.get(bareTimes.size() / 2) / 1e6, loadBefore, loadAfter);
            double sdkCpuMedian = sdkCpu.get(sdkCpu.size() / 2) / 1e6;
            double bareCpuMedian = bareCpu.get(bareCpu.size() / 2) / 1e6;
            System.out.printf("cold start CPU to the first line, medians: SDK %.0f ms, bare %.0f ms; bare / SDK %.3f%n",
                    sdkCpuMedian, bareCpuMedian, bareCpuMedian / sdkCpuMedian);
            System.out.println("cold start steps, median JVM uptime in ms when each began: SDK " + steps(SDK_STEPS, sdkSteps)
                    + "; bare " + steps(BARE_STEPS, bareSteps));
        }
    }

    /**
     * One child JVM: nanoseconds from process start to its first line, classes loaded, the CPU nanoseconds it had
     * used when its first line arrived (-1 where the system does not tell), and when each of its steps began
     * (JVM uptime in ms, NaN for a step it did not show).
     */
    private record ChildRun(long firstLineNanos, int classes, long cpuNanos, double[] stepMillis) {
    }

    /** Starts a JVM for {@code side} and measures it. */
    private static ChildRun run(String side, String baseUrl) throws IOException, InterruptedException {
        // A file the JVM creates itself: given an existing one, it keeps that as "<name>.0" and writes a new one.
        Path logDirectory = Files.createTempDirectory("cold-start-" + side);
        Path classLog = logDirectory.resolve("class-load.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load:file=" + classLog,
                "-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), side, baseUrl)
                .redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        long firstLine;
        long cpu;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            firstLine = System.nanoTime() - start;
            cpu = process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
            if (line == null || !line.contains("4821")) {
                throw new IllegalStateException(side + " printed " + line);
            }
            while (out.readLine() != null) {
                // drain
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(side + " exited with " + process.exitValue());
        }
        List<String> lines = Files.readAllLines(classLog, StandardCharsets.UTF_8);
        Files.delete(classLog);
        Files.delete(logDirectory);
        String[][] steps = side.equals("sdk") ? SDK_STEPS : BARE_STEPS;
        double[] stepMillis = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            stepMillis[i] = firstLoadedMillis(lines, steps[i][1]);
        }
        return new ChildRun(firstLine, lines.size(), cpu, stepMillis);
    }

    /** The uptime in ms at which {@code className} was loaded, from lines such as "[0.123s][info][class,load] name source: ...". */
    private static double firstLoadedMillis(List<String> classLoadLog, String className) {
        String loaded = "] " + className + " ";
        for (String line : classLoadLog) {
            if (line.contains(loaded) && line.startsWith("[")) {
                return Double.parseDouble(line.substring(1, line.indexOf("s]"))) * 1000;
            }
        }
        return Double.NaN;
    }

    /** "label median, label median, ..." over the runs; a step a JDK version does not show is "n/a". */
    private static String steps(String[][] steps, List<double[]> runs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.length; i++) {
            List<Double> times = new ArrayList<>();
            for (double[] run : runs) {
                if (!Double.isNaN(run[i])) {
                    times.add(run[i]);
                }
            }
            Collections.sort(times);
            text.append(i == 0 ? "" : ", ").append(steps[i][0]).append(' ')
                    .append(times.isEmpty() ? "n/a" : String.format("%.0f", times.get(times.size() / 2)));
        }
        return text.toString();
    }

    private static void child(String side, String baseUrl) throws Exception {
        if (side.equals("sdk")) {
            PayhawkClient client = PayhawkClient.builder().apiKey("benchmark-key").accountId(ACCOUNT).baseUrl(baseUrl)
                    .build();
            Expense expense = client.expenses().get("4821");
            System.out.println("expense " + expense.id() + " " + expense.reconciliation().totalAmount());
        } else {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                    .timeout(Duration.ofSeconds(30))
                    .header("X-Payhawk-ApiKey", "benchmark-key")
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Map<?, ?> expense = new ObjectMapper().readValue(response.body(), Map.class);
            System.out.println("expense " + expense.get("id") + " " + ((Map<?, ?>) expense.get("reconciliation")).get("totalAmount"));
        }
        System.out.flush();
        System.exit(0);
    }
}
