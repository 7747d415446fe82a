package org.partnershipledger.core.verification;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An event as the event store holds it, and its canonical bytes: what a leaf of the partnership's Merkle log
 * hashes. The bytes are the ASCII tag {@code partnership-ledger/event/v1} followed by nine fields in this order —
 * event id, payload type, payload revision, aggregate id, sequence number (decimal), timestamp (as stored, ISO-8601),
 * payload (the stored bytes, exactly), actor, and the metadata as stored — each written as a 4-byte big-endian
 * length and then that many bytes (text in UTF-8; an absent field has length 0). The leaf hash is
 * SHA-256(0x00 ‖ canonical bytes), as RFC 6962 §2.1 says.
 */
public record StoredEvent(
        String eventId,
        String payloadType,
        String payloadRevision,
        String aggregateId,
        long sequenceNumber,
        String timestamp,
        byte[] payload,
        String actor,
        byte[] metadata) {

    public static final String TAG = "partnership-ledger/event/v1";

    public byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 512);
        out.writeBytes(TAG.getBytes(StandardCharsets.US_ASCII));
        field(out, text(eventId));
        field(out, text(payloadType));
        field(out, text(payloadRevision));
        field(out, text(aggregateId));
        field(out, text(Long.toString(sequenceNumber)));
        field(out, text(timestamp));
        field(out, payload);
        field(out, text(actor));
        field(out, metadata == null ? new byte[0] : metadata);
        return out.toByteArray();
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(canonicalBytes());
    }

    private static byte[] text(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredEvent other && java.util.Arrays.equals(canonicalBytes(), other.canonicalBytes());
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, aggregateId, sequenceNumber);
    }
}
