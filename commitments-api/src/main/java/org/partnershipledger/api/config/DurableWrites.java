package org.partnershipledger.api.config;

import org.partnershipledger.projections.Databases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes what a request changed durable before the request is answered, on the embedded store.
 * <p>
 * H2 writes committed transactions to its file from a background thread, up to its write delay (half a second)
 * later, and that same thread compacts the file. Writing every transaction at once instead ({@code WRITE_DELAY=0})
 * also stops the thread, and the file then grew without bound: 10.7 GB holding 80 MB after 100,000 events. So the
 * service leaves the delay alone, and asks H2 to write out everything committed so far ({@code CHECKPOINT}) before
 * it acknowledges a change: a command's events, a checkpoint signed on demand, an answer kept for an idempotency
 * key. Requests that finish together share a write. What is only derived from the events (read models, tokens,
 * snapshots) is written with the delay; a crash may lose it or keep it in part, and the read models are rewritten
 * from the events at the next start ({@link org.partnershipledger.api.operations.UncleanShutdown}).
 * <p>
 * On PostgreSQL every commit is durable by itself, and this does nothing.
 */
@Component
public class DurableWrites {

    private final JdbcClient jdbc;
    private final boolean embedded;
    /** Flushes asked for so far; each caller takes its number after its own commit. */
    private final AtomicLong asked = new AtomicLong();
    /** Held while a flush runs: one at a time, and those who waited may find theirs done. */
    private final ReentrantLock flushing = new ReentrantLock();
    /** How many of the flushes asked for a flush has covered; read and written only under {@link #flushing}. */
    private long covered;

    DurableWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.embedded = Databases.isH2(jdbc);
    }

    /**
     * Returns once every transaction committed before the call is in the store's file. Callers arriving while a
     * flush runs wait for it and are then covered together by the next one (a group commit), so that a burst of
     * commands does not write a chunk of the file each.
     */
    public void flush() {
        if (!embedded) {
            return;
        }
        long mine = asked.incrementAndGet();
        flushing.lock();
        try {
            if (covered >= mine) {
                return; // a flush that began after this call asked has written it out
            }
            long upTo = asked.get();
            jdbc.sql("CHECKPOINT").update();
            covered = upTo;
        } finally {
            flushing.unlock();
        }
    }
}
