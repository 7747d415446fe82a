package org.partnershipledger.core;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.serialization.LedgerSerializer;

import java.util.List;
import java.util.stream.Collectors;

/** A real Axon configuration (command bus, repository, event store) with the partnership aggregate, in memory. */
public final class InMemoryLedger implements AutoCloseable {

    private final Configuration configuration;

    public InMemoryLedger() {
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> LedgerSerializer.create())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Partnership.class)
                .buildConfiguration();
        configuration.start();
    }

    public void send(Object command) {
        configuration.commandGateway().sendAndWait(command);
    }

    public List<DomainEventMessage<?>> stream(PartnershipId partnershipId) {
        return configuration.eventStore().readEvents(partnershipId.value()).asStream().collect(Collectors.toList());
    }

    public List<Object> payloads(PartnershipId partnershipId) {
        return stream(partnershipId).stream().map(DomainEventMessage::getPayload).collect(Collectors.toList());
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
