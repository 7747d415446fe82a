package org.partnershipledger.api.operations;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.LazyDeserializingObject;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The history held by Axon's JDBC event store, read for a rebuild straight from its table, in global-index order, a
 * few thousand rows per query, and deserialized as the store itself does it (the same serializer and upcasters,
 * through Axon's {@link EventUtils}; with no upcaster, into the very messages it would make, made directly).
 *
 * <p>Reading through the store's tracking stream instead spent much of a rebuild's reading thread on work a rebuild
 * does not need: each event's stored time was parsed twice with a general ISO-8601 parser (once for the
 * stream's gap timeout, once for the message), and a gap-tracking token was advanced for each event. Here each time
 * is parsed once, in the form the store writes it, and each event carries a token of its own position only, which
 * is all a rebuild asks of it (whether the read-model processor had applied the event: see {@code Rebuilds}).
 */
public final class StoredEventHistory implements EventHistory {

    private static final int PAGE = 2000;

    private final DataSource database;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final String query;

    public StoredEventHistory(DataSource database, EventSchema schema, Serializer serializer,
                              EventUpcaster upcasters) {
        this.database = database;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.query = "SELECT " + String.join(", ", schema.globalIndexColumn(), schema.typeColumn(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(), schema.eventIdentifierColumn(),
                schema.timestampColumn(), schema.payloadTypeColumn(), schema.payloadRevisionColumn(),
                schema.payloadColumn(), schema.metaDataColumn())
                + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.globalIndexColumn() + " > ? AND " + schema.globalIndexColumn() + " <= ?"
                + " ORDER BY " + schema.globalIndexColumn() + " FETCH FIRST " + PAGE + " ROWS ONLY";
    }

    /**
     * Reads page after page, each a query of its own on a connection of its own for as long as the history is read:
     * no transaction stays open across pages, and only a page's rows are in memory at once.
     */
    @Override
    public void read(long until, Each each) throws InterruptedException {
        List<Entry> page = new ArrayList<>(PAGE);
        long after = Long.MIN_VALUE;
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            connection.setReadOnly(true);
            do {
                page.clear();
                statement.setLong(1, after);
                statement.setLong(2, until);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        page.add(entry(rows));
                    }
                }
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).position;
                    deliver(page, each);
                }
            } while (page.size() == PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the events after position " + after + ": "
                    + e.getMessage(), e);
        }
    }

    private void deliver(List<Entry> page, Each each) throws InterruptedException {
        if (upcasters == NoOpEventUpcaster.INSTANCE) {
            for (Entry entry : page) {
                each.accept(message(entry));
            }
            return;
        }
        Iterator<TrackedEventMessage<?>> events = EventUtils.upcastAndDeserializeTrackedEvents(
                page.stream().map(entry -> new TrackedDomainEventData<>(entry.token(), entry)), serializer,
                upcasters).iterator();
        while (events.hasNext()) {
            each.accept(events.next());
        }
    }

    /**
     * The message Axon's {@link EventUtils} makes of a stored event when no upcaster changes it: the same message
     * type, identifier, lazily deserialized payload and metadata, aggregate and sequence number, token and time —
     * made directly, without a stream and an intermediate representation per event (a twelfth of a rebuild's
     * reading thread).
     */
    private TrackedEventMessage<?> message(Entry entry) {
        TrackingToken token = entry.token();
        SerializedObject<byte[]> payload = entry.getPayload();
        SerializedMessage<?> message = new SerializedMessage<>(entry.getEventIdentifier(),
                new LazyDeserializingObject<>(() -> payload, payload.getType(), serializer),
                new LazyDeserializingObject<>(entry.getMetaData(), serializer));
        Instant timestamp = entry.getTimestamp();
        if (entry.getAggregateIdentifier() == null) {
            return new GenericTrackedEventMessage<>(token, message, () -> timestamp);
        }
        return new GenericTrackedDomainEventMessage<>(token, entry.getType(), entry.getAggregateIdentifier(),
                entry.getSequenceNumber(), message, () -> timestamp);
    }

    private Entry entry(ResultSet row) throws SQLException {
        long position = row.getLong(1);
        String aggregateIdentifier = row.getString(3);
        String eventIdentifier = row.getString(5);
        String time = row.getString(6);
        Instant timestamp;
        try {
            timestamp = instant(time);
        } catch (DateTimeException e) {
            throw new IllegalStateException("the event at position " + position + " (" + eventIdentifier
                    + ") has a time that cannot be read: " + time, e);
        }
        return new Entry(position, row.getString(2),
                // as Axon's store reads it: an event stored with its own identifier as aggregate has no aggregate
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                row.getLong(4), eventIdentifier, timestamp,
                new SimpleSerializedType(row.getString(7), row.getString(8)), row.getBytes(9), row.getBytes(10));
    }

    /**
     * The instant a stored time stands for. Axon's store writes times as {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (UTC, to
     * the millisecond), and reads them back with {@link DateTimeUtils#parseInstant}, a general ISO-8601 parser; a
     * time in exactly that form is read here field by field, and anything else by Axon's parser, so the answer is
     * always the one Axon's store would give.
     */
    static Instant instant(String time) {
        if (time.length() != 24 || time.charAt(4) != '-' || time.charAt(7) != '-' || time.charAt(10) != 'T'
                || time.charAt(13) != ':' || time.charAt(16) != ':' || time.charAt(19) != '.'
                || time.charAt(23) != 'Z') {
            return DateTimeUtils.parseInstant(time);
        }
        int year = digits(time, 0, 4);
        int month = digits(time, 5, 2);
        int day = digits(time, 8, 2);
        int hour = digits(time, 11, 2);
        int minute = digits(time, 14, 2);
        int second = digits(time, 17, 2);
        int milli = digits(time, 20, 3);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59 || milli < 0) {
            return DateTimeUtils.parseInstant(time);
        }
        long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException noSuchDay) {
            return DateTimeUtils.parseInstant(time);
        }
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, milli * 1_000_000L);
    }

    /** The number written in ASCII digits at {@code from}, or -1 if any of them is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** An event as stored, at its position in the store, its time already read. */
    private static final class Entry implements DomainEventData<byte[]> {

        private final long position;
        private final String type;
        private final String aggregateIdentifier;
        private final long sequenceNumber;
        private final String eventIdentifier;
        private final Instant timestamp;
        private final SerializedType payloadType;
        private final byte[] payload;
        private final byte[] metaData;

        Entry(long position, String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
              Instant timestamp, SerializedType payloadType, byte[] payload, byte[] metaData) {
            this.position = position;
            this.type = type;
            this.aggregateIdentifier = aggregateIdentifier;
            this.sequenceNumber = sequenceNumber;
            this.eventIdentifier = eventIdentifier;
            this.timestamp = timestamp;
            this.payloadType = payloadType;
            this.payload = payload;
            this.metaData = metaData;
        }

        /** A token of this event's position only: all a rebuild asks of it (see {@code Rebuilds}). */
        TrackingToken token() {
            return GapAwareTrackingToken.newInstance(position, Collections.emptySortedSet());
        }

        @Override
        public String getType() {
            return type;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateIdentifier;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<byte[]> getMetaData() {
            return new SerializedMetaData<>(metaData, byte[].class);
        }

        @Override
        public SerializedObject<byte[]> getPayload() {
            return new SimpleSerializedObject<>(payload, byte[].class, payloadType);
        }
    }
}
