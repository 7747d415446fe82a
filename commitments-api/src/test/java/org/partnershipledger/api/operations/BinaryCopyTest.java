package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.projections.rows.Row;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.api.operations.BinaryCopy.Type.DATE;
import static org.partnershipledger.api.operations.BinaryCopy.Type.INT4;
import static org.partnershipledger.api.operations.BinaryCopy.Type.INT8;
import static org.partnershipledger.api.operations.BinaryCopy.Type.TEXT;

/**
 * The binary COPY encoding, byte by byte, where a database round trip would not show a mistake: PostgreSQL's
 * rounding of times, its epoch, and values a column cannot take. ({@code RebuildWriterTest} stores every type in a
 * real PostgreSQL and reads it back.)
 */
class BinaryCopyTest {

    @Test
    void encodesTheHeaderEachFieldAndTheTrailer() {
        BinaryCopy copy = BinaryCopy.of("t", List.of("n", "d", "s"), Map.of("n", INT8, "d", DATE, "s", TEXT),
                List.of(Row.of("n", 7L, "d", LocalDate.of(2000, 1, 2), "s", "£"), Row.of("n", -1L, "d", null, "s", "")));
        ByteBuffer bytes = ByteBuffer.wrap(Arrays.copyOf(copy.bytes(), copy.length()));
        byte[] signature = new byte[11];
        bytes.get(signature);
        assertThat(signature).isEqualTo(new byte[]{'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
        assertThat(bytes.getInt()).as("flags").isZero();
        assertThat(bytes.getInt()).as("header extension").isZero();

        assertThat(bytes.getShort()).as("fields").isEqualTo((short) 3);
        assertThat(bytes.getInt()).isEqualTo(8);
        assertThat(bytes.getLong()).isEqualTo(7);
        assertThat(bytes.getInt()).isEqualTo(4);
        assertThat(bytes.getInt()).as("days since 2000-01-01").isEqualTo(1);
        assertThat(bytes.getInt()).as("UTF-8 length of £").isEqualTo(2);
        assertThat(new byte[]{bytes.get(), bytes.get()}).isEqualTo("£".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(bytes.getShort()).isEqualTo((short) 3);
        assertThat(bytes.getInt()).isEqualTo(8);
        assertThat(bytes.getLong()).isEqualTo(-1);
        assertThat(bytes.getInt()).as("NULL").isEqualTo(-1);
        assertThat(bytes.getInt()).as("empty, not NULL").isZero();

        assertThat(bytes.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(bytes.hasRemaining()).isFalse();
    }

    @Test
    void timesAreMicrosecondsFromTheYear2000RoundedAsTheDriverRoundsParameters() {
        assertThat(BinaryCopy.micros(Instant.parse("2000-01-01T00:00:00Z"))).isZero();
        assertThat(BinaryCopy.micros(Instant.parse("2000-01-01T00:00:01.000002Z"))).isEqualTo(1_000_002);
        assertThat(BinaryCopy.micros(Instant.parse("1999-12-31T23:59:59.5Z"))).isEqualTo(-500_000);
        // nanoseconds: to the nearest microsecond, halves up, as the driver sends a parameter (RebuildWriterTest
        // checks that against a real database)
        assertThat(BinaryCopy.micros(Instant.parse("2000-01-01T00:00:00.000002500Z"))).isEqualTo(3);
        assertThat(BinaryCopy.micros(Instant.parse("2000-01-01T00:00:00.000003500Z"))).isEqualTo(4);
        assertThat(BinaryCopy.micros(Instant.parse("2000-01-01T00:00:00.000003499Z"))).isEqualTo(3);
        assertThat(BinaryCopy.micros(Instant.parse("1999-12-31T23:59:59.999999500Z"))).isZero();
        assertThat(BinaryCopy.micros(Instant.parse("2000-01-01T00:00:00.000003501Z"))).isEqualTo(4);
        assertThat(BinaryCopy.micros(Instant.parse("1999-12-31T23:59:59.999999600Z"))).isZero();
    }

    @Test
    void aValueTheColumnCannotTakeIsRefusedWithTheColumnNamed() {
        assertThatThrownBy(() -> BinaryCopy.of("rm_spend", List.of("amount_minor"), Map.of("amount_minor", INT8),
                List.of(Row.of("amount_minor", "lots")))).hasMessageContaining("rm_spend.amount_minor")
                .hasMessageContaining("lots");
        assertThatThrownBy(() -> BinaryCopy.of("rm_x", List.of("n"), Map.of("n", INT4),
                List.of(Row.of("n", 1L << 40)))).hasMessageContaining("rm_x.n");
        assertThatThrownBy(() -> BinaryCopy.of("rm_x", List.of("m"), Map.of("n", INT4),
                List.of(Row.of("m", 1)))).hasMessageContaining("rm_x has no column m");
        assertThatThrownBy(() -> BinaryCopy.Type.named("rm_x", "amount", "numeric"))
                .hasMessageContaining("rm_x.amount of type numeric");
    }
}
