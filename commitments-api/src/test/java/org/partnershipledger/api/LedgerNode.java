package org.partnershipledger.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One instance of the service in a process of its own, so that it can be killed outright. */
public final class LedgerNode implements AutoCloseable {

    private final Process process;
    private final int port;
    public final Http http;

    private LedgerNode(Process process, int port) {
        this.process = process;
        this.port = port;
        this.http = new Http(port).as("clerk");
    }

    /** A node on a PostgreSQL database (the {@code postgres} profile). */
    public static LedgerNode start(String name, String jdbcUrl, Path log, String... settings) {
        List<String> store = new ArrayList<>(List.of("--spring.profiles.active=postgres,testusers",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password="));
        store.addAll(List.of(settings));
        return launch(name, log, store);
    }

    /** A node on the embedded default: an H2 file under the data directory. */
    public static LedgerNode embedded(String name, Path dataDirectory, Path log, String... settings) {
        List<String> store = new ArrayList<>(List.of("--spring.profiles.active=testusers",
                "--ledger.data-directory=" + dataDirectory));
        store.addAll(List.of(settings));
        return launch(name, log, store);
    }

    private static LedgerNode launch(String name, Path log, List<String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true",
                "-cp", System.getProperty("java.class.path"), LedgerApplication.class.getName(),
                "--server.port=" + port, "--spring.application.name=" + name));
        command.addAll(settings);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            LedgerNode node = new LedgerNode(process, port);
            node.awaitUp(Duration.ofSeconds(90));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitUp(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node on port " + port + " exited with " + process.exitValue());
            }
            try {
                if (http.get("/actuator/health/liveness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(200);
        }
        throw new IllegalStateException("node on port " + port + " did not come up within " + limit);
    }

    /** SIGKILL: no shutdown hooks, no released claims, no flushed buffers. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
