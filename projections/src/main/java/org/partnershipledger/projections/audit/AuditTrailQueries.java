package org.partnershipledger.projections.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.core.serialization.LedgerSerializer;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail with its filters, a page at a time. */
@Component
public class AuditTrailQueries {

    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final StoredEventData events;

    public AuditTrailQueries(JdbcClient jdbc, StoredEventData events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @QueryHandler
    public AuditPage handle(FindAuditTrail query) {
        StringBuilder where = new StringBuilder(" WHERE partnership_id = ?");
        List<Object> params = new ArrayList<>(List.of(query.partnershipId().value()));
        if (query.from() != null) {
            where.append(" AND recorded_at >= ?");
            params.add(Ledger.utc(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND recorded_at < ?");
            params.add(Ledger.utc(query.to()));
        }
        if (query.priorityId() != null) {
            where.append(" AND priority_id = ?");
            params.add(query.priorityId().value());
        }
        if (query.partnerId() != null) {
            where.append(" AND partner_ids LIKE ?");
            params.add("%," + query.partnerId().value() + ",%");
        }
        if (query.eventType() != null) {
            where.append(" AND event_type = ?");
            params.add(query.eventType());
        }
        if (params.size() == 1) {
            return whole(query);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM rm_audit_entry" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM rm_audit_entry" + where
                        + " ORDER BY partnership_id, sequence_number LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, row) -> entry(rs))
                .list();
        return new AuditPage(withData(query.partnershipId().value(), entries), query.page(), query.size(), total);
    }

    /**
     * A page of the whole trail. Entries are numbered by sequence from 0 without gaps, so page p holds sequence
     * numbers [p × size, (p + 1) × size) and the total is the last one + 1: both are read through the primary key,
     * however long the trail (counting, or skipping to an offset, reads every entry before it).
     */
    private AuditPage whole(FindAuditTrail query) {
        String id = query.partnershipId().value();
        long total = jdbc.sql("SELECT sequence_number FROM rm_audit_entry WHERE partnership_id = ?"
                        + " ORDER BY partnership_id DESC, sequence_number DESC FETCH FIRST 1 ROWS ONLY")
                .param(id).query(Long.class).optional().map(last -> last + 1).orElse(0L);
        long from = (long) query.page() * query.size();
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM rm_audit_entry WHERE partnership_id = ?"
                        + " AND sequence_number >= ? AND sequence_number < ? ORDER BY partnership_id, sequence_number")
                .params(id, from, from + query.size())
                .query((rs, row) -> entry(rs))
                .list();
        return new AuditPage(withData(id, entries), query.page(), query.size(), total);
    }

    /** An entry as the table holds it: all but the event's data. */
    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("sequence_number"), rs.getString("event_id"), rs.getString("event_type"),
                Ledger.instant(rs, "recorded_at"), rs.getString("actor"), rs.getString("decision_reference"),
                rs.getString("decision_rationale"), rs.getString("priority_id"), rs.getString("summary"), null);
    }

    /**
     * The entries with each event's data, read from the event store in one lookup for the page; an entry whose event
     * the store no longer holds at its position keeps no data.
     */
    private List<AuditEntry> withData(String partnershipId, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, String> eventIds = new HashMap<>();
        entries.forEach(e -> eventIds.put(e.sequenceNumber(), e.eventId()));
        Map<Long, byte[]> json = events.json(partnershipId, eventIds);
        List<AuditEntry> complete = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            byte[] data = json.get(e.sequenceNumber());
            complete.add(data == null ? e : e.withData(data(e, data)));
        }
        return complete;
    }

    private static Map<String, Object> data(AuditEntry entry, byte[] json) {
        try {
            return JSON.readValue(json, DATA);
        } catch (IOException e) {
            throw new IllegalStateException("the event " + entry.eventId() + " holds unreadable JSON", e);
        }
    }
}
