package org.partnershipledger.api.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.axoniq.axonserver.connector.event.AggregateEventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.Event;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.common.DateTimeUtils;
import org.partnershipledger.core.shared.Metadata;
import org.partnershipledger.core.verification.StoredEvent;

import java.sql.Connection;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a partnership's events from Axon Server exactly as it holds them: the events of its aggregate stream (never
 * a snapshot), each as Axon Server's own record of it, with no deserializing and no upcasting. Axon Server keeps an
 * event's time in milliseconds and its metadata as a map of typed values, where the JDBC event store keeps text and
 * JSON; so the time is written as the JDBC store writes it ({@code yyyy-MM-ddTHH:mm:ss.SSSZ}), and the metadata as
 * one JSON object of its entries sorted by name (see {@link #metadata}): the same event gives the same canonical
 * bytes on every read.
 */
final class AxonServerEvents implements LedgerEvents {

    /** Jackson as it comes: the form of these bytes must not follow the settings of the ledger's serializer. */
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final AxonServerConnectionManager connections;

    AxonServerEvents(AxonServerConnectionManager connections) {
        this.connections = connections;
    }

    /** The connection is not used: the events are in Axon Server. */
    @Override
    public Cursor open(Connection unused, String partnershipId, long firstSequence) {
        AggregateEventStream events = connections.getConnection().eventChannel()
                .openAggregateStream(partnershipId, firstSequence);
        return new Cursor() {
            @Override
            public StoredEvent next() {
                try {
                    return events.hasNext() ? stored(events.next()) : null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading the events of " + partnershipId, e);
                }
            }

            @Override
            public void close() {
                events.cancel();
            }
        };
    }

    @Override
    public boolean inDatabase() {
        return false;
    }

    /** An event as Axon Server holds it, in the form a leaf hashes. */
    static StoredEvent stored(Event event) {
        SerializedObject payload = event.getPayload();
        MetaDataValue actor = event.getMetaDataMap().get(Metadata.ACTOR);
        return new StoredEvent(event.getMessageIdentifier(), payload.getType(),
                payload.getRevision().isEmpty() ? null : payload.getRevision(), event.getAggregateIdentifier(),
                event.getAggregateSequenceNumber(),
                DateTimeUtils.formatInstant(Instant.ofEpochMilli(event.getTimestamp())),
                payload.getData().toByteArray(),
                actor == null || actor.getDataCase() != MetaDataValue.DataCase.TEXT_VALUE ? null : actor.getTextValue(),
                metadata(event.getMetaDataMap()));
    }

    /**
     * The metadata as one JSON object, its entries sorted by name (in UTF-16 order, as {@link String#compareTo}),
     * with no white space, as Jackson writes them: text as a JSON string, a whole number or a decimal as a JSON
     * number (a decimal as Java writes a {@code double}), a boolean as one;
     * a serialized value (which the service never writes) as an object of its {@code type}, {@code revision} and
     * {@code data} in base64; a value of none of these as null.
     */
    static byte[] metadata(Map<String, MetaDataValue> metadata) {
        Map<String, Object> sorted = new TreeMap<>();
        metadata.forEach((name, value) -> sorted.put(name, switch (value.getDataCase()) {
            case TEXT_VALUE -> value.getTextValue();
            case NUMBER_VALUE -> value.getNumberValue();
            case BOOLEAN_VALUE -> value.getBooleanValue();
            case DOUBLE_VALUE -> value.getDoubleValue();
            case BYTES_VALUE -> serialized(value.getBytesValue());
            case DATA_NOT_SET -> null;
        }));
        try {
            return JSON.writeValueAsBytes(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the metadata of an event: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> serialized(SerializedObject value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", value.getType());
        fields.put("revision", value.getRevision());
        fields.put("data", Base64.getEncoder().encodeToString(value.getData().toByteArray()));
        return fields;
    }
}
