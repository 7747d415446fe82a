package org.partnershipledger.deploy.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark suite: runs the built service jar in a process of its own on each store, drives it over real HTTP
 * and prints a table of figures (each the median of several runs) beside the machine, versions and settings, and
 * writes the same as JSON. Not part of the tests; see deploy/BENCHMARKS.md.
 */
public final class Benchmarks {

    private static final String BIG = "big";

    private final Path builtJar = Path.of(System.getProperty("bench.jar"));
    private Path jar;
    private final Path out = Path.of(System.getProperty("bench.out", "target/benchmarks"));
    private final int events = Integer.parseInt(setting("bench.events", "100000"));
    private final int runs = Integer.parseInt(setting("bench.runs", "3"));
    private final int seconds = Integer.parseInt(setting("bench.seconds", "10"));
    private final String axonServer = setting("bench.axonserver", "");
    private final String phases = setting("bench.phases", "all");
    /** Where to keep each store's data after the run (PostgreSQL's and the service's), to measure it again by hand. */
    private final String keep = setting("bench.keep", "");
    private final List<Figure> figures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Benchmarks().run(Arrays.asList(setting("bench.stores", "embedded,postgres").split(",")));
    }

    private static String setting(String name, String otherwise) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.startsWith("${") ? otherwise : value.strip();
    }

    private void run(List<String> stores) throws Exception {
        if (!Files.exists(builtJar)) {
            throw new IllegalStateException(builtJar + " is missing: build it first (./mvnw -q -DskipTests install)");
        }
        Files.createDirectories(out);
        // a copy of its own: building the project again while the suite runs must not change the service under test
        jar = Files.copy(builtJar, out.resolve("partnership-ledger.jar"), StandardCopyOption.REPLACE_EXISTING);
        List<String> all = new ArrayList<>(stores);
        if (!axonServer.isEmpty() && !all.contains("axonserver")) {
            all.add("axonserver");
        }
        for (String store : all) {
            say("== " + store);
            try {
                suite(store.strip());
            } finally {
                report();
            }
        }
    }

    private void suite(String store) throws Exception {
        Path kept = keep.isEmpty() ? null : Path.of(keep).toAbsolutePath().resolve(store);
        if (kept != null && Files.exists(kept)) {
            throw new IllegalStateException(kept + " exists: bench.keep needs a directory the suite can fill");
        }
        try (Store backing = Store.of(store, axonServer, kept == null ? null : kept.resolve("postgres"))) {
            startUp(store, backing);
            Path data = kept == null ? Files.createTempDirectory("bench-" + store)
                    : Files.createDirectories(kept.resolve("service"));
            try (Service service = Service.start(jar, data, backing.settings("bench"), out.resolve(store + ".log"))) {
                History history = fill(store, service.api);
                for (String layout : List.of("spread", "hot")) {
                    for (int clients : new int[]{1, 4, 16}) {
                        phase(store, "commands", () -> commands(store, service.api, layout, clients));
                    }
                }
                phase(store, "reads", () -> readsUnderLoad(store, service.api));
                phase(store, "as-of", () -> asOf(store, service.api, history));
                phase(store, "verify", () -> verify(store, service.api));
                phase(store, "rebuild", () -> rebuild(store, service));
            }
        }
    }

    private interface Phase {
        void run() throws Exception;
    }

    /**
     * Runs one measurement, if it is among {@code bench.phases} (cds, commands, reads, as-of, verify,
     * rebuild; all unless set — start-up and the fill always run); if it fails, says so in the results (as a figure with no value) and goes on with the
     * next — a long run's other figures are not lost to one failure.
     */
    private void phase(String store, String name, Phase phase) {
        if (!phases.equals("all") && !Arrays.asList(phases.split(",")).contains(name)) {
            return;
        }
        try {
            phase.run();
        } catch (Exception | OutOfMemoryError e) {
            say("  FAILED: " + name + ": " + e);
            figures.add(Figure.of(store, "FAILED: " + name, Double.NaN, "", String.valueOf(e)));
        }
    }

    /** Start-up of a fresh service on an empty store, to ready; memory at rest after a full collection. */
    private void startUp(String store, Store backing) throws Exception {
        List<Double> startMillis = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> resident = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path data = Files.createTempDirectory("bench-start");
            try (Service service = Service.start(jar, data, backing.settings("start" + run),
                    out.resolve(store + "-start.log"))) {
                startMillis.add((double) service.startMillis);
                Service.sleep(5000);
                service.collectGarbage();
                heap.add(service.heapUsedMib());
                resident.add(service.residentMib());
            }
        }
        figures.add(Figure.atMost(store, "start-up to ready, empty store", median(startMillis), "ms", 5000,
                "process start to /actuator/health/readiness UP"));
        phase(store, "cds", () -> startUpWithClassDataSharing(store, backing));
        figures.add(Figure.atMost(store, "heap in use at rest", median(heap), "MiB", 512,
                "5 s after ready, after a full GC (jcmd GC.run)"));
        figures.add(Figure.of(store, "resident memory at rest", median(resident), "MiB",
                "VmRSS, -Xmx" + Service.heap()));
    }

    /** Start-up as above, from the extracted jar with a class-data sharing archive made by a training run. */
    private void startUpWithClassDataSharing(String store, Store backing) throws Exception {
        Path log = out.resolve(store + "-start-cds.log");
        Path extracted = Service.trainClassDataSharing(jar, out.resolve("cds-" + store), backing.settings("train"),
                log);
        List<String> archive = List.of("-XX:SharedArchiveFile=" + extracted.resolveSibling("application.jsa"));
        List<Double> startMillis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path data = Files.createTempDirectory("bench-start");
            try (Service service = Service.start(extracted, archive, data, backing.settings("startcds" + run), log)) {
                startMillis.add((double) service.startMillis);
            }
        }
        figures.add(Figure.atMost(store, "start-up to ready, empty store, with a CDS archive", median(startMillis),
                "ms", 5000, "extracted jar, -XX:SharedArchiveFile from a training run (see deploy/README.md)"));
    }

    /**
     * When the long-lived partnership's history began (once it was established: an instant before that finds no
     * partnership), when half its events were in, and when it was full.
     */
    private record History(Instant first, Instant middle, Instant last) {
    }

    /** Fills one long-lived partnership with the given number of events through the API. */
    private History fill(String store, Api api) throws Exception {
        Mix.establish(api, BIG);
        Instant first = Instant.now();
        int clients = 8;
        AtomicLong done = new AtomicLong(8);
        AtomicReference<Instant> middle = new AtomicReference<>();
        Recorder latency = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            Mix mix = new Mix(api, BIG, "fill" + c, c);
            pool.submit(() -> {
                while (done.get() < events) {
                    long before = errors.get();
                    mix.step(latency, errors);
                    if (errors.get() == before && done.incrementAndGet() >= events / 2) {
                        middle.compareAndSet(null, Instant.now());
                    }
                }
                return null;
            });
        }
        long lastReport = System.nanoTime();
        long lastDone = done.get();
        while (done.get() < events) {
            Service.sleep(1000);
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(30)) {
                long now = done.get();
                double recent = (now - lastDone) / (Service.since(lastReport).toMillis() / 1000.0);
                say(String.format("  filling: %,d of %,d events, %.0f commands/s over the last 30 s", now, events,
                        recent));
                lastReport = System.nanoTime();
                lastDone = now;
            }
        }
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        double rate = done.get() / (Service.since(start).toMillis() / 1000.0);
        figures.add(Figure.of(store, String.format("fill: %,d events into one partnership, 8 clients", events), rate,
                "commands/s", "the mix on one long-lived partnership; " + errors.get() + " refused"));
        return new History(first, middle.get(), Instant.now());
    }

    /** The command mix at a number of concurrent clients, each run a fresh measurement window. */
    private void commands(String store, Api api, String layout, int clients) throws Exception {
        List<Double> throughput = new ArrayList<>();
        List<double[]> percentiles = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            String id = layout + "-" + clients + "-" + run;
            List<Mix> mixes = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String partnership = layout.equals("hot") ? BIG : id + "-" + c;
                if (!layout.equals("hot")) {
                    Mix.establish(api, partnership);
                }
                mixes.add(new Mix(api, partnership, id + "c" + c, run * 100L + c));
            }
            Measured measured = measure(mixes, m -> m.step(m.latency, m.errors));
            throughput.add(measured.count / (double) seconds);
            percentiles.add(measured.percentiles());
        }
        String name = "commands, " + clients + " client" + (clients == 1 ? "" : "s") + ", " + (layout.equals("hot")
                ? "one long-lived partnership" : "a partnership each");
        String how = "adopt+indicator 10%, pledge 35%, revise 15%, spend 25%, outcome 15% (after " + Mix.MAX_PRIORITIES
                + " priorities and " + Mix.MAX_PLEDGES + " pledges a client: revise, spend, outcome); " + seconds
                + " s windows";
        boolean target = clients == 16 && layout.equals("spread");
        figures.add(target ? Figure.atLeast(store, name + ": throughput", median(throughput), "commands/s", 3000, how)
                : Figure.of(store, name + ": throughput", median(throughput), "commands/s", how));
        figures.add(Figure.of(store, name + ": p50", median(percentiles, 0), "ms", ""));
        figures.add(Figure.of(store, name + ": p95", median(percentiles, 1), "ms", ""));
        figures.add(target ? Figure.atMost(store, name + ": p99", median(percentiles, 2), "ms", 50, "")
                : Figure.of(store, name + ": p99", median(percentiles, 2), "ms", ""));
    }

    /** Matrix and audit-trail reads of the long-lived partnership while four clients write. */
    private void readsUnderLoad(String store, Api api) throws Exception {
        List<double[]> matrix = new ArrayList<>();
        List<double[]> trail = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            List<Mix> writers = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String partnership = "reads-" + run + "-" + c;
                Mix.establish(api, partnership);
                writers.add(new Mix(api, partnership, partnership, c));
            }
            Recorder matrixLatency = new Recorder(3);
            Recorder trailLatency = new Recorder(3);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (Mix writer : writers) {
                pool.submit(() -> {
                    while (!stop.get()) {
                        writer.step(writer.latency, writer.errors);
                    }
                    return null;
                });
            }
            long total = api.get("/api/partnerships/" + BIG + "/audit-trail?size=1").json().path("totalEntries").asLong();
            for (int r = 0; r < 4; r++) {
                boolean readsMatrix = r % 2 == 0;
                pool.submit(() -> {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        Api.Answer answer = readsMatrix ? api.get("/api/partnerships/" + BIG + "/matrix")
                                : api.get("/api/partnerships/" + BIG + "/audit-trail?size=100&page=" + (total / 100));
                        answer.require(200);
                        (readsMatrix ? matrixLatency : trailLatency)
                                .recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                    }
                    return null;
                });
            }
            Service.sleep(seconds * 1000L);
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            matrix.add(percentiles(matrixLatency.getIntervalHistogram()));
            trail.add(percentiles(trailLatency.getIntervalHistogram()));
        }
        String how = "2 readers each, while 4 clients send the command mix";
        String[] names = {"p50", "p95", "p99"};
        for (int p = 0; p < 3; p++) {
            figures.add(Figure.of(store, "matrix read under load: " + names[p], median(matrix, p), "ms", how));
        }
        for (int p = 0; p < 3; p++) {
            figures.add(Figure.of(store, "audit-trail page (100) under load: " + names[p], median(trail, p), "ms", how));
        }
    }

    /**
     * The matrix of the long-lived partnership as of past instants, after a few requests to warm up: a new instant
     * each time around the middle of its history (a millisecond apart), instants drawn at random across all of it,
     * and the same instant again.
     */
    private void asOf(String store, Api api, History history) {
        int requests = Math.max(20, runs * 10);
        for (int i = 0; i < 3; i++) {
            api.get("/api/partnerships/" + BIG + "/matrix?asOf=" + history.middle().minusSeconds(i + 1)).require(200);
        }
        Recorder fresh = new Recorder(3);
        for (int i = 0; i < requests; i++) {
            Instant instant = history.middle().plusMillis(i + 1);
            timed(fresh, () -> api.get("/api/partnerships/" + BIG + "/matrix?asOf=" + instant).require(200));
        }
        Recorder anywhere = new Recorder(3);
        Random random = new Random(20110331);
        long span = Duration.between(history.first(), history.last()).toMillis();
        for (int i = 0; i < requests * 5; i++) {
            Instant instant = history.first().plusMillis((long) (random.nextDouble() * span));
            timed(anywhere, () -> api.get("/api/partnerships/" + BIG + "/matrix?asOf=" + instant).require(200));
        }
        Recorder again = new Recorder(3);
        for (int i = 0; i < requests; i++) {
            timed(again, () -> api.get("/api/partnerships/" + BIG + "/matrix?asOf=" + history.middle()).require(200));
        }
        String what = String.format("as-of matrix, %,d-event partnership", events);
        double[] p = percentiles(fresh.getIntervalHistogram());
        figures.add(Figure.of(store, what + ", as of its middle, a new instant each time: p50", p[0], "ms",
                requests + " sequential requests"));
        figures.add(Figure.atMost(store, what + ", as of its middle, a new instant each time: p95", p[1], "ms", 100,
                "target stated for 1M events"));
        double[] a = percentiles(anywhere.getIntervalHistogram());
        figures.add(Figure.of(store, what + ", a random instant of its history: p50", a[0], "ms",
                requests * 5 + " sequential requests"));
        figures.add(Figure.atMost(store, what + ", a random instant of its history: p95", a[1], "ms", 100,
                "target stated for 1M events"));
        double[] q = percentiles(again.getIntervalHistogram());
        figures.add(Figure.of(store, what + ", as of its middle, the same instant again: p50", q[0], "ms",
                requests + " sequential requests"));
        figures.add(Figure.atMost(store, what + ", as of its middle, the same instant again: p95", q[1], "ms", 100,
                "target stated for 1M events"));
    }

    private static void timed(Recorder recorder, Runnable request) {
        long start = System.nanoTime();
        request.run();
        recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
    }

    /** Recomputing every leaf of the long-lived partnership's ledger and checking it against the log. */
    private void verify(String store, Api api) {
        List<Double> millis = new ArrayList<>();
        long count = 0;
        for (int run = 0; run < runs; run++) {
            JsonNode verified = api.post("/api/partnerships/" + BIG + "/ledger/verify", "{}").require(200).json();
            if (!verified.path("verified").asBoolean()) {
                throw new IllegalStateException("the ledger did not verify: " + verified);
            }
            count = verified.path("events").asLong();
            millis.add(verified.path("tookMillis").asDouble());
        }
        figures.add(Figure.of(store, String.format("verify %,d events", count), median(millis), "ms",
                "POST …/ledger/verify; target stated: 1M events < 10 s"));
        figures.add(Figure.of(store, "verify rate", count / (median(millis) / 1000.0), "events/s", ""));
    }

    /**
     * Rebuilding every read model from all events in the store, with the heap sampled throughout: comparing the
     * rebuilt rows with those stored (all the same here, so none is written), then emptying the tables and writing
     * every row again.
     */
    private void rebuild(String store, Service service) throws Exception {
        for (boolean rewrite : new boolean[]{false, true}) {
            List<Double> rates = new ArrayList<>();
            List<Double> peaks = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            long total = 0;
            JsonNode rows = null;
            for (int run = 0; run < runs; run++) {
                double cpuBefore = service.cpuSeconds();
                service.api.post("/api/read-models/rebuild?rewrite=" + rewrite, "{}").require(202);
                double peak = 0;
                long start = System.nanoTime();
                JsonNode progress;
                do {
                    Service.sleep(250);
                    peak = Math.max(peak, service.heapUsedMib());
                    progress = service.api.get("/api/read-models/rebuild").json();
                } while ("RUNNING".equalsIgnoreCase(progress.path("state").asString())
                        && Service.since(start).toMinutes() < 60);
                if (!"DONE".equalsIgnoreCase(progress.path("state").asString())) {
                    throw new IllegalStateException("the rebuild did not finish: " + progress);
                }
                total = progress.path("eventsTotal").asLong();
                rows = progress.path("rows");
                rates.add(total / (Service.since(start).toMillis() / 1000.0));
                peaks.add(peak);
                cpu.add((service.cpuSeconds() - cpuBefore) * 1e6 / Math.max(1, total));
            }
            String how = rewrite ? "every row rewritten" : "rows compared";
            String counted = String.format("rows unchanged %,d, written %,d, deleted %,d",
                    rows.path("unchanged").asLong(), rows.path("written").asLong(), rows.path("deleted").asLong());
            figures.add(Figure.atLeast(store, String.format("rebuild all read models, %s, %,d events", how, total),
                    median(rates), "events/s", 100_000, "POST /api/read-models/rebuild?rewrite=" + rewrite
                            + " until done; " + counted));
            figures.add(Figure.atMost(store, "peak heap during rebuild, " + how, median(peaks), "MiB", 512,
                    "jvm.memory.used (heap) sampled every 250 ms"));
            figures.add(Figure.of(store, "service CPU per event during rebuild, " + how, median(cpu), "µs",
                    "the service process's CPU time (all threads, PostgreSQL's not included) over the rebuild,"
                            + " divided by the events applied"));
        }
    }

    private record Measured(long count, Histogram histogram) {
        double[] percentiles() {
            return Benchmarks.percentiles(histogram);
        }
    }

    private Measured measure(List<Mix> mixes, java.util.function.Consumer<Mix> step) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(mixes.size());
        for (Mix mix : mixes) {
            pool.submit(() -> {
                while (measuring.get()) {
                    step.accept(mix);
                }
                return null;
            });
        }
        Service.sleep(seconds * 1000L);
        measuring.set(false);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        Histogram all = new Histogram(3);
        for (Mix mix : mixes) {
            all.add(mix.latency.getIntervalHistogram());
        }
        return new Measured(all.getTotalCount(), all);
    }

    private static double[] percentiles(Histogram histogram) {
        return new double[]{histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    private static double median(List<double[]> values, int index) {
        return median(values.stream().map(v -> v[index]).toList());
    }

    private void report() throws IOException {
        Map<String, String> machine = Map.of(
                "cpus", String.valueOf(Runtime.getRuntime().availableProcessors()),
                "memory", String.format("%.1f GiB", ((com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024)),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                "cpu", cpuModel());
        Map<String, String> settings = Map.of("events", String.valueOf(events), "runs", String.valueOf(runs),
                "window", seconds + " s", "service", jar.getFileName() + ", -Xmx" + Service.heap()
                        + ", HTTP Basic (first-run administrator)",
                "postgres", "io.zonky embedded PostgreSQL 14 on the same machine, unless an address was given");
        StringBuilder table = new StringBuilder();
        table.append("machine: ").append(machine).append('\n').append("settings: ").append(settings).append("\n\n");
        table.append(String.format("| %-9s | %-78s | %12s | %-10s | %-16s | %-4s |%n", "store", "figure", "median",
                "unit", "target", "met"));
        table.append("|---|---|---:|---|---|---|\n");
        for (Figure f : figures) {
            table.append(String.format("| %-9s | %-78s | %12s | %-10s | %-16s | %-4s |%n", f.store(), f.name(),
                    Figure.format(f.value()), f.unit(), f.target(), f.met() == null ? "" : f.met() ? "yes" : "NO"));
        }
        System.out.println(table);
        Files.writeString(out.resolve("results.md"), table);
        ObjectNode json = Api.JSON.createObjectNode();
        json.set("machine", Api.JSON.valueToTree(machine));
        json.set("settings", Api.JSON.valueToTree(settings));
        json.put("finishedAt", Instant.now().toString());
        ArrayNode list = json.putArray("figures");
        figures.forEach(f -> list.add(Api.JSON.valueToTree(f)));
        Files.writeString(out.resolve("results.json"), Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        say("written: " + out.resolve("results.json") + " and " + out.resolve("results.md"));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Where the service keeps its events: the embedded H2 file, a PostgreSQL server, or Axon Server. */
    private interface Store extends AutoCloseable {

        List<String> settings(String database) throws Exception;

        @Override
        void close() throws IOException;

        /** {@code kept}: where PostgreSQL keeps its data and leaves it when closed; a directory of its own if null. */
        static Store of(String name, String axonServer, Path kept) throws IOException {
            if (name.equals("embedded")) {
                return new Store() {
                    public List<String> settings(String database) {
                        return List.of();
                    }

                    public void close() {
                    }
                };
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (kept != null) {
                builder.setDataDirectory(kept).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            return new Store() {
                public List<String> settings(String database) throws Exception {
                    try (var admin = postgres.getPostgresDatabase().getConnection()) {
                        admin.createStatement().execute("DROP DATABASE IF EXISTS " + database.replace('-', '_'));
                        admin.createStatement().execute("CREATE DATABASE " + database.replace('-', '_'));
                    }
                    List<String> settings = new ArrayList<>(List.of(
                            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database.replace('-', '_')),
                            "--spring.datasource.username=postgres", "--spring.datasource.password="));
                    if (name.equals("axonserver")) {
                        settings.add("--spring.profiles.active=postgres,axonserver");
                        settings.add("--axon.axonserver.servers=" + axonServer);
                    } else {
                        settings.add("--spring.profiles.active=postgres");
                    }
                    return settings;
                }

                public void close() throws IOException {
                    postgres.close();
                }
            };
        }
    }
}
