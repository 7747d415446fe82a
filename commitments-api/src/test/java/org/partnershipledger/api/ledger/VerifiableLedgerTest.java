package org.partnershipledger.api.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import org.partnershipledger.core.verification.Checkpoint;
import org.partnershipledger.core.verification.CheckpointSigner;
import org.partnershipledger.core.verification.MerkleTree;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each partnership's events form an RFC 6962 Merkle log with signed checkpoints; proofs check out with an
 * independent implementation; and verification names the first event altered, removed, inserted or reordered in the
 * real database, or a log rewritten behind a signed checkpoint.
 */
class VerifiableLedgerTest extends ApiTest {

    private final List<String> tampered = new ArrayList<>();

    @AfterEach
    void eraseWhatWasTamperedWith() {
        tampered.forEach(this::erase);
    }

    private JsonNode verify(String partnership) {
        return accepted(200, http.post("/api/partnerships/" + partnership + "/ledger/verify", "")).json();
    }

    private String partnershipWithHistory() {
        String id = newPartnership();
        newPriority(id);
        tampered.add(id);
        return id;
    }

    @Test
    void anUntouchedLedgerVerifies() {
        String id = partnershipWithHistory();
        JsonNode report = verify(id);
        assertThat(report.path("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("events").asLong()).isEqualTo(storeVersion(id) + 1);
        assertThat(report.path("leaves").asLong()).isEqualTo(storeVersion(id) + 1);
    }

    @Test
    void aCheckpointIsSignedWithThePublishedKeyAndProofsCheckOut() throws Exception {
        String id = partnershipWithHistory();
        String note = accepted(200, http.with("Accept", "text/plain").post("/api/partnerships/" + id + "/ledger/checkpoints", "")).text();
        String key = accepted(200, anonymous().get("/.well-known/ledger-checkpoint-key", "text/plain")).text();
        Checkpoint checkpoint = CheckpointSigner.verify(note, key);
        assertThat(checkpoint.treeSize()).isEqualTo(storeVersion(id) + 1);
        assertThat(http.get("/api/partnerships/" + id + "/ledger/checkpoints/latest", "text/plain").text())
                .isEqualTo(note);

        for (long leaf = 0; leaf < checkpoint.treeSize(); leaf++) {
            JsonNode proof = http.get("/api/partnerships/" + id + "/ledger/proofs/inclusion?leafIndex=" + leaf
                    + "&treeSize=" + checkpoint.treeSize()).json();
            List<byte[]> path = new ArrayList<>();
            proof.path("auditPath").forEach(p -> path.add(Base64.getDecoder().decode(p.asString())));
            byte[] leafHash = Base64.getDecoder().decode(proof.path("leafHash").asString());
            assertThat(Independent.rootFromPath(leafHash, (int) leaf, (int) checkpoint.treeSize(), path))
                    .isEqualTo(checkpoint.rootHash());
        }

        accepted(201, http.post("/api/partnerships/" + id + "/commitments", "{\"statement\": \"One more\"}"));
        JsonNode consistency = http.get("/api/partnerships/" + id + "/ledger/proofs/consistency?fromSize="
                + checkpoint.treeSize()).json();
        List<byte[]> proof = new ArrayList<>();
        consistency.path("proof").forEach(p -> proof.add(Base64.getDecoder().decode(p.asString())));
        assertThat(MerkleTree.verifyConsistency(checkpoint.treeSize(), consistency.path("toSize").asLong(),
                checkpoint.rootHash(), Base64.getDecoder().decode(consistency.path("toRoot").asString()), proof))
                .isTrue();
    }

    @Test
    void anAlteredPayloadIsNamed() {
        String id = partnershipWithHistory();
        byte[] payload = jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = 3").param(id).query(byte[].class).single();
        String altered = new String(payload, StandardCharsets.UTF_8).replace("Value for Money", "Value for Mony");
        assertThat(altered).isNotEqualTo(new String(payload, StandardCharsets.UTF_8));
        jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 3")
                .params(altered.getBytes(StandardCharsets.UTF_8), id).update();
        assertProblem(id, "altered", 3, eventId(id, 3));
    }

    @Test
    void aRemovedEventIsNamed() {
        String id = partnershipWithHistory();
        String removed = eventId(id, 4);
        jdbc.sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 4")
                .param(id).update();
        assertProblem(id, "removed", 4, removed);
        // the audit trail still lists the removed event, with no data: the store no longer holds any
        JsonNode entries = http.get("/api/partnerships/" + id + "/audit-trail?size=3&page=1").json().path("entries");
        assertThat(entries.findValuesAsString("eventId")).containsExactly(eventId(id, 3), removed, eventId(id, 5));
        assertThat(entries.get(1).path("data").isObject()).isFalse();
        assertThat(entries.get(0).path("data").path("principleId").asString()).isNotBlank();
    }

    @Test
    void anInsertedEventIsNamed() {
        String id = partnershipWithHistory();
        long next = storeVersion(id) + 1;
        jdbc.sql("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " SELECT 'forged-event', aggregate_identifier, ?, type, time_stamp, payload_type,"
                        + " payload_revision, payload, meta_data FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number = 1")
                .params(next, id).update();
        assertProblem(id, "inserted", next, "forged-event");
        // the read models try the forged event too (it repeats a theme) and park it; erasing waits for that
    }

    @Test
    void swappedEventsAreNamed() {
        String id = partnershipWithHistory();
        String second = eventId(id, 2);
        swap(id, 2, 5);
        assertProblem(id, "reordered", 2, eventId(id, 2));
        assertThat(eventId(id, 5)).isEqualTo(second);
        // the audit trail lists the events where they were recorded, and has no data for the two moved: the store
        // holds other events at their positions now
        JsonNode entries = http.get("/api/partnerships/" + id + "/audit-trail?size=6").json().path("entries");
        assertThat(entries.get(2).path("eventId").asString()).isEqualTo(second);
        for (int i = 0; i < 6; i++) {
            assertThat(entries.get(i).path("data").isObject()).as("entry %d", i).isEqualTo(i != 2 && i != 5);
        }
    }

    @Test
    void aLogRewrittenBehindASignedCheckpointIsFound() throws Exception {
        String id = partnershipWithHistory();
        accepted(200, http.with("Accept", "text/plain").post("/api/partnerships/" + id + "/ledger/checkpoints", ""));
        // someone alters an event and recomputes its leaf, so event and log agree again
        byte[] payload = jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = 1").param(id).query(byte[].class).single();
        byte[] altered = new String(payload, StandardCharsets.UTF_8).replace("Fairer", "Faster")
                .getBytes(StandardCharsets.UTF_8);
        jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 1")
                .params(altered, id).update();
        jdbc.sql("UPDATE ledger_leaf SET leaf_hash = ? WHERE partnership_id = ? AND leaf_index = 1")
                .params(recomputedLeaf(id, 1), id).update();

        JsonNode report = verify(id);
        assertThat(report.path("verified").asBoolean()).isFalse();
        assertThat(report.path("problem").path("kind").asString()).isEqualTo("log-rewritten");
    }

    private void assertProblem(String id, String kind, long position, String eventId) {
        JsonNode report = verify(id);
        assertThat(report.path("verified").asBoolean()).as(report.toString()).isFalse();
        assertThat(report.path("problem").path("kind").asString()).as(report.toString()).isEqualTo(kind);
        assertThat(report.path("problem").path("position").asLong()).isEqualTo(position);
        assertThat(report.path("problem").path("eventId").asString()).isEqualTo(eventId);
    }

    private String eventId(String id, long sequence) {
        return jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?").params(id, sequence).query(String.class).single();
    }

    private void swap(String id, long a, long b) {
        String update = "UPDATE domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?";
        jdbc.sql(update).params(-1, id, a).update();
        jdbc.sql(update).params(a, id, b).update();
        jdbc.sql(update).params(b, id, -1).update();
    }

    /** What a forger would write: the leaf of the altered event, computed as the ledger does. */
    private String recomputedLeaf(String id, long sequence) throws Exception {
        var row = jdbc.sql("SELECT event_identifier, payload_type, payload_revision, aggregate_identifier,"
                + " sequence_number, time_stamp, payload, meta_data FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = ?").params(id, sequence)
                .query((rs, n) -> new org.partnershipledger.core.verification.StoredEvent(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                        rs.getBytes(7), "clerk", rs.getBytes(8))).single();
        return java.util.HexFormat.of().formatHex(row.leafHash());
    }

    /** Recomputes a root from an audit path by RFC 6962's split recursion, independently of the service. */
    static final class Independent {
        static byte[] rootFromPath(byte[] leaf, int index, int size, List<byte[]> path) throws Exception {
            return climb(leaf, index, size, path, path.size() - 1);
        }

        private static byte[] climb(byte[] leaf, int index, int size, List<byte[]> path, int top) throws Exception {
            if (size == 1) {
                return leaf;
            }
            int k = Integer.highestOneBit(size - 1);
            return index < k ? node(climb(leaf, index, k, path, top - 1), path.get(top))
                    : node(path.get(top), climb(leaf, index - k, size - k, path, top - 1));
        }

        private static byte[] node(byte[] left, byte[] right) throws Exception {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((byte) 0x01);
            sha256.update(left);
            sha256.update(right);
            return sha256.digest();
        }
    }
}
