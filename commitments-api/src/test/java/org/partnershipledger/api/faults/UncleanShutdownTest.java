package org.partnershipledger.api.faults;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerNode;
import org.partnershipledger.api.PledgeLoad;
import org.partnershipledger.api.TornIndexes;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store after a run that did not stop in order. H2 can keep a transaction in part across a crash — a
 * SIGKILL test once kept the read models' token saying an event was applied, without that event's rows — so a node
 * marks its store as open while it runs and, when it starts and finds the mark, brings the ledger log back to the
 * stored events and rewrites the read models from them. Here a node is killed, its store is put in such a state by
 * hand (the last event's ledger leaf taken away and a leaf of an event never stored put in; a pledge's rows taken
 * away behind the token, and a row no event made put in; the last event's entry taken out of its table's index; a
 * snapshot ahead of the events; a request's claim on its Idempotency-Key left held), and it is started again.
 */
class UncleanShutdownTest {

    private static final String PLEDGES = PledgeLoad.pledges("unclean");
    private static final String COMMITMENTS = "/api/partnerships/unclean/commitments";
    private static final String COMMITMENT = "{\"statement\": \"To be answered after a crash\"}";

    @Test
    void theLedgerAndReadModelsArePutRightAfterAKillAndLeftAloneAfterAnOrderlyStop() throws Exception {
        Path data = Files.createTempDirectory("unclean-data");
        Path log = Files.createTempDirectory("unclean").resolve("node.log");
        Path mark = data.resolve("ledger.in-use");

        LedgerNode first = LedgerNode.embedded("unclean", data, log);
        PledgeLoad.establish(first.http, "unclean");
        assertThat(first.http.with("Idempotency-Key", "answered").post(COMMITMENTS, COMMITMENT).status())
                .isEqualTo(201);
        long version = 0;
        for (int i = 0; i < 5; i++) {
            Http.Answer pledged = first.http.post(PLEDGES, PledgeLoad.pledge("p" + i, 100 + i));
            assertThat(pledged.status()).as(pledged.toString()).isEqualTo(201);
            version = pledged.version();
        }
        assertThat(pledgeIds(first.http, version)).containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4");
        JsonNode readModels = first.http.get("/api/read-models").json();
        // signing a checkpoint writes out everything committed so far: the token now covers every event
        assertThat(first.http.with("Accept", "text/plain").post("/api/partnerships/unclean/ledger/checkpoints", "")
                .status()).isEqualTo(200);
        assertThat(mark).as("the store is marked as open while a node runs").exists();
        first.kill();
        assertThat(mark).as("a killed node leaves its mark").exists();

        long lastSequence = version;
        inStore(data, statement -> {
            // the last event's leaf lost, and a leaf kept whose event was not
            statement.executeUpdate("DELETE FROM ledger_leaf WHERE partnership_id = 'unclean' AND leaf_index = "
                    + lastSequence);
            statement.executeUpdate("INSERT INTO ledger_leaf (partnership_id, leaf_index, event_id, leaf_hash)"
                    + " VALUES ('unclean', " + (lastSequence + 1) + ", 'never-stored', '" + "ab".repeat(32) + "')");
            statement.executeUpdate("DELETE FROM rm_pledge WHERE partnership_id = 'unclean' AND pledge_id = 'p4'");
            statement.executeUpdate("DELETE FROM rm_audit_entry WHERE partnership_id = 'unclean'"
                    + " AND sequence_number = " + lastSequence);
            statement.executeUpdate("INSERT INTO rm_pledge SELECT partnership_id, 'never-pledged', priority_id,"
                    + " partner_id, amount_minor, currency, financial_year, kind, status, withdrawn, spent_minor,"
                    + " pledged_at FROM rm_pledge WHERE partnership_id = 'unclean' AND pledge_id = 'p0'");
            // a snapshot kept of a state whose last events were not
            statement.executeUpdate("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type,"
                    + " event_identifier, payload, payload_type, time_stamp) VALUES ('unclean', " + (lastSequence + 5)
                    + ", 'Partnership', 'snapshot-ahead', X'00', 'org.partnershipledger.core.partnership.Partnership',"
                    + " '2026-11-24T00:00:00Z')");
            // a request the killed node was still carrying out holds its key, as if for a moment more
            // the last event kept without its entry in the (aggregate, sequence) index: unseen when the partnership is
            // loaded, its sequence number would be given to the next event
            TornIndexes.withoutEntryOfLastRow(statement.getConnection(), "DOMAIN_EVENT_ENTRY",
                    "UK_DOMAIN_EVENT_AGGREGATE_SEQUENCE");
            statement.executeUpdate("INSERT INTO idempotency_key (caller, idem_key, request_hash, state, created_at,"
                    + " expires_at, claim_token, claimed_at) SELECT caller, 'cut-short', request_hash, 'IN_FLIGHT',"
                    + " CURRENT_TIMESTAMP, expires_at, 'ended', CURRENT_TIMESTAMP FROM idempotency_key"
                    + " WHERE idem_key = 'answered'");
        });

        // while that index lacks the entry, a second event at the last one's sequence number is let in: the store
        // can then not be put right, and must not be opened as if it had been
        inStore(data, statement -> statement.executeUpdate("INSERT INTO domain_event_entry (aggregate_identifier,"
                + " sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type,"
                + " time_stamp) SELECT aggregate_identifier, sequence_number, type, 'second-at-" + lastSequence + "',"
                + " meta_data, payload, payload_revision, payload_type, time_stamp FROM domain_event_entry"
                + " ORDER BY global_index DESC LIMIT 1"));
        Path failedLog = log.resolveSibling("failed.log");
        assertThatThrownBy(() -> LedgerNode.embedded("unclean", data, failedLog))
                .as("a start that cannot put the store right").hasMessageContaining("exited");
        assertThat(Files.readString(failedLog)).contains("the rows of DOMAIN_EVENT_ENTRY are no longer unique in"
                + " UK_DOMAIN_EVENT_AGGREGATE_SEQUENCE");
        assertThat(mark).as("kept for the next start to put right").exists();
        inStore(data, statement -> statement.executeUpdate("DELETE FROM domain_event_entry"
                + " WHERE event_identifier = 'second-at-" + lastSequence + "'"));

        try (LedgerNode second = LedgerNode.embedded("unclean", data, log)) {
            JsonNode repair = second.http.get("/api/read-models/rebuild").json();
            assertThat(repair.path("state").asString()).as(repair.toString()).isEqualTo("DONE");
            assertThat(repair.path("reason").asString()).isEqualTo("the embedded store was not closed in order");
            assertThat(repair.path("rewrite").asBoolean()).isTrue();
            assertThat(repair.path("eventsApplied").asLong()).isEqualTo(repair.path("eventsTotal").asLong())
                    .isPositive();
            assertThat(pledgeIds(second.http, version)).containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4");
            assertThat(second.http.get("/api/read-models").json()).as("every read model as before the kill")
                    .isEqualTo(readModels);

            Http.Answer retried = second.http.with("Idempotency-Key", "cut-short").post(COMMITMENTS, COMMITMENT);
            assertThat(retried.status()).as("the ended run's claim on the key is let go: " + retried)
                    .isEqualTo(201);
            assertThat(retried.header("Idempotency-Replayed")).isNull();

            Http.Answer more = second.http.post(PLEDGES, PledgeLoad.pledge("p5", 105));
            assertThat(more.status()).as("the read models go on from the token").isEqualTo(201);
            assertThat(pledgeIds(second.http, more.version())).contains("p5").hasSize(6);
            JsonNode verified = second.http.post("/api/partnerships/unclean/ledger/verify", "{}").json();
            assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.path("leaves").asLong()).isEqualTo(verified.path("events").asLong())
                    .isEqualTo(more.version() + 1);
        }
        assertThat(mark).as("a node that stops in order removes its mark").doesNotExist();
        inStore(data, statement -> {
            try (var snapshots = statement.executeQuery("SELECT COUNT(*) FROM snapshot_event_entry"
                    + " WHERE event_identifier = 'snapshot-ahead'")) {
                snapshots.next();
                assertThat(snapshots.getLong(1)).as("the snapshot ahead of its events dropped").isZero();
            }
        });

        try (LedgerNode third = LedgerNode.embedded("unclean", data, log)) {
            assertThat(third.http.get("/api/read-models/rebuild").json().path("state").asString())
                    .as("no rewrite after an orderly stop").isEqualTo("IDLE");
            assertThat(mark).exists();

            Path refusedLog = log.resolveSibling("refused.log");
            assertThatThrownBy(() -> LedgerNode.embedded("unclean", data, refusedLog))
                    .as("a second process on the same store").hasMessageContaining("exited");
            assertThat(Files.readString(refusedLog)).contains("another process has the embedded store open");
            assertThat(mark).as("left to the process that has the store").exists();
            assertThat(third.http.get("/api/read-models/rebuild").status()).isEqualTo(200);
        }
    }

    private static Set<String> pledgeIds(Http http, long version) {
        Set<String> ids = new HashSet<>();
        http.get(PLEDGES + "?minVersion=" + version).json().forEach(p -> ids.add(p.path("pledgeId").asString()));
        return ids;
    }

    private interface Change {
        void apply(Statement statement) throws Exception;
    }

    /** Changes the stopped node's store directly, as the service itself opens it. */
    private static void inStore(Path data, Change change) throws Exception {
        try (Connection store = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("ledger")
                + ";IFEXISTS=TRUE", "ledger", "");
             Statement statement = store.createStatement()) {
            change.apply(statement);
        }
    }
}
