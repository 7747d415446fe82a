package org.partnershipledger.api.ledger;

import org.partnershipledger.core.serialization.LedgerSerializer;
import org.partnershipledger.core.shared.Metadata;
import org.partnershipledger.core.verification.StoredEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Reads events exactly as the JDBC event store holds them: the bytes a leaf of the ledger hashes. */
@Component
class StoredEvents {

    private final JdbcClient jdbc;

    StoredEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredEvent> from(String partnershipId, long firstSequence) {
        return jdbc.sql("SELECT event_identifier, payload_type, payload_revision, aggregate_identifier,"
                        + " sequence_number, time_stamp, payload, meta_data FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number >= ? ORDER BY sequence_number")
                .params(partnershipId, firstSequence)
                .query((rs, row) -> stored(rs))
                .list();
    }

    private static StoredEvent stored(ResultSet rs) throws SQLException {
        byte[] metadata = rs.getBytes("meta_data");
        return new StoredEvent(rs.getString("event_identifier"), rs.getString("payload_type"),
                rs.getString("payload_revision"), rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"), rs.getString("time_stamp"), rs.getBytes("payload"), actor(metadata),
                metadata);
    }

    @SuppressWarnings("unchecked")
    private static String actor(byte[] metadata) {
        if (metadata == null || metadata.length == 0) {
            return null;
        }
        try {
            Object actor = LedgerSerializer.objectMapper().readValue(metadata, Map.class).get(Metadata.ACTOR);
            return actor == null ? null : actor.toString();
        } catch (IOException unreadable) {
            return null;
        }
    }
}
