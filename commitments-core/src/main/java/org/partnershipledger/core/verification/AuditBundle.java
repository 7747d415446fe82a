package org.partnershipledger.core.verification;

import java.util.List;

/**
 * What an auditor takes away to verify offline: a signed checkpoint of a partnership's log and the events it
 * covers, as stored. Written as JSON with {@code format} = {@value #FORMAT}; every {@code payload} and
 * {@code metadata} is base64 of the stored bytes, every other field is text as stored.
 *
 * @param verifierKey the key the service published — informational only: verify against a copy of the key obtained
 *                    independently ({@code /.well-known/ledger-checkpoint-key})
 */
public record AuditBundle(String format, String partnershipId, String checkpoint, String verifierKey,
                          List<Event> events) {

    public static final String FORMAT = "partnership-ledger/audit-bundle/v1";

    /** One stored event; see {@link StoredEvent} for how it is hashed. */
    public record Event(String eventId, String payloadType, String payloadRevision, String aggregateId,
                        long sequenceNumber, String timestamp, String payload, String actor, String metadata) {

        public static Event of(StoredEvent stored) {
            return new Event(stored.eventId(), stored.payloadType(), stored.payloadRevision(), stored.aggregateId(),
                    stored.sequenceNumber(), stored.timestamp(),
                    java.util.Base64.getEncoder().encodeToString(stored.payload()), stored.actor(),
                    stored.metadata() == null ? null : java.util.Base64.getEncoder().encodeToString(stored.metadata()));
        }

        public StoredEvent toStored() {
            return new StoredEvent(eventId, payloadType, payloadRevision, aggregateId, sequenceNumber, timestamp,
                    java.util.Base64.getDecoder().decode(payload), actor,
                    metadata == null ? null : java.util.Base64.getDecoder().decode(metadata));
        }
    }
}
