package org.partnershipledger.projections.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One event in the audit trail: its position in the partnership's ledger, when it was recorded and by whom, the
 * decision it rests on, a line of plain English, and the event's own data exactly as the event store holds it (read
 * from the store when the entry is asked for; none if the store no longer holds the event, which verifying the
 * partnership's ledger reports).
 */
public record AuditEntry(long sequenceNumber, String eventId, String eventType, Instant recordedAt, String actor,
                         String decisionReference, String decisionRationale, String priorityId, String summary,
                         Map<String, Object> data) {

    /** The same entry with this data. */
    public AuditEntry withData(Map<String, Object> data) {
        return new AuditEntry(sequenceNumber, eventId, eventType, recordedAt, actor, decisionReference,
                decisionRationale, priorityId, summary, data);
    }
}
