package org.partnershipledger.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipledger.core.serialization.LedgerSerializer;
import org.partnershipledger.projections.audit.AuditEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The audit trail as CSV (RFC 4180, UTF-8). Columns, in this order and never renamed:
 * {@code sequence_number, recorded_at, event_type, actor, decision_reference, decision_rationale, priority_id,
 * summary, event_id, data} — {@code data} is the event's JSON.
 */
final class AuditCsv {

    static final String[] HEADERS = {"sequence_number", "recorded_at", "event_type", "actor", "decision_reference",
            "decision_rationale", "priority_id", "summary", "event_id", "data"};
    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    AuditCsv() {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADERS).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void append(List<AuditEntry> entries) {
        try {
            for (AuditEntry e : entries) {
                printer.printRecord(e.sequenceNumber(), e.recordedAt(), e.eventType(), e.actor(),
                        e.decisionReference(), e.decisionRationale(), e.priorityId(), e.summary(), e.eventId(),
                        JSON.writeValueAsString(e.data()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
