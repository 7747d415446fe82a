package org.partnershipledger.api.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the embedded store was closed in order the last time the service ran.
 * <p>
 * H2 keeps one transaction whole across a crash only when its file was written out after the transaction
 * committed: a write of the file running at the same moment may hold some of the tables a transaction changed and
 * not others (h2database issue #2080; a SIGKILL test kept the token saying an event was applied without that
 * event's read-model rows). What a command appended is written out before the command is answered
 * ({@link org.partnershipledger.api.config.DurableWrites}); the read models and tokens are not, so after a crash they
 * may disagree with each other. The service therefore marks the store as open, in a file beside it, before the
 * database is opened, and removes the mark only once the database has been closed (the data source depends on
 * this bean, so it is closed first). A mark found at start means the last run ended without closing the store —
 * killed, or the machine lost power — and what such a crash may have kept in part is put right before the service
 * takes requests ({@link UncleanShutdownRecovery}). A command's transaction is kept whole once it is acknowledged,
 * but one cut short just before its answer may keep, say, an event's ledger leaf without the event.
 * <p>
 * Only for an H2 file named by a {@code jdbc:h2:file:} URL, which lives and dies with the service: a database server
 * (PostgreSQL, or H2 over TCP) goes on when the service is killed, and PostgreSQL keeps each transaction whole
 * across its own crashes.
 */
@Component(UncleanShutdown.BEAN)
public class UncleanShutdown implements DisposableBean {

    static final String BEAN = "uncleanShutdown";
    private static final Logger LOG = LoggerFactory.getLogger(UncleanShutdown.class);

    private final Path mark;
    private final boolean detected;
    /** Whether what the unclean shutdown may have left was put right; until then the mark stays, for the next start. */
    private volatile boolean recovered;
    /** The mark, open and locked while this process has the store: a second process is refused, not misled. */
    private final FileChannel held;

    UncleanShutdown(Environment environment) {
        Path database = EmbeddedStore.database(environment.getProperty("spring.datasource.url", "")).orElse(null);
        if (database == null) {
            this.mark = null;
            this.detected = false;
            this.held = null;
            return;
        }
        this.mark = EmbeddedStore.sibling(database, ".in-use");
        boolean left = Files.exists(mark);
        this.held = hold(mark);
        this.detected = left && Files.exists(EmbeddedStore.file(database));
        if (detected) {
            LOG.warn("the embedded store was not closed in order the last time the service ran ({} is still there):"
                    + " its indexes will be built again, the ledger logs checked against the stored events and the"
                    + " read models rewritten from the events before requests are taken", mark);
        }
    }

    /** Whether the store's file was left open by a run that did not stop in order. */
    public boolean detected() {
        return detected;
    }

    /** Says that what the unclean shutdown may have left has been put right: an orderly stop may remove the mark. */
    public void recovered() {
        recovered = true;
    }

    /**
     * Opens the mark and locks it for as long as this process runs (the operating system lets go of the lock when the
     * process ends, however it ends), then says in it who has the store. Refused while another process holds it: that
     * process has the store open, and H2 would refuse this one too.
     */
    private static FileChannel hold(Path mark) {
        FileChannel channel = null;
        try {
            Files.createDirectories(mark.getParent());
            channel = FileChannel.open(mark, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                throw new IllegalStateException("another process has the embedded store open (" + mark
                        + " is locked): stop it first, or give this one a data directory of its own");
            }
            String text = "The service has this store open (process " + ManagementFactory.getRuntimeMXBean().getPid()
                    + ", since " + Instant.now() + "). Removed when the service stops in order; if it is here when"
                    + " the service starts, what a crash may have kept in part is put right.\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return channel;
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw new UncheckedIOException("cannot mark the embedded store as open at " + mark, e);
        } catch (RuntimeException e) {
            closeQuietly(channel, e);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel, Exception failure) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Runs after the data source has been closed, and with it the database: the store was closed in order. */
    @Override
    public void destroy() throws IOException {
        if (held == null) {
            return;
        }
        if (detected && !recovered) {
            held.close();
            LOG.warn("the embedded store is closed, but what the last unclean shutdown may have left was not all put"
                    + " right ({} kept): that runs again at the next start", mark);
            return;
        }
        Files.deleteIfExists(mark);
        held.close();
        LOG.info("the embedded store is closed in order ({} removed)", mark);
    }

    /**
     * Makes every data source depend on this bean: created after it (so the mark is written before the database is
     * opened) and closed before it (so the mark is removed only once the database is closed).
     */
    @Bean
    static BeanFactoryPostProcessor dataSourcesAfterTheMark() {
        return factory -> {
            for (String name : factory.getBeanNamesForType(DataSource.class, true, false)) {
                BeanDefinition definition = factory.getBeanDefinition(name);
                String[] before = Optional.ofNullable(definition.getDependsOn()).orElse(new String[0]);
                if (!Arrays.asList(before).contains(BEAN)) {
                    definition.setDependsOn(Stream.concat(Arrays.stream(before), Stream.of(BEAN))
                            .toArray(String[]::new));
                }
            }
        };
    }
}
