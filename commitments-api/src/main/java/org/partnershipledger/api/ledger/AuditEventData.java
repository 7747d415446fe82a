package org.partnershipledger.api.ledger;

import org.partnershipledger.projections.audit.StoredEventData;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The audit trail's event data, read where the ledger log reads the events it hashes ({@link LedgerEvents}): the
 * events' table in the application's database, or Axon Server.
 */
@Component
class AuditEventData implements StoredEventData {

    private final LedgerEvents events;
    private final JdbcTemplate jdbc;

    AuditEventData(LedgerEvents events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, byte[]> json(String partnershipId, Map<Long, String> eventIds) {
        Map<Long, LedgerEvents.Payload> stored = jdbc.execute((ConnectionCallback<Map<Long, LedgerEvents.Payload>>)
                connection -> events.payloads(connection, partnershipId, new TreeSet<>(eventIds.keySet())));
        Map<Long, byte[]> json = new HashMap<>();
        stored.forEach((sequence, payload) -> {
            if (payload.eventId().equals(eventIds.get(sequence))) {
                json.put(sequence, payload.bytes());
            }
        });
        return json;
    }
}
