package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.projections.rows.Row;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.api.operations.BinaryCopy.Type.BOOL;
import static org.partnershipledger.api.operations.BinaryCopy.Type.DATE;
import static org.partnershipledger.api.operations.BinaryCopy.Type.INT2;
import static org.partnershipledger.api.operations.BinaryCopy.Type.INT4;
import static org.partnershipledger.api.operations.BinaryCopy.Type.INT8;
import static org.partnershipledger.api.operations.BinaryCopy.Type.TEXT;
import static org.partnershipledger.api.operations.BinaryCopy.Type.TIMESTAMPTZ;

/**
 * The binary COPY encoding, byte by byte, where a database round trip would not show a mistake: PostgreSQL's
 * rounding of times, its epoch, and values a column cannot take; and the reading of rows in that format, whatever
 * pieces the stream hands them over in. ({@code RebuildWriterTest} stores every type in a real PostgreSQL and reads it
 * back, by result set and by COPY.)
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

    private static final List<String> COLUMNS = List.of("a", "b", "c", "d", "e", "f", "g");
    private static final Map<String, BinaryCopy.Type> TYPES = Map.of("a", INT8, "b", INT4, "c", INT2, "d", BOOL,
            "e", DATE, "f", TIMESTAMPTZ, "g", TEXT);

    /** Rows written in the format are read back as they were, the stream giving at most a few bytes at a time. */
    @Test
    void readsBackEveryValueWrittenWhateverPiecesTheStreamGives() throws IOException {
        String large = "£".repeat(70_000);
        List<Row> rows = List.of(
                Row.of("a", Long.MIN_VALUE, "b", Integer.MAX_VALUE, "c", (short) -3, "d", true,
                        "e", LocalDate.of(1999, 12, 31), "f", OffsetDateTime.parse("1999-12-31T23:59:59.999999Z"),
                        "g", "Ünïcode — £5"),
                Row.of("a", null, "b", null, "c", null, "d", false, "e", LocalDate.of(2011, 3, 31),
                        "f", OffsetDateTime.parse("2011-03-31T12:00:00.000001+01:00"), "g", ""),
                Row.of("a", 0L, "b", -1, "c", Short.MAX_VALUE, "d", null, "e", null, "f", null, "g", large));
        BinaryCopy copy = BinaryCopy.of("t", COLUMNS, TYPES, rows);
        for (int piece : new int[]{1, 3, 7, 4096, Integer.MAX_VALUE}) {
            List<List<Object>> read = readAll(new Pieces(Arrays.copyOf(copy.bytes(), copy.length()), piece));
            assertThat(read).as("pieces of %d bytes", piece).hasSize(3);
            assertThat(read.get(0)).containsExactly(Long.MIN_VALUE, Integer.MAX_VALUE, (short) -3, true,
                    LocalDate.of(1999, 12, 31), OffsetDateTime.parse("1999-12-31T23:59:59.999999Z"), "Ünïcode — £5");
            assertThat(read.get(1)).containsExactly(null, null, null, false, LocalDate.of(2011, 3, 31),
                    OffsetDateTime.parse("2011-03-31T11:00:00.000001Z"), "");
            assertThat(read.get(2)).containsExactly(0L, -1, Short.MAX_VALUE, null, null, null, large);
        }
    }

    @Test
    void readsDatesAndTimesAsDaysAndMicrosecondsSince1970AndInfinityApart() throws IOException {
        ByteBuffer row = ByteBuffer.allocate(128);
        row.put(new byte[]{'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0}).putInt(0).putInt(0);
        row.putShort((short) 4).putInt(4).putInt(Integer.MAX_VALUE).putInt(4).putInt(Integer.MIN_VALUE)
                .putInt(8).putLong(Long.MAX_VALUE).putInt(8).putLong(Long.MIN_VALUE);
        row.putShort((short) 4).putInt(4).putInt(-1).putInt(4).putInt(1).putInt(8).putLong(-1).putInt(8).putLong(1);
        row.putShort((short) -1);
        BinaryCopy.Reader reader = new BinaryCopy.Reader(
                new ByteArrayInputStream(Arrays.copyOf(row.array(), row.position())), 4);

        assertThat(reader.nextRow()).isTrue();
        reader.nextField();
        assertThat(reader.date()).isEqualTo(BinaryCopy.INFINITE_DATE);
        assertThat(reader.value(DATE)).isEqualTo(LocalDate.MAX);
        reader.nextField();
        assertThat(reader.date()).isEqualTo(-BinaryCopy.INFINITE_DATE - 1);
        assertThat(reader.value(DATE)).isEqualTo(LocalDate.MIN);
        reader.nextField();
        assertThat(reader.time()).isEqualTo(BinaryCopy.INFINITE_TIME);
        assertThat(reader.value(TIMESTAMPTZ)).isEqualTo(OffsetDateTime.MAX);
        reader.nextField();
        assertThat(reader.value(TIMESTAMPTZ)).isEqualTo(OffsetDateTime.MIN);

        assertThat(reader.nextRow()).isTrue();
        reader.nextField();
        assertThat(reader.date()).isEqualTo(LocalDate.of(1999, 12, 31).toEpochDay());
        reader.nextField();
        assertThat(reader.date()).isEqualTo(LocalDate.of(2000, 1, 2).toEpochDay());
        reader.nextField();
        assertThat(reader.time()).isEqualTo(Instant.parse("1999-12-31T23:59:59.999999Z").toEpochMilli() * 1000 + 999);
        reader.nextField();
        assertThat(reader.value(TIMESTAMPTZ))
                .isEqualTo(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 1000, ZoneOffset.UTC));
        assertThat(reader.nextRow()).isFalse();
    }

    @Test
    void refusesWhatIsNotRowsOfTheColumnsAskedFor() throws IOException {
        BinaryCopy copy = BinaryCopy.of("t", List.of("n", "s"), Map.of("n", INT8, "s", TEXT),
                List.of(Row.of("n", 1L, "s", "one"), Row.of("n", 2L, "s", "two")));
        byte[] bytes = Arrays.copyOf(copy.bytes(), copy.length());

        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes), 3))
                .hasMessageContaining("a row of 2 fields where 3 were asked for");
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 4)), 2))
                .isInstanceOf(EOFException.class).hasMessageContaining("ended in the middle of a row");
        byte[] more = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(more), 2))
                .hasMessageContaining("after the binary COPY's trailer");
        byte[] text = "n\ts\n1\tone\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new BinaryCopy.Reader(new ByteArrayInputStream(Arrays.copyOf(text, 64)), 2))
                .hasMessageContaining("signature");
        BinaryCopy.Reader wrongWidth = new BinaryCopy.Reader(new ByteArrayInputStream(bytes), 2);
        assertThatThrownBy(() -> {
            wrongWidth.nextRow();
            wrongWidth.nextField();
            wrongWidth.integer(INT4);
        }).hasMessageContaining("a field of 8 bytes where 4 were expected");
    }

    private static List<List<Object>> readAll(InputStream in) throws IOException {
        BinaryCopy.Reader reader = new BinaryCopy.Reader(in, COLUMNS.size());
        List<List<Object>> rows = new ArrayList<>();
        while (reader.nextRow()) {
            List<Object> values = new ArrayList<>();
            for (String column : COLUMNS) {
                reader.nextField();
                values.add(reader.value(TYPES.get(column)));
            }
            rows.add(values);
        }
        return rows;
    }

    private static void readAll(InputStream in, int fields) throws IOException {
        BinaryCopy.Reader reader = new BinaryCopy.Reader(in, fields);
        while (reader.nextRow()) {
            for (int i = 0; i < fields; i++) {
                reader.nextField();
            }
        }
    }

    /** A stream that gives its bytes at most so many at a time, as a network stream may. */
    private static final class Pieces extends ByteArrayInputStream {

        private final int piece;

        Pieces(byte[] bytes, int piece) {
            super(bytes);
            this.piece = piece;
        }

        @Override
        public synchronized int read(byte[] into, int offset, int length) {
            return super.read(into, offset, Math.min(length, piece));
        }
    }
}
