package org.partnershipledger.api.operations;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import javax.sql.DataSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A rebuild reads the event store's table itself: the events come out exactly as the store streams them to a
 * tracking processor — same order, positions, identifiers, aggregates and sequence numbers, times, payloads and
 * metadata — and stop at the position asked for.
 */
class StoredEventHistoryTest extends ApiTest {

    @Autowired
    EventHistory history;
    @Autowired
    EventStore events;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventSchema schema;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Test
    void readsWhatTheEventStoreStreams() throws Exception {
        String partnership = newPartnership();
        newPriority(partnership);
        newPriority(partnership);
        long head = events.createHeadToken().position().orElseThrow();

        List<TrackedEventMessage<?>> stored = new ArrayList<>();
        history.read(head, stored::add);
        List<TrackedEventMessage<?>> streamed = new ArrayList<>();
        EventHistory.streamedBy(events).read(head, streamed::add);

        assertThat(history).isInstanceOf(StoredEventHistory.class);
        assertThat(stored).hasSize(streamed.size()).hasSizeGreaterThan(3);
        for (int i = 0; i < stored.size(); i++) {
            TrackedEventMessage<?> read = stored.get(i);
            TrackedEventMessage<?> expected = streamed.get(i);
            assertThat(read.trackingToken().position()).isEqualTo(expected.trackingToken().position());
            assertThat(read.getIdentifier()).isEqualTo(expected.getIdentifier());
            assertThat(read.getTimestamp()).isEqualTo(expected.getTimestamp());
            assertThat(read.getPayloadType()).isEqualTo(expected.getPayloadType());
            assertThat((Object) read.getPayload()).isEqualTo(expected.getPayload());
            assertThat(read.getMetaData()).isEqualTo(expected.getMetaData());
            DomainEventMessage<?> domain = (DomainEventMessage<?>) read;
            DomainEventMessage<?> expectedDomain = (DomainEventMessage<?>) expected;
            assertThat(domain.getAggregateIdentifier()).isEqualTo(expectedDomain.getAggregateIdentifier());
            assertThat(domain.getSequenceNumber()).isEqualTo(expectedDomain.getSequenceNumber());
            assertThat(domain.getType()).isEqualTo(expectedDomain.getType());
        }
        assertThat(stored.get(stored.size() - 1).trackingToken().position()).hasValue(head);
    }

    /**
     * Without upcasters the messages are made directly; through an upcaster chain (one that changes nothing) they
     * are made by Axon's own code. Both give the same messages, the stored payload bytes included.
     */
    @Test
    void readsTheSameWithAnUpcasterChain() throws Exception {
        String partnership = newPartnership();
        newPriority(partnership);
        long head = events.createHeadToken().position().orElseThrow();

        List<TrackedEventMessage<?>> direct = new ArrayList<>();
        history.read(head, direct::add);
        List<TrackedEventMessage<?>> upcast = new ArrayList<>();
        new StoredEventHistory(dataSource, schema, serializer, new EventUpcasterChain(List.of()))
                .read(head, upcast::add);

        assertThat(direct).hasSize(upcast.size()).hasSizeGreaterThan(3);
        for (int i = 0; i < direct.size(); i++) {
            TrackedEventMessage<?> read = direct.get(i);
            TrackedEventMessage<?> expected = upcast.get(i);
            assertThat(read.getClass()).isEqualTo(expected.getClass());
            assertThat(read.trackingToken()).isEqualTo(expected.trackingToken());
            assertThat(read.getIdentifier()).isEqualTo(expected.getIdentifier());
            assertThat(read.getTimestamp()).isEqualTo(expected.getTimestamp());
            assertThat(read.getPayloadType()).isEqualTo(expected.getPayloadType());
            assertThat((Object) read.getPayload()).isEqualTo(expected.getPayload());
            assertThat(read.getMetaData()).isEqualTo(expected.getMetaData());
            assertThat(read.serializePayload(serializer, byte[].class).getData())
                    .isEqualTo(expected.serializePayload(serializer, byte[].class).getData());
            DomainEventMessage<?> domain = (DomainEventMessage<?>) read;
            DomainEventMessage<?> expectedDomain = (DomainEventMessage<?>) expected;
            assertThat(domain.getAggregateIdentifier()).isEqualTo(expectedDomain.getAggregateIdentifier());
            assertThat(domain.getSequenceNumber()).isEqualTo(expectedDomain.getSequenceNumber());
            assertThat(domain.getType()).isEqualTo(expectedDomain.getType());
        }
    }

    @Test
    void stopsAtThePositionAskedFor() throws Exception {
        newPartnership();
        long head = events.createHeadToken().position().orElseThrow();
        long until = head - 2;

        List<Long> positions = new ArrayList<>();
        history.read(until, event -> positions.add(event.trackingToken().position().orElseThrow()));

        assertThat(positions).isSorted().doesNotHaveDuplicates().last().isEqualTo(until);
        assertThat(positions.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(until);
    }

    /** Times in the form the store writes them are read to the same instant as Axon's own parser reads them. */
    @Test
    void readsStoredTimesAsAxonDoes() {
        Random random = new Random(20110331);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong() % 253_402_300_799_999L);
            String time = DateTimeUtils.formatInstant(instant);
            assertThat(StoredEventHistory.instant(time)).as(time).isEqualTo(DateTimeUtils.parseInstant(time));
        }
        for (String time : new String[]{"2011-03-31T23:59:59.999Z", "2000-02-29T00:00:00.000Z",
                "2011-03-31T23:59:59.999+01:00", "2011-03-31T23:59:59Z", "2011-03-31T23:59:59.123456Z",
                "2011-03-31t23:59:59.999z", "+12011-03-31T23:59:59.999Z"}) {
            assertThat(StoredEventHistory.instant(time)).as(time).isEqualTo(DateTimeUtils.parseInstant(time));
        }
        for (String time : new String[]{"2011-02-29T00:00:00.000Z", "2011-13-01T00:00:00.000Z",
                "2011-03-31T24:00:00.000Z", "2011-03-31T23:60:00.000Z", "2011-03-31T23:59:60.000Z",
                "2011-03-3aT23:59:59.999Z", "2011-03-31T23:59:59.99xZ", "", "not a time at all, 24 ch"}) {
            Throwable axon = catchThrowable(() -> DateTimeUtils.parseInstant(time));
            assertThat(axon).as(time).isNotNull();
            assertThatThrownBy(() -> StoredEventHistory.instant(time)).as(time).isInstanceOf(axon.getClass());
        }
    }
}
