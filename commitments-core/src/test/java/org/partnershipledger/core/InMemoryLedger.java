package org.partnershipledger.core;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.serialization.LedgerSerializer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A real Axon configuration (command bus, repository, event store) with the partnership aggregate, in memory.
 * It snapshots every {@value #SNAPSHOT_EVERY} events and has no aggregate cache, so every command after the first
 * snapshot is decided against a partnership loaded from a snapshot plus the events since.
 */
public final class InMemoryLedger implements AutoCloseable {

    public static final int SNAPSHOT_EVERY = 10;

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final Configuration configuration;

    public InMemoryLedger() {
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> LedgerSerializer.create())
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Partnership.class)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                                SNAPSHOT_EVERY)))
                .buildConfiguration();
        configuration.start();
    }

    public void send(Object command) {
        configuration.commandGateway().sendAndWait(command);
    }

    public List<DomainEventMessage<?>> stream(PartnershipId partnershipId) {
        return configuration.eventStore().readEvents(partnershipId.value(), 0).asStream()
                .collect(Collectors.toList());
    }

    /** The latest snapshot of a partnership, as the event store hands it out, if one was taken. */
    public Optional<DomainEventMessage<?>> snapshot(PartnershipId partnershipId) {
        return storage.readSnapshot(partnershipId.value());
    }

    public List<Object> payloads(PartnershipId partnershipId) {
        return stream(partnershipId).stream().map(DomainEventMessage::getPayload).collect(Collectors.toList());
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
