package org.partnershipledger.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershipledger.core.serialization.LedgerSerializer;
import org.partnershipledger.projections.audit.AuditEntry;

import java.util.Arrays;
import java.util.List;

/**
 * The audit trail as CSV rows. Columns, in this order and never renamed:
 * {@code sequence_number, recorded_at, event_type, actor, decision_reference, decision_rationale, priority_id,
 * summary, event_id, data} — {@code data} is the event's JSON.
 */
final class AuditCsv {

    static final List<String> HEADERS = List.of("sequence_number", "recorded_at", "event_type", "actor",
            "decision_reference", "decision_rationale", "priority_id", "summary", "event_id", "data");
    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();

    private AuditCsv() {
    }

    static List<Object> row(AuditEntry e) {
        try {
            return Arrays.asList(e.sequenceNumber(), e.recordedAt(), e.eventType(), e.actor(), e.decisionReference(),
                    e.decisionRationale(), e.priorityId(), e.summary(), e.eventId(),
                    JSON.writeValueAsString(e.data()));
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
