package org.partnershipledger.api.ledger;

import org.partnershipledger.core.verification.Checkpoint;
import org.partnershipledger.core.verification.CheckpointSigner;
import org.partnershipledger.core.verification.MerkleTree;
import org.partnershipledger.core.verification.StoredEvent;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recomputes every leaf of a partnership's log from the event store and compares them with the log, and the log
 * with its latest signed checkpoint. Reports the first event altered, removed, inserted or reordered (by position
 * and event id), or a log that no longer matches what was signed — or success, with counts and time taken.
 */
@Component
public class Verification {

    private final StoredEvents events;
    private final LedgerLog log;
    private final Checkpoints checkpoints;

    Verification(StoredEvents events, LedgerLog log, Checkpoints checkpoints) {
        this.events = events;
        this.log = log;
        this.checkpoints = checkpoints;
    }

    /** What verification found: {@code problem} is absent when everything verified. */
    public record Report(String partnershipId, boolean verified, long events, long leaves, Long checkpointSize,
                         Problem problem, long tookMillis) {
    }

    /**
     * The first thing found wrong.
     *
     * @param kind     {@code altered}, {@code removed}, {@code inserted}, {@code reordered}, {@code log-rewritten},
     *                 {@code log-truncated} or {@code checkpoint-invalid}
     * @param position the position in the partnership's ledger (its sequence number)
     * @param eventId  the event concerned, where one is
     */
    public record Problem(String kind, long position, String eventId, String detail) {
    }

    public Report verify(String partnershipId) {
        long started = System.nanoTime();
        List<StoredEvent> stored = events.from(partnershipId, 0);
        List<LedgerLog.Leaf> leaves = log.entries(partnershipId);
        Optional<String> note = checkpoints.latest(partnershipId);
        Problem problem = firstDifference(stored, leaves)
                .or(() -> note.flatMap(n -> againstCheckpoint(n, leaves)))
                .orElse(null);
        Long checkpointSize = note.map(n -> {
            try {
                return Checkpoint.parse(n.substring(0, n.indexOf("\n\n") + 1)).treeSize();
            } catch (RuntimeException unreadable) {
                return null;
            }
        }).orElse(null);
        return new Report(partnershipId, problem == null, stored.size(), leaves.size(), checkpointSize, problem,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Optional<Problem> firstDifference(List<StoredEvent> stored, List<LedgerLog.Leaf> leaves) {
        Map<Long, StoredEvent> bySequence = stored.stream()
                .collect(Collectors.toMap(StoredEvent::sequenceNumber, e -> e, (a, b) -> a));
        Map<String, Long> leafPosition = new HashMap<>();
        leaves.forEach(l -> leafPosition.put(l.eventId(), l.index()));
        long end = Math.max(leaves.size(), stored.isEmpty() ? 0 : stored.get(stored.size() - 1).sequenceNumber() + 1);
        for (long p = 0; p < end; p++) {
            LedgerLog.Leaf leaf = p < leaves.size() ? leaves.get((int) p) : null;
            StoredEvent event = bySequence.get(p);
            if (leaf == null) {
                return Optional.of(new Problem("inserted", p, event.eventId(),
                        "an event is in the store that the ledger never logged"));
            }
            if (event == null) {
                return Optional.of(new Problem("removed", p, leaf.eventId(),
                        "the logged event is no longer in the store"));
            }
            if (!event.eventId().equals(leaf.eventId())) {
                Long logged = leafPosition.get(event.eventId());
                return Optional.of(logged != null
                        ? new Problem("reordered", p, event.eventId(), "this event was logged at position " + logged)
                        : new Problem("inserted", p, event.eventId(),
                        "an event the ledger never logged stands where " + leaf.eventId() + " was"));
            }
            if (!Arrays.equals(event.leafHash(), leaf.hash())) {
                return Optional.of(new Problem("altered", p, event.eventId(),
                        "the stored event no longer hashes to its logged leaf"));
            }
        }
        return Optional.empty();
    }

    private Optional<Problem> againstCheckpoint(String note, List<LedgerLog.Leaf> leaves) {
        Checkpoint checkpoint;
        try {
            checkpoint = CheckpointSigner.verify(note, checkpoints.verifierKey());
        } catch (IllegalArgumentException invalid) {
            return Optional.of(new Problem("checkpoint-invalid", -1, null, invalid.getMessage()));
        }
        if (leaves.size() < checkpoint.treeSize()) {
            return Optional.of(new Problem("log-truncated", leaves.size(), null,
                    "the log has " + leaves.size() + " leaves; " + checkpoint.treeSize() + " were signed"));
        }
        byte[] root = MerkleTree.root(leaves.subList(0, (int) checkpoint.treeSize()).stream()
                .map(LedgerLog.Leaf::hash).toList());
        if (!Arrays.equals(root, checkpoint.rootHash())) {
            return Optional.of(new Problem("log-rewritten", checkpoint.treeSize(), null,
                    "the first " + checkpoint.treeSize() + " leaves no longer hash to the signed root"));
        }
        return Optional.empty();
    }
}
