package org.partnershipledger.api.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;

/**
 * With Axon Server holding the events, keeps each partnership's ledger log up with them: an event processor of its
 * own follows Axon Server's event stream and, for each event not yet logged, adds the leaves of its partnership's
 * events from the last one logged — read back from Axon Server as it holds them ({@link AxonServerEvents}), not
 * from the message handed over. Its position in the stream is kept in the same transaction as the leaves, so an
 * event is logged once; an event whose leaves cannot be made (Axon Server or the database away) is tried again, and
 * the log waits for it rather than going on without it.
 */
@ProcessingGroup(LedgerFeed.PROCESSING_GROUP)
class LedgerFeed {

    /** The processor's name, with its settings under {@code axon.eventhandling.processors.ledger-log}. */
    static final String PROCESSING_GROUP = "ledger-log";

    private final LedgerLog log;

    LedgerFeed(LedgerLog log) {
        this.log = log;
    }

    /** Takes the message alone: its payload is not read, so not deserialized. */
    @EventHandler
    void on(DomainEventMessage<?> event) {
        log.extendTo(event.getAggregateIdentifier(), event.getSequenceNumber());
    }
}
