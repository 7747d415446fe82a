package org.partnershipledger.api.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershipledger.api.partnership.Partnerships;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.verification.AuditBundle;
import org.partnershipledger.core.verification.CheckpointSigner;
import org.partnershipledger.core.verification.MerkleTree;
import org.partnershipledger.core.verification.StoredEvent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The verifiable ledger: signed checkpoints, proofs, verification. */
@RestController
@Tag(name = "Verifiable ledger", description = "RFC 6962 Merkle log per partnership, signed checkpoints, proofs")
class LedgerController {

    private static final String LEDGER = "/api/partnerships/{partnershipId}/ledger";

    private final LedgerLog log;
    private final Checkpoints checkpoints;
    private final Verification verification;
    private final Partnerships partnerships;
    private final LedgerEvents events;
    private final JdbcTemplate jdbc;

    LedgerController(LedgerLog log, Checkpoints checkpoints, Verification verification, Partnerships partnerships,
                     LedgerEvents events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
        this.log = log;
        this.checkpoints = checkpoints;
        this.verification = verification;
        this.partnerships = partnerships;
    }

    @GetMapping(value = "/.well-known/ledger-checkpoint-key", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The verifier key of checkpoint signatures (note verifier key format, Ed25519)")
    String verifierKey() {
        return checkpoints.verifierKey() + "\n";
    }

    @PostMapping(value = LEDGER + "/checkpoints", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Sign the partnership's log as it stands now (a C2SP tlog-checkpoint signed note)")
    String issue(@PathVariable PartnershipId partnershipId) {
        partnerships.requireExists(partnershipId);
        return checkpoints.issue(partnershipId.value());
    }

    @GetMapping(value = LEDGER + "/checkpoints/latest", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The latest signed checkpoint of the partnership's log")
    String latest(@PathVariable PartnershipId partnershipId) {
        return checkpoints.latest(partnershipId.value())
                .orElseThrow(() -> new NotFound("checkpoint.not-found", "no checkpoint signed yet"));
    }

    /** An inclusion proof: the leaf at {@code leafIndex} is in the tree of {@code treeSize} with {@code rootHash}. */
    record InclusionProof(long leafIndex, long treeSize, String leafHash, List<String> auditPath, String rootHash) {
    }

    /** A consistency proof: the tree of {@code fromSize} is a prefix of the tree of {@code toSize}. */
    record ConsistencyProof(long fromSize, long toSize, String fromRoot, String toRoot, List<String> proof) {
    }

    @GetMapping(LEDGER + "/proofs/inclusion")
    @Operation(summary = "Prove an event (by its position in the ledger) is in the log of a given size")
    InclusionProof inclusion(@PathVariable PartnershipId partnershipId, @RequestParam long leafIndex,
                             @RequestParam(required = false) Long treeSize) {
        List<byte[]> leaves = treeOf(partnershipId, treeSize);
        if (leafIndex < 0 || leafIndex >= leaves.size()) {
            throw new NotFound("leaf.not-found", "no leaf " + leafIndex + " in a tree of " + leaves.size());
        }
        return new InclusionProof(leafIndex, leaves.size(), b64(leaves.get((int) leafIndex)),
                MerkleTree.inclusionProof(leaves, (int) leafIndex).stream().map(LedgerController::b64).toList(),
                b64(MerkleTree.root(leaves)));
    }

    @GetMapping(LEDGER + "/proofs/consistency")
    @Operation(summary = "Prove the log of one size is a prefix of the log of a larger size")
    ConsistencyProof consistency(@PathVariable PartnershipId partnershipId, @RequestParam long fromSize,
                                 @RequestParam(required = false) Long toSize) {
        List<byte[]> leaves = treeOf(partnershipId, toSize);
        if (fromSize < 1 || fromSize > leaves.size()) {
            throw new NotFound("tree.not-found", "no tree of " + fromSize + " leaves within " + leaves.size());
        }
        return new ConsistencyProof(fromSize, leaves.size(), b64(MerkleTree.root(leaves.subList(0, (int) fromSize))),
                b64(MerkleTree.root(leaves)),
                MerkleTree.consistencyProof(leaves, (int) fromSize).stream().map(LedgerController::b64).toList());
    }

    @GetMapping(LEDGER + "/bundle")
    @Operation(summary = "Export an audit bundle: a fresh signed checkpoint and every event it covers, as stored, "
            + "for offline verification (java -jar partnership-ledger.jar verify --bundle F --public-key K)")
    AuditBundle bundle(@PathVariable PartnershipId partnershipId) {
        partnerships.requireExists(partnershipId);
        String note = checkpoints.issue(partnershipId.value());
        long size = CheckpointSigner.verify(note, checkpoints.verifierKey()).treeSize();
        List<AuditBundle.Event> covered = jdbc.execute((ConnectionCallback<List<AuditBundle.Event>>) connection -> {
            List<AuditBundle.Event> read = new ArrayList<>();
            try (LedgerEvents.Cursor stored = events.open(connection, partnershipId.value(), 0)) {
                StoredEvent event;
                while (read.size() < size && (event = stored.next()) != null) {
                    read.add(AuditBundle.Event.of(event));
                }
            }
            return read;
        });
        return new AuditBundle(AuditBundle.FORMAT, partnershipId.value(), note, checkpoints.verifierKey(), covered);
    }

    @PostMapping(LEDGER + "/verify")
    @Operation(summary = "Recompute every leaf from the event store and check the log and its latest checkpoint")
    Verification.Report verify(@PathVariable PartnershipId partnershipId) {
        partnerships.requireExists(partnershipId);
        return verification.verify(partnershipId.value());
    }

    private List<byte[]> treeOf(PartnershipId partnershipId, Long size) {
        List<byte[]> leaves = log.leaves(partnershipId.value());
        if (size == null) {
            return leaves;
        }
        if (size < 1 || size > leaves.size()) {
            throw new NotFound("tree.not-found", "the log has " + leaves.size() + " leaves, not " + size);
        }
        return leaves.subList(0, size.intValue());
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
