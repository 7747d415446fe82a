package org.partnershipledger.api.ledger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.TestStore;
import org.partnershipledger.core.verification.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a partnership's log is extended and aligned, on the service's own schema: leaves are made from the events as
 * stored, in order, as many at a time as asked; after an unclean shutdown of the embedded store a log is aligned
 * with the events the database holds — unless the events are not there but in Axon Server: then the database's empty
 * event table says nothing about the log, and taking it at its word would remove every leaf.
 */
class LedgerLogTest {

    private JdbcTemplate database;
    private TransactionTemplate transaction;

    @BeforeEach
    void schema() {
        DataSource dataSource = TestStore.migratedH2("ledger-log");
        database = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void leavesAreMadeFromTheStoredEventsInOrderAsManyAtATimeAsAsked() {
        store("sutton", 25);
        LedgerLog log = inTheDatabase();

        assertThat(log.extend("sutton", 10)).isEqualTo(10);
        assertThat(log.extend("sutton", 10)).isEqualTo(10);
        assertThat(log.extend("sutton")).isEqualTo(5);
        assertThat(log.extend("sutton")).isZero();
        assertThat(log.leaves("sutton")).containsExactlyElementsOf(expectedLeaves("sutton", 25));
    }

    @Test
    void aFeedOfStoredEventsLogsEachOnceWhicheverMadeItsLeaf() {
        store("sutton", 25);
        LedgerLog log = inTheDatabase();

        for (int sequence = 0; sequence < 25; sequence++) {
            log.extendTo("sutton", sequence);
            assertThat(log.size("sutton")).isGreaterThan(sequence);
        }
        log.extendTo("sutton", 3);
        assertThat(log.leaves("sutton")).containsExactlyElementsOf(expectedLeaves("sutton", 25));
    }

    @Test
    void extendingFullyLogsEveryStoredEvent() {
        store("sutton", 25);
        LedgerLog log = inTheDatabase();
        log.extend("sutton", 4);

        log.extendFully("sutton", transaction);

        assertThat(log.leaves("sutton")).containsExactlyElementsOf(expectedLeaves("sutton", 25));
    }

    @Test
    void leavesWithoutStoredEventsAreRemovedWhenTheEventsAreInTheDatabase() {
        threeLeavesWithoutEvents();
        LedgerLog log = inTheDatabase();

        assertThat(log.alignWithStoredEvents()).containsExactly(new LedgerLog.Aligned("sutton", 3, 0));
        assertThat(log.size("sutton")).isZero();
    }

    @Test
    void nothingIsRemovedWhenTheEventsAreInAxonServer() {
        threeLeavesWithoutEvents();
        LedgerLog log = new LedgerLog(JdbcClient.create(database), database, new AxonServerEvents(null));

        assertThat(log.alignWithStoredEvents()).isEmpty();
        assertThat(log.size("sutton")).isEqualTo(3);
    }

    private LedgerLog inTheDatabase() {
        return new LedgerLog(JdbcClient.create(database), database, new StoredEvents());
    }

    private void threeLeavesWithoutEvents() {
        for (int leaf = 0; leaf < 3; leaf++) {
            database.update("INSERT INTO ledger_leaf (partnership_id, leaf_index, event_id, leaf_hash)"
                    + " VALUES ('sutton', ?, ?, ?)", leaf, "event-" + leaf, "00".repeat(32));
        }
    }

    private void store(String partnershipId, int events) {
        for (int sequence = 0; sequence < events; sequence++) {
            database.update("INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type,"
                            + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
                            + " VALUES (?, ?, 'Partnership', ?, ?, ?, '1', 'ThemeDefined', ?)", partnershipId, sequence,
                    partnershipId + "-" + sequence, "{\"actor\":\"clerk\"}".getBytes(StandardCharsets.UTF_8),
                    ("{\"n\":" + sequence + "}").getBytes(StandardCharsets.UTF_8),
                    "2011-03-31T10:00:00.0" + (sequence % 10) + "0Z");
        }
    }

    /** The leaves of the events {@link #store} stored, each made here from the event's fields. */
    private static List<byte[]> expectedLeaves(String partnershipId, int events) {
        return IntStream.range(0, events).mapToObj(sequence -> new StoredEvent(partnershipId + "-" + sequence,
                        "ThemeDefined", "1", partnershipId, sequence, "2011-03-31T10:00:00.0" + (sequence % 10) + "0Z",
                        ("{\"n\":" + sequence + "}").getBytes(StandardCharsets.UTF_8), "clerk",
                        "{\"actor\":\"clerk\"}".getBytes(StandardCharsets.UTF_8)).leafHash())
                .toList();
    }
}
