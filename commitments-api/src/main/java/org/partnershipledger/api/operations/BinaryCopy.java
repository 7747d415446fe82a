package org.partnershipledger.api.operations;

import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.TableColumns;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows in PostgreSQL's binary {@code COPY} format: a header, then each row as its field count and each value as its
 * length and bytes (-1 for NULL), then a trailer. PostgreSQL stores binary values as they come, with nothing to parse;
 * the text formats make it parse every number, date and time. Each value is encoded as its column's type wants it,
 * so the column types come first ({@link #types}); a value of a Java type the column cannot take is refused, not
 * guessed at. Rows PostgreSQL sends in this format ({@code COPY … TO STDOUT}) are read by a {@link Reader}.
 */
final class BinaryCopy {

    /** Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch for dates and times. */
    private static final long EPOCH_DAYS = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long EPOCH_SECONDS = EPOCH_DAYS * 86_400;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, // flags: no OIDs
            0, 0, 0, 0}; // no header extension
    /** Where PostgreSQL's dates and times end: infinity; minus infinity is the smallest value of their type. */
    static final int INFINITE_DATE = Integer.MAX_VALUE;
    static final long INFINITE_TIME = Long.MAX_VALUE;

    /** Whether a date as {@link Reader#date} answers it is infinity or minus infinity. */
    static boolean infiniteDate(long day) {
        return day == INFINITE_DATE || day == -INFINITE_DATE - 1;
    }

    /** Whether a time as {@link Reader#time} answers it is infinity or minus infinity. */
    static boolean infiniteTime(long micros) {
        return micros == INFINITE_TIME || micros == -INFINITE_TIME - 1;
    }

    /** The types PostgreSQL names its columns by, as {@link java.sql.ResultSetMetaData#getColumnTypeName} gives them. */
    enum Type {
        INT8, INT4, INT2, BOOL, DATE, TIMESTAMPTZ, TEXT;

        static Type named(String table, String column, String name) {
            return switch (name) {
                case "int8" -> INT8;
                case "int4" -> INT4;
                case "int2" -> INT2;
                case "bool" -> BOOL;
                case "date" -> DATE;
                case "timestamptz" -> TIMESTAMPTZ;
                case "varchar", "text", "bpchar" -> TEXT;
                default -> throw new IllegalStateException("cannot copy " + table + "." + column + " of type " + name
                        + " in binary");
            };
        }

        /** The type of each of the table's columns, by column, as the database has them; refused if one has none. */
        static Map<String, Type> of(JdbcClient jdbc, ReadModelTable table) {
            Map<String, Type> byColumn = new HashMap<>();
            TableColumns.types(jdbc, table).forEach((column, type) ->
                    byColumn.put(column, named(table.tableName(), column, type)));
            return byColumn;
        }
    }

    /**
     * Reads the rows PostgreSQL sends for {@code COPY … TO STDOUT (FORMAT binary)}, from a stream of them (the
     * driver's {@code PGCopyInputStream}), a field at a time: the header is checked, each row's count of fields is
     * compared with the columns asked for, and each field's bytes are held in a buffer, where {@link #bytes()},
     * {@link #offset()} and {@link #length()} show them, until the next field is read. Nothing is made of a field
     * unless it is asked for: a reader that only needs the bytes — to hash them — makes no object per value.
     */
    static final class Reader {

        private final InputStream in;
        private final int fields;
        private byte[] buffer = new byte[1 << 16];
        /** The next byte to read, and the end of those read from the stream. */
        private int position;
        private int limit;
        private int offset;
        private int length;

        /** Reads the header; rows with this many fields follow. */
        Reader(InputStream in, int fields) throws IOException {
            this.in = in;
            this.fields = fields;
            require(SIGNATURE.length + 8);
            if (!Arrays.equals(buffer, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                throw new IOException("not PostgreSQL's binary COPY format: its signature is missing");
            }
            position = SIGNATURE.length;
            int flags = readInt();
            if ((flags & (1 << 16)) != 0) {
                throw new IOException("rows copied with their OIDs, which were not asked for");
            }
            if ((flags & 0xFFFF0000 & ~(1 << 16)) != 0) {
                throw new IOException("a binary COPY format this reader does not know (flags " + flags + ")");
            }
            skip(readInt());
        }

        /** Moves to the next row; false once the rows have ended (and the stream with them). */
        boolean nextRow() throws IOException {
            int count = readShort();
            if (count == -1) {
                if (position < limit || in.read() != -1) {
                    throw new IOException("more was sent after the binary COPY's trailer");
                }
                return false;
            }
            if (count != fields) {
                throw new IOException("a row of " + count + " fields where " + fields + " were asked for");
            }
            return true;
        }

        /** Moves to the next field of the row; answers its length in bytes, -1 for NULL. */
        int nextField() throws IOException {
            length = readInt();
            if (length < -1) {
                throw new IOException("a field of length " + length);
            }
            int bytes = Math.max(length, 0);
            require(bytes);
            offset = position;
            position += bytes;
            return length;
        }

        /** The buffer that holds the field's bytes. */
        byte[] bytes() {
            return buffer;
        }

        /** Where the field's bytes start in {@link #bytes()}. */
        int offset() {
            return offset;
        }

        /** The field's length in bytes, -1 for NULL. */
        int length() {
            return length;
        }

        /** The field as an integer of the type's width. */
        long integer(Type type) throws IOException {
            return switch (type) {
                case INT8 -> bigEndian(8);
                case INT4 -> (int) bigEndian(4);
                case INT2 -> (short) bigEndian(2);
                default -> throw new IllegalArgumentException(type + " is not an integer");
            };
        }

        boolean bool() throws IOException {
            return bigEndian(1) != 0;
        }

        /** The field as a date: days since 1970-01-01, or {@link #INFINITE_DATE} (negated for minus infinity). */
        long date() throws IOException {
            int days = (int) bigEndian(4);
            return infiniteDate(days) ? days : days + EPOCH_DAYS;
        }

        /**
         * The field as a time: microseconds since 1970-01-01 UTC, or {@link #INFINITE_TIME} (negated for minus
         * infinity).
         */
        long time() throws IOException {
            long micros = bigEndian(8);
            if (infiniteTime(micros)) {
                return micros;
            }
            return Math.addExact(micros, EPOCH_SECONDS * 1_000_000L);
        }

        /** The field as its column's type makes it in Java: what the driver's result sets answer, for a value. */
        Object value(Type type) throws IOException {
            if (length < 0) {
                return null;
            }
            return switch (type) {
                case INT8 -> integer(type);
                case INT4 -> (int) integer(type);
                case INT2 -> (short) integer(type);
                case BOOL -> bool();
                case DATE -> {
                    long day = date();
                    yield day == INFINITE_DATE ? LocalDate.MAX : day == -INFINITE_DATE - 1 ? LocalDate.MIN
                            : LocalDate.ofEpochDay(day);
                }
                case TIMESTAMPTZ -> {
                    long micros = time();
                    yield micros == INFINITE_TIME ? OffsetDateTime.MAX
                            : micros == -INFINITE_TIME - 1 ? OffsetDateTime.MIN
                            : Instant.EPOCH.plus(micros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
                }
                case TEXT -> new String(buffer, offset, length, StandardCharsets.UTF_8);
            };
        }

        /** The field's bytes as a big-endian number, the field being exactly that long. */
        private long bigEndian(int width) throws IOException {
            if (length != width) {
                throw new IOException("a field of " + length + " bytes where " + width + " were expected");
            }
            long value = 0;
            for (int i = offset; i < offset + width; i++) {
                value = (value << 8) | (buffer[i] & 0xFF);
            }
            return value;
        }

        private int readShort() throws IOException {
            require(2);
            int value = (short) (((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF));
            position += 2;
            return value;
        }

        private int readInt() throws IOException {
            require(4);
            int value = ((buffer[position] & 0xFF) << 24) | ((buffer[position + 1] & 0xFF) << 16)
                    | ((buffer[position + 2] & 0xFF) << 8) | (buffer[position + 3] & 0xFF);
            position += 4;
            return value;
        }

        private void skip(int bytes) throws IOException {
            if (bytes < 0) {
                throw new IOException("a header extension of length " + bytes);
            }
            require(bytes);
            position += bytes;
        }

        /** Makes sure the buffer holds this many bytes from the position on, reading more as needed. */
        private void require(int bytes) throws IOException {
            if (limit - position >= bytes) {
                return;
            }
            if (bytes > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(bytes, buffer.length * 2));
            }
            if (position + bytes > buffer.length) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            while (limit - position < bytes) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    throw new EOFException("the binary COPY ended in the middle of a row");
                }
                limit += read;
            }
        }
    }

    private byte[] bytes = new byte[1 << 16];
    private int length;

    /** The rows, encoded: the columns named, in order, each of the type given for it in {@code types}. */
    static BinaryCopy of(String table, List<String> columns, Map<String, Type> types, List<Row> rows) {
        Type[] typeOf = new Type[columns.size()];
        for (int i = 0; i < typeOf.length; i++) {
            typeOf[i] = types.get(columns.get(i));
            if (typeOf[i] == null) {
                throw new IllegalStateException(table + " has no column " + columns.get(i));
            }
        }
        BinaryCopy copy = new BinaryCopy();
        copy.put(HEADER);
        for (Row row : rows) {
            copy.putShort(typeOf.length);
            for (int i = 0; i < typeOf.length; i++) {
                copy.value(table, columns.get(i), typeOf[i], row.get(columns.get(i)));
            }
        }
        copy.putShort(-1);
        return copy;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    private void value(String table, String column, Type type, Object value) {
        if (value == null) {
            putInt(-1);
            return;
        }
        try {
            switch (type) {
                case INT8 -> {
                    putInt(8);
                    putLong(((Number) value).longValue());
                }
                case INT4 -> {
                    putInt(4);
                    putInt(Math.toIntExact(((Number) value).longValue()));
                }
                case INT2 -> {
                    putInt(2);
                    long number = ((Number) value).longValue();
                    if (number != (short) number) {
                        throw new ArithmeticException("out of range for a smallint: " + number);
                    }
                    putShort((int) number);
                }
                case BOOL -> {
                    putInt(1);
                    put((byte) (((Boolean) value) ? 1 : 0));
                }
                case DATE -> {
                    putInt(4);
                    putInt(Math.toIntExact(((LocalDate) value).toEpochDay() - EPOCH_DAYS));
                }
                case TIMESTAMPTZ -> {
                    putInt(8);
                    putLong(micros(value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value));
                }
                case TEXT -> {
                    byte[] utf8 = value.toString().getBytes(StandardCharsets.UTF_8);
                    putInt(utf8.length);
                    put(utf8);
                }
            }
        } catch (ClassCastException | ArithmeticException e) {
            throw new IllegalStateException("cannot copy " + value.getClass().getSimpleName() + " " + value + " into "
                    + table + "." + column + " (" + type.name().toLowerCase() + "): " + e.getMessage(), e);
        }
    }

    /**
     * Microseconds since 2000-01-01 UTC. Nanoseconds are rounded to the nearest microsecond, halves up, as the
     * PostgreSQL driver rounds a time it sends in a parameter — so a row the rebuild copies holds the time the live
     * projection's statements would have stored (PostgreSQL itself would round halves to even, but never sees them).
     */
    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond() - EPOCH_SECONDS, 1_000_000L),
                StoredRows.microsOfSecond(instant));
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private void put(byte value) {
        ensure(1);
        bytes[length++] = value;
    }

    private void put(byte[] values) {
        ensure(values.length);
        System.arraycopy(values, 0, bytes, length, values.length);
        length += values.length;
    }

    private void putShort(int value) {
        ensure(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void putInt(int value) {
        ensure(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }
}
