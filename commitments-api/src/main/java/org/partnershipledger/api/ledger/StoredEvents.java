package org.partnershipledger.api.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershipledger.core.serialization.LedgerSerializer;
import org.partnershipledger.core.shared.Metadata;
import org.partnershipledger.core.verification.StoredEvent;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/** Reads events exactly as the JDBC event store holds them, in the application's database. */
class StoredEvents implements LedgerEvents {

    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();
    private static final String FROM = "SELECT event_identifier, payload_type, payload_revision, aggregate_identifier,"
            + " sequence_number, time_stamp, payload, meta_data FROM domain_event_entry"
            + " WHERE aggregate_identifier = ? AND sequence_number >= ? ORDER BY sequence_number";

    /**
     * Read a thousand rows at a time as they are consumed (on PostgreSQL inside a transaction, which a cursor
     * needs): however long the history, only the rows being looked at are in memory.
     */
    @Override
    public Cursor open(Connection connection, String partnershipId, long firstSequence) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(FROM);
        statement.setFetchSize(1000);
        statement.setString(1, partnershipId);
        statement.setLong(2, firstSequence);
        statement.closeOnCompletion();
        ResultSet rows = statement.executeQuery();
        return new Cursor() {
            @Override
            public StoredEvent next() throws SQLException {
                return rows.next() ? stored(rows) : null;
            }

            @Override
            public void close() throws SQLException {
                rows.close();
            }
        };
    }

    /**
     * All of them in one query, each found by the table's index on partnership and sequence number: numbers that
     * follow one another (a page of the whole trail) as a range, others as a list.
     */
    @Override
    public Map<Long, Payload> payloads(Connection connection, String partnershipId, SortedSet<Long> sequenceNumbers)
            throws SQLException {
        Map<Long, Payload> found = new HashMap<>();
        if (sequenceNumbers.isEmpty()) {
            return found;
        }
        boolean range = sequenceNumbers.last() - sequenceNumbers.first() == sequenceNumbers.size() - 1;
        String query = "SELECT sequence_number, event_identifier, payload FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number "
                + (range ? "BETWEEN ? AND ?"
                        : "IN (" + String.join(", ", Collections.nCopies(sequenceNumbers.size(), "?")) + ")");
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, partnershipId);
            int i = 2;
            for (long sequence : range ? List.of(sequenceNumbers.first(), sequenceNumbers.last()) : sequenceNumbers) {
                statement.setLong(i++, sequence);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getLong(1), new Payload(rows.getString(2), rows.getBytes(3)));
                }
            }
        }
        return found;
    }

    @Override
    public boolean inDatabase() {
        return true;
    }

    static StoredEvent stored(ResultSet rs) throws SQLException {
        byte[] metadata = rs.getBytes("meta_data");
        return new StoredEvent(rs.getString("event_identifier"), rs.getString("payload_type"),
                rs.getString("payload_revision"), rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"), rs.getString("time_stamp"), rs.getBytes("payload"), actor(metadata),
                metadata);
    }

    /**
     * The actor named in the metadata: its top-level {@code actor} text, found by reading the JSON only as far as
     * that field. Anything but text or null there (never written by this service) is read as the whole metadata
     * was before, a map whose value is turned into text, so that such leaves hash as they always did.
     */
    static String actor(byte[] metadata) {
        if (metadata == null || metadata.length == 0) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(metadata)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (Metadata.ACTOR.equals(name)) {
                    if (value == JsonToken.VALUE_STRING) {
                        return parser.getText();
                    }
                    return value == JsonToken.VALUE_NULL ? null : actorFromMap(metadata);
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static String actorFromMap(byte[] metadata) {
        try {
            Object actor = JSON.readValue(metadata, Map.class).get(Metadata.ACTOR);
            return actor == null ? null : actor.toString();
        } catch (IOException unreadable) {
            return null;
        }
    }
}
