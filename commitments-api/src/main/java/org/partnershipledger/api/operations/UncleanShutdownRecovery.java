package org.partnershipledger.api.operations;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.lifecycle.Phase;
import org.partnershipledger.api.ledger.LedgerLog;
import org.partnershipledger.api.web.IdempotencyKeys;
import org.partnershipledger.projections.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * After the embedded store was left open by a run that did not stop in order ({@link UncleanShutdown}), puts right
 * at start, before the read-model processor starts and before requests are taken, what a crash may have kept in
 * part:
 * <ol>
 *     <li>every index is built anew from its table's rows ({@link EmbeddedIndexes}), and snapshots taken after the
 *     last stored event of their partnership are dropped (their events were not kept; the partnership is loaded from
 *     its events, and a new snapshot taken later);
 *     <li>each partnership's ledger log is brought back to its stored events ({@link LedgerLog#alignWithStoredEvents});
 *     <li>the dead run's claims on the read models' tokens are let go (only one process can have an embedded store
 *     open, so whoever they name has ended), rather than when they time out; so are its requests' claims on their
 *     {@code Idempotency-Key}s, for a retry to be answered at once ({@link IdempotencyKeys});
 *     <li>every read model is rewritten from the events its tokens cover: the rows are all written again rather than
 *     compared, since the crash may have kept some of a transaction's tables and not others.
 * </ol>
 * The mark stays until all of this is done ({@link UncleanShutdown#recovered()}): a start that fails part-way, or
 * whose rewrite is refused, leaves it, and the next start puts right again. It stays, too, until the store is closed
 * in order, so none of this needs writing out to the disk at once: a crash before H2 writes it leads to the same
 * work at the next start.
 */
@Configuration(proxyBeanMethods = false)
class UncleanShutdownRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(UncleanShutdownRecovery.class);
    /** Just before the event processors start (the web server starts after every one of Axon's phases). */
    static final int PHASE = Phase.INBOUND_EVENT_CONNECTORS - 1;
    private static final String NOT_REWRITTEN = "the read models could not be rewritten after the embedded store was"
            + " left open: {}; they may disagree with the events until rebuilt"
            + " (POST /api/read-models/rebuild?rewrite=true), and the next start tries again";

    /** The beans are looked up at start: some need the Axon configuration this module is part of. */
    @Bean
    ConfigurerModule recoveryAfterUncleanShutdown(UncleanShutdown shutdown, ObjectProvider<LedgerLog> ledger,
                                                  ObjectProvider<Rebuilds> rebuilds, JdbcClient jdbc,
                                                  TokenSchema tokens, PlatformTransactionManager transactions,
                                                  IdempotencyKeys idempotencyKeys,
                                                  ObjectProvider<EventSchema> eventSchema) {
        return configurer -> configurer.onStart(PHASE, () -> {
            if (shutdown.detected()) {
                rebuildIndexes(jdbc, eventSchema.getObject());
                alignLedgers(ledger.getObject(), new TransactionTemplate(transactions));
                releaseClaims(jdbc, tokens);
                LOG.info("released {} claim(s) on Idempotency-Keys left by the run that ended",
                        idempotencyKeys.releaseEveryClaim());
                if (rewriteReadModels(rebuilds.getObject())) {
                    shutdown.recovered();
                }
            }
        });
    }

    private static void rebuildIndexes(JdbcClient jdbc, EventSchema events) {
        long started = System.nanoTime();
        int indexes = EmbeddedIndexes.rebuild(jdbc);
        String aggregate = events.aggregateIdentifierColumn();
        String sequence = events.sequenceNumberColumn();
        int snapshots = jdbc.sql("DELETE FROM " + events.snapshotTable() + " s WHERE s." + sequence
                        + " > COALESCE((SELECT MAX(e." + sequence + ") FROM " + events.domainEventTable() + " e"
                        + " WHERE e." + aggregate + " = s." + aggregate + "), -1)")
                .update();
        LOG.info("{} indexes built anew from their tables' rows, {} snapshot(s) ahead of their events dropped,"
                + " in {} ms", indexes, snapshots, (System.nanoTime() - started) / 1_000_000);
    }

    private static void alignLedgers(LedgerLog ledger, TransactionTemplate transaction) {
        List<LedgerLog.Aligned> aligned = transaction.execute(status -> ledger.alignWithStoredEvents());
        for (LedgerLog.Aligned log : aligned) {
            LOG.warn("the ledger log of {} did not end with its last stored event: {} leaves without a stored event"
                    + " removed, {} added for stored events", log.partnershipId(), log.leavesRemoved(),
                    log.leavesAdded());
        }
        LOG.info("ledger logs checked against the stored events: {} brought back in line", aligned.size());
    }

    private static void releaseClaims(JdbcClient jdbc, TokenSchema tokens) {
        int released = jdbc.sql("UPDATE " + tokens.tokenTable() + " SET " + tokens.ownerColumn() + " = NULL WHERE "
                        + tokens.processorNameColumn() + " = ? AND " + tokens.ownerColumn() + " IS NOT NULL")
                .param(Ledger.PROCESSING_GROUP)
                .update();
        LOG.info("released {} claim(s) on the read models' tokens left by the run that ended", released);
    }

    /** Rewrites every read model; answers whether that was done. */
    private static boolean rewriteReadModels(Rebuilds rebuilds) {
        try {
            String failure = rebuilds.rewriteBeforeProcessing(Rebuilds.UNCLEAN_SHUTDOWN).failure();
            if (failure != null) {
                LOG.error(NOT_REWRITTEN, failure);
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rewriting the read models", e);
        } catch (RuntimeException e) {
            LOG.error(NOT_REWRITTEN, e.getMessage(), e);
            return false;
        }
    }
}
