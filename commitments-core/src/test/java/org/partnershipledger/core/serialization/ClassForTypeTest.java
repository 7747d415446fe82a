package org.partnershipledger.core.serialization;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.LazyDeserializingObject;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.priority.PriorityAdopted;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The ledger's serializer remembers the classes of serialized types and Jackson's reader for each class, and reads
 * exactly what Axon's own serializer reads.
 */
class ClassForTypeTest {

    private final JacksonSerializer ledger = LedgerSerializer.create();
    private final JacksonSerializer axon = JacksonSerializer.builder().objectMapper(LedgerSerializer.objectMapper())
            .build();

    @Test
    void findsTheClassesAxonFindsEveryTime() {
        for (SerializedType type : new SerializedType[] {
                new SimpleSerializedType(PriorityAdopted.class.getName(), "1"),
                new SimpleSerializedType(PriorityAdopted.class.getName(), "2"),
                new SimpleSerializedType(PriorityAdopted.class.getName(), null),
                new SimpleSerializedType(MetaData.class.getName(), null),
                new SimpleSerializedType("org.partnershipledger.core.NoSuchEvent", "1"),
                SimpleSerializedType.emptyType()}) {
            for (int time = 0; time < 3; time++) {
                assertThat(ledger.classForType(type)).as(type + ", time " + time).isEqualTo(axon.classForType(type));
            }
        }
        assertThat(ledger.classForType(new SimpleSerializedType("org.partnershipledger.core.NoSuchEvent", "1")))
                .isEqualTo(UnknownSerializedType.class);
        assertThat(ledger.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
    }

    @Test
    void anUnknownTypeStaysReadableAsUnknown() {
        SerializedObject<byte[]> unknown = new SimpleSerializedObject<>("{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                byte[].class, "org.partnershipledger.core.NoSuchEvent", "1");

        Object read = ledger.deserialize(unknown);

        assertThat(read).isInstanceOf(UnknownSerializedType.class);
        assertThat(((UnknownSerializedType) read).serializedType().getName())
                .isEqualTo("org.partnershipledger.core.NoSuchEvent");
    }

    @Test
    void metadataComesBackEqual() {
        MetaData metaData = MetaData.from(Map.of("actor", "secretariat", "reason", "minutes of 31 March 2011"));

        for (int time = 0; time < 3; time++) {
            SerializedObject<byte[]> written = ledger.serialize(metaData, byte[].class);
            assertThat((MetaData) ledger.deserialize(written)).isEqualTo(metaData);
        }
    }

    /**
     * Metadata of every shape of value is read as Axon's own serializer reads it, by the ledger's own reader — a
     * name given twice too (Axon's reader merges the two objects).
     */
    @Test
    void metadataIsReadAsAxonReadsIt() throws Exception {
        String json = "{\"actor\":\"secretariat\",\"count\":3,\"big\":12345678901234,\"ratio\":0.25,"
                + "\"yes\":true,\"none\":null,\"list\":[1,\"two\",{\"three\":3}],\"nested\":{\"a\":[]},"
                + "\"text\":\"£5 — Ünïcode\",\"nested\":{\"b\":2}}";
        SerializedObject<byte[]> written = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, MetaData.class.getName(), null);

        MetaData expected = axon.deserialize(written);
        for (int time = 0; time < 3; time++) {
            assertThat((MetaData) ledger.deserialize(written)).isEqualTo(expected).hasSize(9);
        }
        ObjectMapper mapper = ledger.getObjectMapper();
        DeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);
        assertThat(context.findRootValueDeserializer(mapper.constructType(MetaData.class)))
                .as("the ledger's reader, not Axon's").isInstanceOf(LedgerSerializer.MetaDataReader.class);
    }

    /**
     * Flat metadata of text values — what the ledger writes, read without Jackson's map reader — and every shape
     * next to it that is left to that reader, each read as Axon's own serializer reads it.
     */
    @Test
    void flatMetadataAndEveryShapeBesideItIsReadAsAxonReadsIt() {
        String[] shapes = {
                "{\"traceId\":\"144f8f5a\",\"actor\":\"administrator\",\"correlationId\":\"144f8f5a\"}",
                "{}",
                " { \"actor\" : \"secretariat\\n\\u00e9\" , \"text\":\"\u00a35 \u2014 \u00dcn\u00efcode\"} ",
                "{\"actor\":\"secretariat\",\"actor\":\"board\"}",
                "{\"actor\":\"secretariat\",\"count\":3}",
                "{\"actor\":null}",
                "{\"actor\":\"a\",\"nested\":{\"b\":\"c\"}}",
                "{\"actor\":\"a\"} trailing",
                "{\"actor\":\"a\"}{\"other\":\"b\"}"};
        for (String json : shapes) {
            SerializedObject<byte[]> written = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                    byte[].class, MetaData.class.getName(), null);
            MetaData expected = axon.deserialize(written);
            for (int time = 0; time < 2; time++) {
                assertThat((MetaData) ledger.deserialize(written)).as(json).isEqualTo(expected)
                        .containsExactlyInAnyOrderEntriesOf(expected);
            }
        }
    }

    /** Metadata that is not JSON, or not all of it, is refused exactly as Axon refuses it. */
    @Test
    void brokenMetadataIsRefusedAsAxonRefusesIt() {
        for (String json : new String[] {"", "{\"actor\":\"a\"", "{\"actor\"", "{\"actor\":\"a\",}", "[\"a\"]",
                "\"actor\"", "{actor:\"a\"}"}) {
            SerializedObject<byte[]> written = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                    byte[].class, MetaData.class.getName(), null);
            Throwable refused = catchThrowable(() -> axon.deserialize(written));
            assertThat(refused).as(json).isNotNull();
            assertThat(catchThrowable(() -> ledger.deserialize(written)))
                    .as(json).isInstanceOf(refused.getClass()).hasMessage(refused.getMessage());
        }
    }

    @Test
    void everyEventIsReadAsAxonReadsItEveryTime() {
        for (Class<?> eventType : MessageRoundTripTest.events()) {
            SerializedObject<byte[]> written = axon.serialize(SampleValues.of(eventType), byte[].class);
            Object expected = axon.deserialize(written);
            for (int time = 0; time < 3; time++) {
                assertThat((Object) ledger.deserialize(written)).as(eventType + ", time " + time).isEqualTo(expected);
            }
        }
    }

    @Test
    void keepsOneReaderPerClass() {
        LedgerSerializer.ClassRemembering remembering = (LedgerSerializer.ClassRemembering) ledger;

        assertThat(remembering.getReader(PriorityAdopted.class)).isSameAs(remembering.getReader(PriorityAdopted.class))
                .isNotSameAs(remembering.getReader(MetaData.class));
        assertThat(remembering.getReader(PriorityAdopted.class).getValueType().getRawClass())
                .isEqualTo(PriorityAdopted.class);
    }

    /**
     * Asked for a message's payload as JSON, with a ledger serializer, Axon answers what another ledger serializer
     * read — the stored bytes, as they were — rather than writing the payload again; given any other serializer,
     * it writes the payload again.
     */
    @Test
    void aMessageReadByOneLedgerSerializerIsWrittenAsReadByAnother() {
        JacksonSerializer reading = LedgerSerializer.create();
        JacksonSerializer writing = LedgerSerializer.create();
        Object event = SampleValues.of(PriorityAdopted.class);
        // as stored by some earlier writer: spaced out, and with a field this version does not know
        String json = axon.serialize(event, String.class).getData().replaceFirst("^\\{", "{ \"retired\": 1, ");
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, PriorityAdopted.class.getName(), "1");
        EventMessage<?> message = new GenericEventMessage<>(new SerializedMessage<>("event-1",
                new LazyDeserializingObject<>(stored, reading), new LazyDeserializingObject<>(MetaData.emptyInstance())),
                java.time.Instant::now);

        assertThat(writing).isEqualTo(reading).hasSameHashCodeAs(reading).isNotEqualTo(axon);
        assertThat((Object) message.getPayload()).isEqualTo(event);
        assertThat(message.serializePayload(writing, String.class).getData()).isEqualTo(json);
        assertThat(message.serializePayload(axon, String.class).getData())
                .isEqualTo(axon.serialize(event, String.class).getData());
    }
}
