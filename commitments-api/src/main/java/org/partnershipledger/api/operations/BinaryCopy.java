package org.partnershipledger.api.operations;

import org.partnershipledger.projections.rows.Row;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Rows in PostgreSQL's binary {@code COPY} format: a header, then each row as its field count and each value as its
 * length and bytes (-1 for NULL), then a trailer. PostgreSQL stores binary values as they come, with nothing to parse;
 * the text formats make it parse every number, date and time. Each value is encoded as its column's type wants it,
 * so the column types come first ({@link #types}); a value of a Java type the column cannot take is refused, not
 * guessed at.
 */
final class BinaryCopy {

    /** Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch for dates and times. */
    private static final long EPOCH_DAYS = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long EPOCH_SECONDS = EPOCH_DAYS * 86_400;
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, // flags: no OIDs
            0, 0, 0, 0}; // no header extension

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
