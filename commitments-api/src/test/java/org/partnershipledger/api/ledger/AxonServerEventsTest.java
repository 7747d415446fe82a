package org.partnershipledger.api.ledger;

import com.google.protobuf.ByteString;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.Event;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.verification.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event as Axon Server holds it, turned into the form a leaf hashes: every field as Axon Server gave it, the time
 * as the JDBC event store writes one, the metadata as one JSON object sorted by name — so that reading the same
 * event again, its metadata map in any order, gives the same leaf.
 */
class AxonServerEventsTest {

    private static final byte[] PAYLOAD = "{\"partnershipId\":\"sutton\",\"themeId\":\"fairer\",\"name\":\"Fairer Sutton\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void everyFieldIsAsAxonServerHoldsIt() {
        StoredEvent stored = AxonServerEvents.stored(event(metadata("traceId", text("t-1"), "actor", text("clerk"),
                "correlationId", text("c-1"))));

        assertThat(stored.eventId()).isEqualTo("6630c059-37ac-4ac0-ae4a-a58967e70a6e");
        assertThat(stored.payloadType()).isEqualTo("org.partnershipledger.core.partnership.ThemeDefined");
        assertThat(stored.payloadRevision()).isEqualTo("1");
        assertThat(stored.aggregateId()).isEqualTo("sutton");
        assertThat(stored.sequenceNumber()).isEqualTo(7);
        assertThat(stored.payload()).isEqualTo(PAYLOAD);
        assertThat(stored.actor()).isEqualTo("clerk");
        // to the millisecond, as the JDBC event store writes a time, with the milliseconds always written
        assertThat(stored.timestamp()).isEqualTo("2011-03-31T23:59:59.120Z");
        assertThat(new String(stored.metadata(), StandardCharsets.UTF_8))
                .isEqualTo("{\"actor\":\"clerk\",\"correlationId\":\"c-1\",\"traceId\":\"t-1\"}");
    }

    @Test
    void theSameEventReadAgainHashesAlike() {
        Event once = event(metadata("traceId", text("t-1"), "actor", text("clerk"), "correlationId", text("c-1")));
        Event again = event(metadata("correlationId", text("c-1"), "traceId", text("t-1"), "actor", text("clerk")));

        assertThat(AxonServerEvents.stored(again).leafHash()).isEqualTo(AxonServerEvents.stored(once).leafHash());
        assertThat(AxonServerEvents.metadata(metadata("b", text("2"), "a", text("1"))))
                .isEqualTo(AxonServerEvents.metadata(metadata("a", text("1"), "b", text("2"))));
    }

    @Test
    void anyChangeToWhatIsHeldChangesTheLeaf() {
        byte[] leaf = AxonServerEvents.stored(event(metadata("actor", text("clerk")))).leafHash();

        assertThat(AxonServerEvents.stored(event(metadata("actor", text("clerk2")))).leafHash()).isNotEqualTo(leaf);
        assertThat(AxonServerEvents.stored(event(metadata("actor", text("clerk"), "traceId", text("t"))))
                .leafHash()).isNotEqualTo(leaf);
        assertThat(AxonServerEvents.stored(event(metadata("actor", text("clerk"))).toBuilder()
                .setTimestamp(at() + 1).build()).leafHash()).isNotEqualTo(leaf);
        assertThat(AxonServerEvents.stored(event(metadata("actor", text("clerk"))).toBuilder()
                .setPayload(payload().toBuilder().setData(ByteString.copyFromUtf8("{}"))).build()).leafHash())
                .isNotEqualTo(leaf);
    }

    @Test
    void metadataOfEveryKindIsWrittenAsJson() {
        Map<String, MetaDataValue> metadata = metadata(
                "text", text("Zoë \"Q\""),
                "number", MetaDataValue.newBuilder().setNumberValue(-42).build(),
                "yes", MetaDataValue.newBuilder().setBooleanValue(true).build(),
                "decimal", MetaDataValue.newBuilder().setDoubleValue(2.5).build(),
                "bytes", MetaDataValue.newBuilder().setBytesValue(SerializedObject.newBuilder().setType("x.Y")
                        .setRevision("2").setData(ByteString.copyFrom(new byte[]{0, 1, 2}))).build(),
                "unset", MetaDataValue.getDefaultInstance());

        assertThat(new String(AxonServerEvents.metadata(metadata), StandardCharsets.UTF_8)).isEqualTo(
                "{\"bytes\":{\"type\":\"x.Y\",\"revision\":\"2\",\"data\":\"AAEC\"},\"decimal\":2.5,"
                        + "\"number\":-42,\"text\":\"Zoë \\\"Q\\\"\",\"unset\":null,\"yes\":true}");
    }

    @Test
    void noRevisionIsNullAndAnActorThatIsNotTextIsNone() {
        Event event = event(metadata("actor", MetaDataValue.newBuilder().setNumberValue(1).build())).toBuilder()
                .setPayload(payload().toBuilder().setRevision("")).build();

        StoredEvent stored = AxonServerEvents.stored(event);

        assertThat(stored.payloadRevision()).isNull();
        assertThat(stored.actor()).isNull();
        assertThat(AxonServerEvents.metadata(Map.of())).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    private static Event event(Map<String, MetaDataValue> metadata) {
        return Event.newBuilder()
                .setMessageIdentifier("6630c059-37ac-4ac0-ae4a-a58967e70a6e")
                .setAggregateIdentifier("sutton")
                .setAggregateSequenceNumber(7)
                .setAggregateType("Partnership")
                .setTimestamp(at())
                .setPayload(payload())
                .putAllMetaData(metadata)
                .build();
    }

    private static long at() {
        return Instant.parse("2011-03-31T23:59:59.12Z").toEpochMilli();
    }

    private static SerializedObject payload() {
        return SerializedObject.newBuilder().setType("org.partnershipledger.core.partnership.ThemeDefined")
                .setRevision("1").setData(ByteString.copyFrom(PAYLOAD)).build();
    }

    private static MetaDataValue text(String value) {
        return MetaDataValue.newBuilder().setTextValue(value).build();
    }

    /** Names and values in the order given. */
    private static Map<String, MetaDataValue> metadata(Object... namesAndValues) {
        Map<String, MetaDataValue> metadata = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            metadata.put((String) namesAndValues[i], (MetaDataValue) namesAndValues[i + 1]);
        }
        return metadata;
    }
}
