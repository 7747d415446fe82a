package org.partnershipledger.api.operations;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.LedgerApplication;
import org.partnershipledger.api.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The axonserver profile's wiring, checked without an Axon Server (its address points nowhere): events go to
 * Axon Server's event store, commands and queries through its buses, while tokens stay in the database; the ledger
 * log follows Axon Server.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"axon.axonserver.servers=127.0.0.1:1", "ledger.demo.sutton=false"})
@ActiveProfiles("axonserver")
class AxonServerProfileTest {

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.ownDataDirectory(registry, "ledger-axonserver");
    }

    @Test
    void eventsCommandsAndQueriesGoThroughAxonServerWhileTokensStayInTheDatabase() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
        assertThat(context.getBeansOfType(EventStorageEngine.class).values())
                .noneMatch(engine -> engine.getClass().getSimpleName().startsWith("Jdbc"));
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
    }

    /**
     * The ledger log is kept from the events as Axon Server holds them, by a processor of its own that follows
     * Axon Server, instead of in each command's transaction (where the events are not).
     */
    @Test
    void theLedgerLogFollowsAxonServer() {
        assertThat(context.getBean("axonServerEvents").getClass().getSimpleName()).isEqualTo("AxonServerEvents");
        assertThat(context.containsBean("storedEvents")).isFalse();
        assertThat(context.containsBean("ledgerLogLeaves")).isFalse();
        assertThat(context.getBean(EventProcessingConfiguration.class).eventProcessor("ledger-log"))
                .containsInstanceOf(TrackingEventProcessor.class);
    }
}
