package org.partnershipledger.api.ledger;

import org.partnershipledger.core.verification.Checkpoint;
import org.partnershipledger.core.verification.MerkleTree;
import org.partnershipledger.api.config.DurableWrites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Issues signed checkpoints of partnerships' logs: on demand, and every few minutes for logs that grew. */
@Component
public class Checkpoints {

    private final JdbcClient jdbc;
    private final LedgerLog log;
    private final CheckpointKeys keys;
    private final String keyName;
    private final DurableWrites durable;

    Checkpoints(JdbcClient jdbc, LedgerLog log, CheckpointKeys keys,
                @Value("${ledger.checkpoints.key-name:partnership-ledger}") String keyName, DurableWrites durable) {
        this.jdbc = jdbc;
        this.log = log;
        this.keys = keys;
        this.keyName = keyName;
        this.durable = durable;
    }

    /** Signs the log as it stands now (or returns the existing checkpoint of that size). */
    public String issue(String partnershipId) {
        List<byte[]> leaves = log.leaves(partnershipId);
        Optional<String> existing = signedNote(partnershipId, leaves.size());
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] root = MerkleTree.root(leaves);
        Instant now = Instant.now();
        String note = keys.signer().sign(new Checkpoint(keyName + "/" + partnershipId, leaves.size(), root, now));
        jdbc.sql("INSERT INTO ledger_checkpoint (partnership_id, tree_size, root_hash, signed_note, issued_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(partnershipId, leaves.size(), HexFormat.of().formatHex(root), note,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        durable.flush();
        return note;
    }

    public Optional<String> latest(String partnershipId) {
        return jdbc.sql("SELECT signed_note FROM ledger_checkpoint WHERE partnership_id = ?"
                        + " ORDER BY tree_size DESC LIMIT 1")
                .param(partnershipId).query(String.class).optional();
    }

    public String verifierKey() {
        return keys.signer().verifierKey();
    }

    private Optional<String> signedNote(String partnershipId, long size) {
        return jdbc.sql("SELECT signed_note FROM ledger_checkpoint WHERE partnership_id = ? AND tree_size = ?")
                .params(partnershipId, size).query(String.class).optional();
    }

    /** Every so often, a checkpoint for each partnership whose log grew since its last one. */
    @Scheduled(fixedDelayString = "${ledger.checkpoints.interval:PT10M}", initialDelayString = "PT1M")
    void issueWhereGrown() {
        jdbc.sql("SELECT l.partnership_id FROM ledger_leaf l GROUP BY l.partnership_id HAVING COUNT(*) >"
                        + " COALESCE((SELECT MAX(c.tree_size) FROM ledger_checkpoint c"
                        + " WHERE c.partnership_id = l.partnership_id), 0)")
                .query(String.class).list()
                .forEach(this::issue);
    }
}
