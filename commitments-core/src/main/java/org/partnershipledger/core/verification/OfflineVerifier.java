package org.partnershipledger.core.verification;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Verifies an exported audit bundle with no database and no network:
 * {@code java -jar partnership-ledger.jar verify --bundle sutton.json --public-key ledger.vkey}. Checks that the
 * checkpoint is signed by the given verifier key, that the events are the checkpoint's events in order (positions
 * 0 to size−1, no gap, no extra), and that their leaves hash to the signed root. Exit code 0 when all holds.
 */
public final class OfflineVerifier {

    private OfflineVerifier() {
    }

    /** Runs the command line; returns the process exit code (0 verified, 1 not verified, 2 usage). */
    public static int run(List<String> args, PrintStream out) {
        Path bundle = option(args, "--bundle");
        Path key = option(args, "--public-key");
        if (bundle == null || key == null) {
            out.println("usage: verify --bundle <audit bundle JSON> --public-key <verifier key file>");
            return 2;
        }
        try {
            AuditBundle read = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(Files.readAllBytes(bundle), AuditBundle.class);
            String verdict = verify(read, Files.readString(key).strip());
            out.println(verdict);
            return verdict.startsWith("verified") ? 0 : 1;
        } catch (IOException e) {
            out.println("cannot read: " + e.getMessage());
            return 2;
        }
    }

    /** The verdict on a bundle: a line beginning "verified" or "NOT verified". */
    public static String verify(AuditBundle bundle, String verifierKey) {
        if (!AuditBundle.FORMAT.equals(bundle.format())) {
            return "NOT verified: unknown bundle format " + bundle.format();
        }
        Checkpoint checkpoint;
        try {
            checkpoint = CheckpointSigner.verify(bundle.checkpoint(), verifierKey);
        } catch (IllegalArgumentException invalid) {
            return "NOT verified: the checkpoint's signature does not check out with this key (" + invalid.getMessage()
                    + ")";
        }
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < bundle.events().size(); i++) {
            AuditBundle.Event event = bundle.events().get(i);
            if (event.sequenceNumber() != i) {
                return "NOT verified: position " + i + " holds event " + event.eventId() + " of position "
                        + event.sequenceNumber();
            }
            leaves.add(event.toStored().leafHash());
        }
        if (leaves.size() != checkpoint.treeSize()) {
            return "NOT verified: the checkpoint signs " + checkpoint.treeSize() + " events; the bundle has "
                    + leaves.size();
        }
        if (!Arrays.equals(MerkleTree.root(leaves), checkpoint.rootHash())) {
            return "NOT verified: the events do not hash to the signed root; at least one was altered, removed, "
                    + "inserted or reordered";
        }
        return "verified: " + leaves.size() + " events of " + checkpoint.origin() + ", root "
                + Base64.getEncoder().encodeToString(checkpoint.rootHash()) + ", signed at " + checkpoint.time();
    }

    private static Path option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Path.of(args.get(at + 1)) : null;
    }
}
