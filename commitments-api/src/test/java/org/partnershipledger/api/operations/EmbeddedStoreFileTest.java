package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerApplication;
import org.partnershipledger.api.PledgeLoad;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's file holds little besides its data: H2's background thread compacts it while the service
 * runs and when it stops, and the {@code compact} command compacts a stopped store completely. With
 * {@code WRITE_DELAY=0}, which stops that thread, every chunk that kept one live page stayed in the file for good.
 * Every acknowledged write is still there afterwards.
 */
class EmbeddedStoreFileTest {

    private static final int WRITERS = 4;
    private static final int PLEDGES_EACH = 300;

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        LedgerApplication.noCallHome();
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--server.port=0", "--ledger.data-directory=" + data, "--spring.profiles.active=testusers");
    }

    private static Http http(ConfigurableApplicationContext app) {
        return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port"))).as("clerk");
    }

    @Test
    void theFileHoldsLittleBesidesItsDataAndNothingIsLost() throws Exception {
        Path file = data.resolve("ledger.mv.db");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (ConfigurableApplicationContext app = start()) {
            // H2 keeps freed chunks for 45 s before it reuses them, so that the disk has written out what refers to
            // them; a test cannot wait for that, so its store keeps them for one second
            JdbcClient.create(app.getBean(DataSource.class)).sql("SET RETENTION_TIME 1000").update();
            Http http = http(app);
            PledgeLoad.establish(http, "tidy");
            stream(http, "a", acknowledged);
            stream(http, "b", acknowledged);
        }

        // with WRITE_DELAY=0 the file was 54 MB after these two streams, 36 times what a compacted copy takes; now
        // 4 to 7 MB
        long size = Files.size(file);
        long live = compactedCopy(file);
        assertThat(size).as("the file after two streams and a stop, against a fully compacted copy (%d bytes)", live)
                .isLessThan(10 * live);

        assertEverythingKept(acknowledged);
    }

    @Test
    void aStoppedStoreCompactsToWhatItHoldsAndStillVerifies() throws Exception {
        Path file = data.resolve("ledger.mv.db");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (ConfigurableApplicationContext app = start()) {
            Http http = http(app);
            PledgeLoad.establish(http, "tidy");
            stream(http, "a", acknowledged);
            Command refused = compact("--data-directory", data.toString());
            assertThat(refused.status()).as("while the service runs: " + refused.output()).isEqualTo(1);
            assertThat(refused.output()).contains("could not compact", "already in use");
        }
        long before = Files.size(file);

        Command compacted = compact("--data-directory", data.toString());
        assertThat(compacted.status()).as(compacted.output()).isZero();
        long after = Files.size(file);
        assertThat(compacted.output()).contains("compacted", String.format("%,d after", after));
        assertThat(after).as("compacted from %d bytes", before).isLessThan(before / 2);

        assertEverythingKept(acknowledged);
    }

    @Test
    void aDirectoryWithoutAStoreIsRefusedAndLeftAlone() throws Exception {
        Path elsewhere = data.resolve("elsewhere");
        Command missing = compact("--data-directory", elsewhere.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.output()).contains("no embedded store at");
        assertThat(elsewhere).doesNotExist();
        Command misspelt = compact("--data-dir", "x");
        assertThat(misspelt.status()).isEqualTo(2);
        assertThat(misspelt.output()).contains("unknown option --data-dir", "usage:");
    }

    /** Started again on the store: every acknowledged pledge is there, and the ledger verifies. */
    private void assertEverythingKept(Set<String> acknowledged) {
        try (ConfigurableApplicationContext again = start()) {
            assertThat(PledgeLoad.storedPledgeIds(JdbcClient.create(again.getBean(DataSource.class))))
                    .isEqualTo(acknowledged);
            Http.Answer verified = http(again).post("/api/partnerships/tidy/ledger/verify", "{}");
            assertThat(verified.json().path("verified").asBoolean()).as(verified.toString()).isTrue();
        }
    }

    private record Command(int status, String output) {
    }

    /** The command line's {@code compact}, in a process of its own as an operator runs it. */
    private static Command compact(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LedgerApplication.class.getName(), "compact"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Command(process.waitFor(), output);
    }

    /** Pledges from several clients at once, each acknowledged. */
    private static void stream(Http http, String name, Set<String> acknowledged) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String writer = name + w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < PLEDGES_EACH; i++) {
                    String pledge = writer + "-" + i;
                    Http.Answer answer = http.post(PledgeLoad.pledges("tidy"), PledgeLoad.pledge(pledge, 100 + i));
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                    acknowledged.add(pledge);
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get();
        }
        writers.shutdown();
    }

    /** The bytes a copy of the store takes once the {@code compact} command has compacted it completely. */
    private long compactedCopy(Path file) throws Exception {
        Path copy = Files.createTempDirectory(data, "compacted");
        Files.copy(file, copy.resolve(file.getFileName()));
        Command compacted = compact("--data-directory", copy.toString());
        assertThat(compacted.status()).as(compacted.output()).isZero();
        return Files.size(copy.resolve(file.getFileName()));
    }
}
