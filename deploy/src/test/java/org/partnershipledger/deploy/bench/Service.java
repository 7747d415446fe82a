package org.partnershipledger.deploy.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built service jar in a process of its own, on a store of its own. */
final class Service implements AutoCloseable {

    final Process process;
    final int port;
    final Api api;
    final long startMillis;

    private Service(Process process, int port, Api api, long startMillis) {
        this.process = process;
        this.port = port;
        this.api = api;
        this.startMillis = startMillis;
    }

    static Service start(Path jar, Path dataDirectory, List<String> settings, Path log) throws IOException {
        return start(jar, List.of(), dataDirectory, settings, log);
    }

    /** Starts the service with these JVM options before {@code -jar}. */
    static Service start(Path jar, List<String> jvmOptions, Path dataDirectory, List<String> settings, Path log)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port, "--ledger.data-directory=" + dataDirectory, "--logging.level.root=warn",
                "--logging.level.org.partnershipledger.api.web.RequestLog=warn"));
        if (Boolean.getBoolean("bench.jfr")) {
            // a flight recording of the whole run beside its log, for finding where the time goes
            String recording = log.toString().replaceFirst("\\.log$", "") + ".jfr";
            command.add(1, "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
        }
        command.addAll(settings);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Path password = dataDirectory.resolve("first-run-administrator-password");
        Api api = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            if (api == null && Files.exists(password) && Files.size(password) > 0) {
                api = new Api(port, "administrator", Files.readString(password).strip());
            }
            if (api != null) {
                try {
                    if (api.get("/actuator/health/readiness").status() == 200) {
                        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                        return new Service(process, port, api, millis);
                    }
                } catch (IllegalStateException notListening) {
                    // not yet
                }
            }
            sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready within 120 s; see " + log);
    }

    /**
     * Prepares class-data sharing for the jar as Spring Boot documents it: the jar extracted (libraries beside it),
     * and a training run that starts the application context on a fresh store and exits, leaving the archive of
     * the classes it loaded. Answers the extracted jar; the archive is {@code application.jsa} beside it.
     */
    static Path trainClassDataSharing(Path jar, Path directory, List<String> settings, Path log)
            throws IOException, InterruptedException {
        run(log, java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
                directory.toString());
        Path extracted = directory.resolve(jar.getFileName());
        List<String> training = new ArrayList<>(List.of(java(), "-Xmx" + heap(),
                "-XX:ArchiveClassesAtExit=" + directory.resolve("application.jsa"), "-Dspring.context.exit=onRefresh",
                "-jar", extracted.toString(), "--ledger.data-directory=" + Files.createTempDirectory("bench-cds"),
                "--logging.level.root=warn"));
        training.addAll(settings);
        run(log, training.toArray(String[]::new));
        if (!Files.exists(directory.resolve("application.jsa"))) {
            throw new IllegalStateException("the training run left no class-data archive; see " + log);
        }
        return extracted;
    }

    private static void run(Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("did not finish within 180 s: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exited with " + process.exitValue() + ": " + String.join(" ", command)
                    + "; see " + log);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The service's maximum heap, as given to {@code -Xmx}: {@code bench.xmx}, 1g unless set. */
    static String heap() {
        return System.getProperty("bench.xmx", "1g");
    }

    /** Resident memory of the process, in MiB. */
    double residentMib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Heap in use, in MiB, as the service's own metrics report it. */
    /** The CPU time the service's process has used so far, all threads, in seconds (NaN where not told). */
    double cpuSeconds() {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    double heapUsedMib() {
        double bytes = api.get("/actuator/metrics/jvm.memory.used?tag=area:heap").json()
                .path("measurements").get(0).path("value").asDouble();
        return bytes / (1024 * 1024);
    }

    /** Asks the service's JVM for a full collection, so that heap in use is what is live. */
    void collectGarbage() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
