package org.partnershipledger.api.operations;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.lifecycle.Phase;
import org.partnershipledger.projections.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the embedded store was left open by a run that did not stop in order ({@link UncleanShutdown}), rewrites
 * every read model from the events before the read-model processor starts, so that rows and tokens a crash kept in
 * part agree again.
 * <p>
 * The rows are all written again rather than compared: the same crash can keep a row without its entry in the
 * table's index, which a comparison reading the table would find unchanged. Emptying a table removes both.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRecovery.class);
    /** Just before the event processors start. */
    static final int PHASE = Phase.INBOUND_EVENT_CONNECTORS - 1;

    /** The rebuilds are looked up at start: they need the Axon configuration this module is part of. */
    @Bean
    ConfigurerModule readModelRecoveryAtStart(UncleanShutdown shutdown, ObjectProvider<Rebuilds> rebuilds,
                                              JdbcClient jdbc, TokenSchema tokens) {
        return configurer -> configurer.onStart(PHASE, () -> {
            if (shutdown.detected()) {
                recover(rebuilds.getObject(), jdbc, tokens);
            }
        });
    }

    private static void recover(Rebuilds rebuilds, JdbcClient jdbc, TokenSchema tokens) {
        // Only one process can have an embedded store open, so whoever the tokens say holds them is the run that
        // ended: its claims are let go now rather than when they time out.
        int released = jdbc.sql("UPDATE " + tokens.tokenTable() + " SET " + tokens.ownerColumn() + " = NULL WHERE "
                        + tokens.processorNameColumn() + " = ? AND " + tokens.ownerColumn() + " IS NOT NULL")
                .param(Ledger.PROCESSING_GROUP)
                .update();
        LOG.info("released {} claim(s) on the read models' tokens left by the run that ended", released);
        try {
            Rebuilds.Progress done = rebuilds.rewriteBeforeProcessing(Rebuilds.UNCLEAN_SHUTDOWN);
            if (done.failure() != null) {
                LOG.error("the read models could not be rewritten after the embedded store was left open: {}; they"
                        + " may disagree with the events until rebuilt (POST /api/read-models/rebuild?rewrite=true)",
                        done.failure());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rewriting the read models", e);
        } catch (RuntimeException e) {
            LOG.error("the read models could not be rewritten after the embedded store was left open; they may"
                    + " disagree with the events until rebuilt (POST /api/read-models/rebuild?rewrite=true)", e);
        }
    }
}
