package org.partnershipledger.api.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor a leaf hashes is read from the stored metadata without reading all of it — and is the same text the
 * whole-map reading gave, which the leaves already logged were made with.
 */
class StoredEventsTest {

    @Test
    void theActorIsTheTopLevelActorText() {
        assertThat(actor("{\"traceId\":\"t\",\"nested\":{\"actor\":\"not me\",\"list\":[1,{\"a\":2}]},"
                + "\"actor\":\"secretariat@sutton\",\"later\":true}")).isEqualTo("secretariat@sutton");
        assertThat(actor("{\"actor\":\"Zoë \\\"Q\\\" O'Neil\"}")).isEqualTo("Zoë \"Q\" O'Neil");
    }

    @Test
    void noActorIsNull() {
        assertThat(actor("{\"traceId\":\"t\"}")).isNull();
        assertThat(actor("{\"actor\":null}")).isNull();
        assertThat(actor("{}")).isNull();
        assertThat(StoredEvents.actor(null)).isNull();
        assertThat(StoredEvents.actor(new byte[0])).isNull();
        assertThat(actor("[\"actor\"]")).isNull();
        assertThat(actor("not json")).isNull();
    }

    @Test
    void anActorThatIsNotTextReadsAsTheWholeMapReadingDid() {
        assertThat(actor("{\"actor\":5}")).isEqualTo("5");
        assertThat(actor("{\"actor\":1.50}")).isEqualTo("1.50");
        assertThat(actor("{\"actor\":true}")).isEqualTo("true");
        assertThat(actor("{\"actor\":{\"name\":\"x\"}}")).isEqualTo("{name=x}");
    }

    private static String actor(String metadata) {
        return StoredEvents.actor(metadata.getBytes(StandardCharsets.UTF_8));
    }
}
