package org.partnershipledger.api.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.partnershipledger.api.operations.EventHistory;
import org.partnershipledger.api.operations.StoredEventHistory;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.serialization.LedgerSerializer;
import org.partnershipledger.core.shared.Metadata;
import org.partnershipledger.projections.Ledger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * How Axon is wired: Jackson for every message, event, snapshot and token; Axon's JDBC storage with snake_case
 * tables owned by Flyway; the partnership aggregate with a cache; the actor copied from each command onto its events.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /**
     * The upcasters events pass through when read: none yet, as no event has changed shape. Given both to the event
     * store and to the rebuild's reading of it ({@link StoredEventHistory}), so that the two always agree.
     */
    static final EventUpcaster UPCASTERS = NoOpEventUpcaster.INSTANCE;

    @Bean
    @Primary
    Serializer serializer() {
        return LedgerSerializer.create();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return LedgerSerializer.create();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return LedgerSerializer.create();
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    /**
     * Axon's JDBC event store on the application's data source (unless Axon Server stores the events): no JPA, payloads as binary columns, unique
     * (aggregate id, sequence number) and event id constraints turning a concurrent append into a conflict.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(events)
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .dataType(byte[].class)
                // events read per query when streaming (the read-model processor, a rebuild): 100 by default, so a
                // rebuild of many events spent much of its time in round trips
                .batchSize(1000)
                .lastSequenceNumberFor(AxonConfiguration::lastSequenceNumber)
                .upcasterChain(UPCASTERS)
                .build();
    }

    /**
     * The stored events as a rebuild reads them: from the event store's table, deserialized as the store does it —
     * by the same serializer, through the same upcasters.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventHistory storedEventHistory(DataSource dataSource, EventSchema schema,
                                    @Qualifier("eventSerializer") Serializer events) {
        return new StoredEventHistory(dataSource, schema, events, UPCASTERS);
    }

    /**
     * A partnership's last sequence number, asked on every command (its version is in each answer): read as the
     * first row in descending order of the unique (aggregate, sequence) index. Axon's own
     * {@code max(sequence_number) … WHERE aggregate_identifier = ?} — and an ORDER BY naming only the sequence
     * number — make H2 read and sort all of the partnership's events, so commands slowed as a partnership's history
     * grew (measured by the benchmark suite; {@code IndexedLookupsTest} checks the plan). No row: no events.
     */
    static String lastSequenceNumberSql(EventSchema schema) {
        return "SELECT " + schema.sequenceNumberColumn() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " = ?"
                + " ORDER BY " + schema.aggregateIdentifierColumn() + " DESC, " + schema.sequenceNumberColumn()
                + " DESC FETCH FIRST 1 ROWS ONLY";
    }

    private static PreparedStatement lastSequenceNumber(Connection connection, EventSchema schema,
                                                        String aggregateIdentifier) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(lastSequenceNumberSql(schema));
        statement.setString(1, aggregateIdentifier);
        return statement;
    }

    /** Tokens in the database; a node that stops renewing its claims loses its segments after the claim timeout. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(schema)
                .contentType(byte[].class)
                .claimTimeout(claimTimeout)
                .build();
    }

    /** The command gateway, retrying a command that lost a race with another node (see {@link ConflictRetry}). */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-conflict-retry");
            thread.setDaemon(true);
            return thread;
        });
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetry(retries, 10, 20))
                .build();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * How long the read-model processor's worker waits for new events before it looks again at whether it is asked
     * to stop. Axon's default is a second, and every rebuild stops the processor first: on the kept 700k-event store
     * half a second of an eight-second rebuild went on that wait, with both cores idle. Waiting less costs an idle
     * processor one renewal of its claim per wait instead of one a second (a one-row update per segment); new
     * events are applied as soon as they are stored either way.
     */
    private static final Duration READ_MODEL_EVENT_WAIT = Duration.ofMillis(200);

    /**
     * Axon's event-processing module (defining it is how Axon lets it be changed), adding to the read-model
     * processor's configuration the shorter wait for events ({@link #READ_MODEL_EVENT_WAIT}), which Axon's properties
     * do not offer. Everything else about the processor — threads, batch size, segments, claim interval — still comes
     * from {@code axon.eventhandling.processors.ledger}, through Axon's own auto-configuration; a test reads the wait
     * back from the running processor.
     */
    @Bean
    EventProcessingModule eventProcessingModule() {
        return new EventProcessingModule() {
            @Override
            public EventProcessingConfigurer registerTrackingEventProcessor(
                    String name, Function<org.axonframework.config.Configuration,
                            StreamableMessageSource<TrackedEventMessage<?>>> source,
                    Function<org.axonframework.config.Configuration, TrackingEventProcessorConfiguration> settings) {
                if (!Ledger.PROCESSING_GROUP.equals(name)) {
                    return super.registerTrackingEventProcessor(name, source, settings);
                }
                return super.registerTrackingEventProcessor(name, source, c -> settings.apply(c)
                        .andEventAvailabilityTimeout(READ_MODEL_EVENT_WAIT.toMillis(), TimeUnit.MILLISECONDS));
            }
        };
    }

    /**
     * An event a read model cannot apply is parked in the dead-letter queue with the rest of its partnership's
     * events, instead of stopping every partnership's read models; its partnership's version stops moving, so
     * reads waiting for it say so.
     */
    @Bean
    ConfigurerModule readModelDeadLetters(ConnectionProvider connections, TransactionManager transactions,
                                          DeadLetterSchema schema, Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer events) {
        return configurer -> configurer.eventProcessing().registerDeadLetterQueue(Ledger.PROCESSING_GROUP,
                c -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(Ledger.PROCESSING_GROUP)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(schema)
                        .genericSerializer(serializer)
                        .eventSerializer(events)
                        .build());
    }

    /**
     * Partnerships kept loaded between commands: Caffeine behind JCache, adapted by Axon, holding each by a strong
     * reference — at most {@code ledger.cached-partnerships}, the least recently used leaving first, and none kept
     * an hour after its last command. Weakly held, as in Axon's default cache, a busy partnership could be let go by
     * any collection and was loaded again from its snapshot: a fifth of the CPU at 600k events in the benchmarks.
     */
    @Bean
    PartnershipCache partnershipCache(LedgerProperties properties) {
        return new PartnershipCache(properties.cachedPartnerships(), Duration.ofHours(1));
    }

    /**
     * Snapshots are taken on a thread of their own, after the command that triggered them. Taken in the command's
     * thread, each needed a second database connection while the partnership's lock was held; with more concurrent
     * commands on one partnership than connections in the pool, the waiting commands held every connection and the
     * lock holder waited 30 s for one (measured by the benchmark suite). A snapshot that cannot be queued is simply
     * skipped: the next one a hundred events later takes its place.
     */
    @Bean
    SpringAggregateSnapshotterFactoryBean aggregateSnapshotter() {
        SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
        snapshotter.setExecutor(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                runnable -> {
                    Thread thread = new Thread(runnable, "snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy()));
        return snapshotter;
    }

    /** How a partnership is instantiated, for loading and for snapshots (the snapshotter finds it as a bean). */
    @Bean
    AggregateFactory<Partnership> partnershipFactory() {
        return new GenericAggregateFactory<>(Partnership.class);
    }

    /**
     * The partnership aggregate: kept in a cache between commands, and snapshotted every
     * {@code ledger.snapshot-every} events or every fiftieth of its history, whichever is more (see
     * {@link GrowingSnapshots}), so that loading it reads a snapshot and a bounded share of its events.
     */
    @Bean
    ConfigurerModule partnershipAggregate(PartnershipCache partnershipCache, LedgerProperties properties,
                                          AggregateFactory<Partnership> partnershipFactory) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Partnership.class)
                        .configureAggregateFactory(c -> partnershipFactory)
                        .configureCache(c -> partnershipCache.cache())
                        .configureSnapshotTrigger(c -> new GrowingSnapshots(c.snapshotter(),
                                properties.snapshotEvery())));
    }

    /** Rule violations keep their code when they cross Axon Server (see {@link RuleViolationDetails}). */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> ruleViolationsAsDetails() {
        return RuleViolationDetails.interceptor();
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** The actor recorded on a command is recorded on every event it causes. */
    @Bean
    CorrelationDataProvider actorOnEvents() {
        return new SimpleCorrelationDataProvider(Metadata.ACTOR);
    }
}
