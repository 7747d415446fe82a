package org.partnershipledger.core.verification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A checkpoint of a partnership's Merkle log in the C2SP {@code tlog-checkpoint} text format: the origin line, the
 * tree size in decimal, the root hash in standard base64, and one extension line {@code time <ISO-8601 instant>},
 * each ending in a newline. Signed as a C2SP signed note (see {@link CheckpointSigner}).
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, Instant time) {

    public String body() {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n"
                + "time " + time + "\n";
    }

    /** Reads the body of a signed note (everything before the blank line). */
    public static Checkpoint parse(String body) {
        String[] lines = body.split("\n", -1);
        if (lines.length < 5 || !lines[lines.length - 1].isEmpty() || !lines[3].startsWith("time ")) {
            throw new IllegalArgumentException("not a checkpoint: expected origin, size, root and time lines");
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]),
                Instant.parse(lines[3].substring("time ".length())));
    }

    public byte[] bodyBytes() {
        return body().getBytes(StandardCharsets.UTF_8);
    }
}
