package org.partnershipledger.api.operations;

import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.TableColumns;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The rows a rebuild finds in the read models' tables, each held as a fingerprint, so that the rebuild writes only
 * the rows that differ from what it computes: a rebuilt row whose fingerprint is among the stored ones is there
 * already; one that is not is inserted, after the stored row with its key, if there is one, is deleted; and stored
 * rows that no rebuilt row matched are deleted at the end. Read models that were right are left untouched.
 *
 * <p>A row's fingerprint is the first 128 bits of the SHA-256 of its values — its key's columns first, in key order,
 * then the table's other columns in the table's order, an absent value as null — each encoded as the database keeps
 * it: integers as 64 bits, booleans, text in UTF-8, dates by day and times to the microsecond, halves rounded up
 * (as H2 stores a time, and as the PostgreSQL driver sends one). Two rows with equal fingerprints are, but for a
 * chance of about 2⁻¹²⁸, the same row. A value of any other type is refused, never guessed at; PostgreSQL's infinite
 * dates and times, which no rebuilt row holds, are marked apart. Read by up to two threads, table by table
 * ({@link #read}); then used by one thread at a time.
 */
final class StoredRows {

    /** Rows read at a time from the database. */
    private static final int FETCH = 10_000;

    /** What a batch of rebuilt rows asks of the database: delete the stored rows with these keys, then insert these. */
    record Changes(List<Object[]> deleteKeys, List<Row> inserts) {
    }

    /**
     * Stored rows added to a table's fingerprints at a time (and counted as read), so that the processor fetches
     * their places in the table side by side.
     */
    private static final int ADDED_TOGETHER = 1000;
    /** Rebuilt rows whose values are fetched into the processor's caches together, before they are fingerprinted. */
    private static final int FETCHED_TOGETHER = 32;

    private final Map<ReadModelTable, Table> tables = new EnumMap<>(ReadModelTable.class);
    private final Encoder encoder = new Encoder();
    /** What {@link #fetch} read last. */
    private int fetched;
    /** Whether rows are read with PostgreSQL's COPY where the database is PostgreSQL. */
    private final boolean copy;

    private StoredRows(boolean copy) {
        this.copy = copy;
    }

    /**
     * A second thread, with a connection of its own, to read stored rows alongside the rebuild's connection: reading
     * through one connection, the database produces a batch of rows while the reader waits, and then the reader
     * fingerprints it while the database waits.
     */
    record Helper(ExecutorService thread, DataSource database) {
    }

    /**
     * Fingerprints every row of the tables, counting the rows read: through this connection on the calling thread
     * and, given a helper, at the same time through the helper's — each taking the next table not yet taken, the
     * largest first, so that both finish at about the same time. The helper reads in a read-only transaction of its
     * own, which sees the same rows: nothing writes the tables while a rebuild reads them.
     */
    static StoredRows read(JdbcTemplate connection, Collection<ReadModelTable> tables, AtomicLong read,
                           Helper helper) {
        return read(connection, tables, read, helper, true);
    }

    /**
     * As {@link #read(JdbcTemplate, Collection, AtomicLong, Helper)}, but told whether to read with PostgreSQL's
     * {@code COPY} on PostgreSQL: the rows read through result sets are the reference the copied ones are tested
     * against.
     */
    static StoredRows read(JdbcTemplate connection, Collection<ReadModelTable> tables, AtomicLong read,
                           Helper helper, boolean copy) {
        StoredRows stored = new StoredRows(copy);
        List<Table> held = new ArrayList<>();
        for (ReadModelTable table : tables) {
            held.add(stored.table(connection, table));
        }
        Queue<Table> left = new ConcurrentLinkedQueue<>(largestFirst(connection, held));
        Future<?> helping = helper == null ? null : helper.thread().submit(() -> {
            readWithConnectionOfItsOwn(helper.database(), left, read, copy);
            return null;
        });
        try {
            readEach(connection, left, stored.encoder, read, copy);
            if (helping != null) {
                helping.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the stored rows", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("cannot read the stored rows: " + e.getCause(), e.getCause());
        } finally {
            // a failure on either side leaves the other nothing more to read
            left.clear();
            if (helping != null) {
                helping.cancel(true);
            }
        }
        return stored;
    }

    private static void readWithConnectionOfItsOwn(DataSource database, Queue<Table> left, AtomicLong read,
                                                   boolean copy) {
        try (Connection connection = database.getConnection()) {
            // one transaction for every table it reads (a result set is fetched by cursor only inside one)
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                readEach(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), left, new Encoder(),
                        read, copy);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stored rows: " + e.getMessage(), e);
        }
    }

    private static void readEach(JdbcTemplate connection, Queue<Table> left, Encoder encoder, AtomicLong read,
                                 boolean copy) {
        for (Table held = left.poll(); held != null; held = left.poll()) {
            Table table = held;
            long[] count = new long[1];
            long[] pending = new long[3 * ADDED_TOGETHER];
            forEachStored(connection, encoder, table, false, copy, (high, low, keyHash, values) -> {
                int at = (int) (count[0]++ % ADDED_TOGETHER);
                pending[3 * at] = keyHash;
                pending[3 * at + 1] = high;
                pending[3 * at + 2] = low;
                if (at == ADDED_TOGETHER - 1) {
                    table.rows.addAll(pending, ADDED_TOGETHER);
                    read.addAndGet(ADDED_TOGETHER);
                }
            });
            int rest = (int) (count[0] % ADDED_TOGETHER);
            table.rows.addAll(pending, rest);
            read.addAndGet(rest);
        }
    }

    /**
     * The tables, the largest first: by the size of their files on PostgreSQL, by their count of rows elsewhere
     * (H2 counts a table's rows without reading them).
     */
    private static List<Table> largestFirst(JdbcTemplate connection, List<Table> tables) {
        boolean postgres = Boolean.TRUE.equals(connection.execute(
                (ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class)));
        Map<Table, Long> sizes = new HashMap<>();
        for (Table held : tables) {
            String name = held.table.tableName();
            Long size = postgres
                    ? connection.queryForObject("SELECT pg_table_size(to_regclass(?))", Long.class, name)
                    : connection.queryForObject("SELECT COUNT(*) FROM " + name, Long.class);
            sizes.put(held, size == null ? 0 : size);
        }
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(sizes::get, Comparator.reverseOrder()));
        return sorted;
    }

    /** No stored rows: for tables just emptied, whose rebuilt rows are all inserted. */
    static StoredRows none() {
        return new StoredRows(true);
    }

    /**
     * The microseconds of a time's second, its nanoseconds rounded to the nearest, halves up: as H2 stores a time
     * and as the PostgreSQL driver sends one, so as the live projection's rows hold it.
     */
    static long microsOfSecond(Instant time) {
        return (time.getNano() + 500) / 1000;
    }

    /**
     * Sorts a batch of rebuilt rows, all with these columns in this order: those stored already are counted and
     * dropped; the others are to be inserted, with the key of each that a stored row may have to be deleted first.
     */
    Changes compare(JdbcTemplate connection, ReadModelTable table, List<String> columns, List<Row> rows) {
        Table held = table(connection, table);
        if (held.rows.size() == 0) {
            return new Changes(List.of(), rows);
        }
        // where each of the table's columns is in the rows; a column they have not got is null
        int[] places = new int[held.columns.size()];
        for (int i = 0; i < places.length; i++) {
            places[i] = columns.indexOf(held.columns.get(i));
        }
        // every row's key hash and fingerprint first, then every lookup: one lookup after another, the processor
        // waits for several rows' places in the table at once, where fingerprinting in between had it wait for each
        long[] looked = new long[3 * rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (r % FETCHED_TOGETHER == 0) {
                fetch(rows, r, Math.min(rows.size(), r + FETCHED_TOGETHER));
            }
            Row row = rows.get(r);
            if (!row.hasColumns(columns)) {
                throw new IllegalArgumentException("a row of " + table.tableName() + " has the columns "
                        + row.columns() + ", not those of its batch " + columns);
            }
            encoder.fingerprint(held, i -> places[i] < 0 ? null : row.valueAt(places[i]));
            looked[3 * r] = encoder.keyHash();
            looked[3 * r + 1] = encoder.high;
            looked[3 * r + 2] = encoder.low;
        }
        List<Object[]> deleteKeys = new ArrayList<>();
        List<Row> inserts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Found found = held.rows.match(looked[3 * r], looked[3 * r + 1], looked[3 * r + 2]);
            if (found == Found.SAME) {
                held.unchanged++;
                continue;
            }
            if (found == Found.KEY) {
                deleteKeys.add(row.valuesOf(table.key()).toArray());
            }
            inserts.add(row);
        }
        return new Changes(deleteKeys, inserts);
    }

    /**
     * Reads a little of each value of these rows, so that the processor fetches them from memory side by side. The
     * applying thread made a batch's rows a while before they are compared, and they have left the processor's
     * caches since: fingerprinting one row after another, the processor waited for each of a row's values in turn,
     * as each was reached through the one before it. Reading every value's first bytes in a short loop lets it wait
     * for many at once. (It took a rebuild's writer from about 3.3 to 2.7 CPU-seconds for 1.7 million rows.)
     */
    private void fetch(List<Row> rows, int from, int to) {
        int read = 0;
        for (int r = from; r < to; r++) {
            Row row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.valueAt(c);
                if (value instanceof String text) {
                    read += text.length();
                } else if (value != null) {
                    read += value.getClass().hashCode();
                }
            }
        }
        // kept, so that the reads are not left out as unused
        fetched = read;
    }

    /** The fingerprints of the rows the table held, each in hexadecimal, sorted: to compare readings with. */
    List<String> fingerprints(ReadModelTable table) {
        Table held = tables.get(table);
        return held == null ? List.of() : held.rows.listed();
    }

    /** How many rows the tables held. */
    long size() {
        return tables.values().stream().mapToLong(t -> t.rows.size()).sum();
    }

    /** How many stored rows were found among the rebuilt ones, in every table. */
    long unchanged() {
        return tables.values().stream().mapToLong(t -> t.unchanged).sum();
    }

    /** Counts stored rows deleted by key, before rows with those keys were inserted. */
    void deleted(ReadModelTable table, int[] counts) {
        Table held = tables.get(table);
        for (int count : counts) {
            if (count < 0) {
                held.countsUnknown = true;
            } else {
                held.deletedByKey += count;
            }
        }
    }

    /**
     * The keys of the stored rows that no rebuilt row matched and that are still there, table by table — read again
     * from the database only for tables where some are left.
     */
    Map<ReadModelTable, List<Object[]>> unmatched(JdbcTemplate connection) {
        Map<ReadModelTable, List<Object[]>> unmatched = new EnumMap<>(ReadModelTable.class);
        tables.forEach((table, held) -> {
            if (!held.countsUnknown && held.rows.size() - held.rows.matched() - held.deletedByKey == 0) {
                return;
            }
            List<Object[]> keys = new ArrayList<>();
            forEachStored(connection, encoder, held, true, copy, (high, low, keyHash, values) -> {
                if (held.rows.unmatched(keyHash, high, low)) {
                    keys.add(Arrays.copyOf(values, held.keyColumns));
                }
            });
            if (!keys.isEmpty()) {
                unmatched.put(table, keys);
            }
        });
        return unmatched;
    }

    private interface StoredRow {
        /**
         * A stored row: its fingerprint, its key's hash and the values of its key's columns, if they were asked
         * for (the array is reused, and holds nulls for values not asked for).
         */
        void found(long high, long low, long keyHash, Object[] values);
    }

    /**
     * Reads the table's rows and fingerprints each: on PostgreSQL, unless told not to, as the rows of a binary
     * {@code COPY … TO STDOUT}, each value fingerprinted from the bytes the server sent, with no object made for it;
     * elsewhere through a result set. The values of the key's columns are passed on only when {@code keys} asks for
     * them.
     */
    private static void forEachStored(JdbcTemplate connection, Encoder encoder, Table held, boolean keys,
                                      boolean copy, StoredRow each) {
        boolean copied = copy && Boolean.TRUE.equals(connection.execute((ConnectionCallback<Boolean>) c -> {
            if (!c.isWrapperFor(PGConnection.class)) {
                return false;
            }
            copied(c.unwrap(PGConnection.class), JdbcClient.create(connection), encoder, held, keys, each);
            return true;
        }));
        if (!copied) {
            selected(connection, encoder, held, keys, each);
        }
    }

    /**
     * Reads the table's rows with PostgreSQL's binary {@code COPY}: the server sends each value in its binary form
     * (text as UTF-8, the driver's client encoding; dates and times as counts of days and microseconds), which is
     * fingerprinted as it stands. A date or time of infinity, which no rebuilt row holds, is fingerprinted under a
     * mark of its own, so that its row is never found among the rebuilt ones and is deleted.
     */
    private static void copied(PGConnection postgres, JdbcClient client, Encoder encoder, Table held, boolean keys,
                               StoredRow each) throws SQLException {
        ReadModelTable table = held.table;
        Map<String, BinaryCopy.Type> typeOf = BinaryCopy.Type.of(client, table);
        BinaryCopy.Type[] types = new BinaryCopy.Type[held.columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = typeOf.get(held.columns.get(i));
        }
        Object[] values = new Object[types.length];
        String sql = "COPY " + table.tableName() + " (" + String.join(", ", held.columns)
                + ") TO STDOUT (FORMAT binary)";
        try (PGCopyInputStream in = new PGCopyInputStream(postgres, sql)) {
            BinaryCopy.Reader rows = new BinaryCopy.Reader(in, types.length);
            while (rows.nextRow()) {
                for (int i = 0; i < types.length; i++) {
                    rows.nextField();
                    encoder.copied(types[i], rows);
                    values[i] = keys && i < held.keyColumns ? rows.value(types[i]) : null;
                    if (i == held.keyColumns - 1) {
                        encoder.keyEnds();
                    }
                }
                encoder.fingerprint();
                each.found(encoder.high, encoder.low, encoder.keyHash(), values);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the rows of " + table.tableName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads the table's rows through a result set, fetched a batch at a time. */
    private static void selected(JdbcTemplate connection, Encoder encoder, Table held, boolean keys,
                                 StoredRow each) {
        ReadModelTable table = held.table;
        String sql = "SELECT " + String.join(", ", held.columns) + " FROM " + table.tableName();
        Object[] values = new Object[held.columns.size()];
        connection.query(c -> {
            PreparedStatement statement = c.prepareStatement(sql);
            statement.setFetchSize(FETCH);
            return statement;
        }, (ResultSet rs) -> {
            for (int i = 0; i < values.length; i++) {
                Object value = value(rs, i + 1);
                encoder.value(table, held.columns.get(i), value);
                values[i] = keys && i < held.keyColumns ? value : null;
                if (i == held.keyColumns - 1) {
                    encoder.keyEnds();
                }
            }
            encoder.fingerprint();
            each.found(encoder.high, encoder.low, encoder.keyHash(), values);
        });
    }

    private static Object value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        return value;
    }

    private Table table(JdbcTemplate connection, ReadModelTable table) {
        return tables.computeIfAbsent(table, t -> {
            List<String> columns = new ArrayList<>(t.key());
            TableColumns.of(JdbcClient.create(connection), t).stream().filter(c -> !t.key().contains(c))
                    .forEach(columns::add);
            return new Table(t, List.copyOf(columns), t.key().size());
        });
    }

    /** One table's stored rows. */
    private static final class Table {

        final ReadModelTable table;
        /** The key's columns, then the others. */
        final List<String> columns;
        final int keyColumns;
        final Fingerprints rows = new Fingerprints();
        long unchanged;
        long deletedByKey;
        boolean countsUnknown;

        Table(ReadModelTable table, List<String> columns, int keyColumns) {
            this.table = table;
            this.columns = columns;
            this.keyColumns = keyColumns;
        }
    }

    /** A row's values in bytes, as they are fingerprinted. */
    private static final class Encoder {

        /** The mark of an infinite date or time. */
        private static final int INFINITE = 6;
        /** Writes a long into a byte array as eight bytes, most significant first, in one store. */
        private static final VarHandle BIG_ENDIAN_LONG =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

        private final MessageDigest sha256;
        /** Each row's SHA-256, written over: a new array per row was a tenth of a rebuild's writer's garbage. */
        private final byte[] digest = new byte[32];
        private byte[] bytes = new byte[512];
        private int length;
        /** The last row's fingerprint: the first and second 64 bits of its SHA-256. */
        private long high;
        private long low;
        private int keyLength;

        Encoder() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Text given as its UTF-8 bytes: encoded as the same text given as a string. */
        void text(byte[] utf8, int from, int count) {
            putLong(3, count);
            ensure(count);
            System.arraycopy(utf8, from, bytes, length, count);
            length += count;
        }

        /**
         * A value as PostgreSQL's binary COPY sent it, in a column of this type: encoded as the same value read
         * through a result set. Infinite dates and times, which have no value of the Java types rebuilt rows hold,
         * are encoded under a mark of their own.
         */
        void copied(BinaryCopy.Type type, BinaryCopy.Reader field) throws IOException {
            if (field.length() < 0) {
                put(0);
                return;
            }
            switch (type) {
                case INT8, INT4, INT2 -> putLong(1, field.integer(type));
                case BOOL -> {
                    put(2);
                    put(field.bool() ? 1 : 0);
                }
                case TEXT -> text(field.bytes(), field.offset(), field.length());
                case DATE -> {
                    long day = field.date();
                    putLong(BinaryCopy.infiniteDate(day) ? INFINITE : 4, day);
                }
                case TIMESTAMPTZ -> {
                    long micros = field.time();
                    putLong(BinaryCopy.infiniteTime(micros) ? INFINITE : 5, micros);
                }
            }
        }

        /** The values so far are the key's. */
        void keyEnds() {
            keyLength = length;
        }

        void value(ReadModelTable table, String column, Object value) {
            if (value == null) {
                put(0);
            } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof Byte) {
                putLong(1, ((Number) value).longValue());
            } else if (value instanceof Boolean yes) {
                put(2);
                put(yes ? 1 : 0);
            } else if (value instanceof String text) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                text(utf8, 0, utf8.length);
            } else if (value instanceof LocalDate date) {
                putLong(4, date.toEpochDay());
            } else if (value instanceof Instant time) {
                putLong(5, micros(time));
            } else if (value instanceof OffsetDateTime time) {
                putLong(5, micros(time.toInstant()));
            } else {
                throw new IllegalStateException("cannot compare " + value.getClass().getSimpleName() + " " + value
                        + " in " + table.tableName() + "." + column);
            }
        }

        /** Microseconds since 1970, rounded as {@link #microsOfSecond} rounds them. */
        private static long micros(Instant time) {
            return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), microsOfSecond(time));
        }

        /**
         * A 64-bit hash of the key's bytes: eight bytes at a time, each word multiplied into the hash and rotated
         * (a byte at a time, the hash's chain of multiplications was 8 times as long), the last few bytes and the
         * length as one more word, then mixed. Equal keys hash alike; keys that hash alike are told apart by their
         * rows' fingerprints.
         */
        long keyHash() {
            long hash = 0xcbf29ce484222325L;
            int i = 0;
            for (; i + 8 <= keyLength; i += 8) {
                hash = Long.rotateLeft((hash ^ (long) BIG_ENDIAN_LONG.get(bytes, i)) * 0x9e3779b97f4a7c15L, 31);
            }
            long last = keyLength;
            for (; i < keyLength; i++) {
                last = (last << 8) | (bytes[i] & 0xff);
            }
            return mix((hash ^ last) * 0x9e3779b97f4a7c15L);
        }

        /**
         * Fingerprints a row of the table, its values given by their place in the table's columns (key first):
         * {@link #high} and {@link #low} are then its fingerprint, {@link #keyHash} its key's hash.
         */
        void fingerprint(Table held, IntFunction<Object> valueAt) {
            for (int i = 0; i < held.columns.size(); i++) {
                value(held.table, held.columns.get(i), valueAt.apply(i));
                if (i == held.keyColumns - 1) {
                    keyEnds();
                }
            }
            fingerprint();
        }

        /**
         * Takes the first 128 bits of the SHA-256 of the row's bytes as its fingerprint, into {@link #high} and
         * {@link #low} (not a new array for each of millions of rows); starts the next row.
         */
        void fingerprint() {
            sha256.update(bytes, 0, length);
            try {
                sha256.digest(digest, 0, digest.length);
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
            length = 0;
            high = (long) BIG_ENDIAN_LONG.get(digest, 0);
            low = (long) BIG_ENDIAN_LONG.get(digest, 8);
        }

        private void putLong(int tag, long value) {
            ensure(9);
            bytes[length] = (byte) tag;
            BIG_ENDIAN_LONG.set(bytes, length + 1, value);
            length += 9;
        }

        private void put(int value) {
            ensure(1);
            bytes[length++] = (byte) value;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    /** The finalising mix of MurmurHash3: spreads a hash's bits over all of its 64. */
    private static long mix(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }

    /** What a rebuilt row found among the stored ones. */
    enum Found {
        /** A stored row with its fingerprint: the row is there already. */
        SAME,
        /** A stored row with its key's hash, and no stored row with its fingerprint: one to delete first. */
        KEY,
        /** Neither. */
        NONE
    }

    /**
     * A table's stored rows, each as its key's hash and its fingerprint, marked once a rebuilt row matched it: open
     * addressing by key hash with linear probing, three numbers a row in one array and no object per row. A rebuilt
     * row is looked up once, by its key, to learn both whether it is stored as it is and whether a stored row has its
     * key: one place in memory to reach, where a set of fingerprints and another of keys took two. The key's hash is
     * held in 63 bits, the 64th marking the row matched; 0 marks a free slot (a hash of 0 is held as 1). Two rows
     * whose keys' hashes are equal are both held, side by side, and told apart by their fingerprints.
     */
    static final class Fingerprints {

        private static final long MATCHED = Long.MIN_VALUE;
        private static final int SMALLEST = 1024;

        /** Each slot's key hash (with the mark), then the fingerprint's high and low halves. */
        private long[] slots = new long[3 * SMALLEST];
        private int capacity = SMALLEST;
        private int size;
        private int matchedCount;

        /** How many slots {@link #addAll} read ahead, kept so that the reads are not left out as unused. */
        private long readAhead;

        void add(long keyHash, long high, long low) {
            if ((size + 1) * 10L > capacity * 7L) {
                resize(capacityFor(size + 1L));
            }
            long key = key(keyHash);
            int mask = capacity - 1;
            for (int i = (int) key & mask; ; i = (i + 1) & mask) {
                long held = slots[3 * i];
                if (held == 0) {
                    slots[3 * i] = key;
                    slots[3 * i + 1] = high;
                    slots[3 * i + 2] = low;
                    size++;
                    return;
                }
                if ((held & ~MATCHED) == key && slots[3 * i + 1] == high && slots[3 * i + 2] == low) {
                    throw new IllegalStateException("two stored rows with one fingerprint");
                }
            }
        }

        /**
         * Adds the first {@code count} rows of {@code rows}, each given as three numbers: its key's hash, then its
         * fingerprint's high and low halves. Each row's place in the table is read first, in a short loop, so that
         * the processor fetches those places from memory side by side rather than waiting for each as it is added.
         */
        void addAll(long[] rows, int count) {
            if ((size + (long) count) * 10L > capacity * 7L) {
                resize(capacityFor(size + (long) count));
            }
            int mask = capacity - 1;
            long read = 0;
            for (int r = 0; r < count; r++) {
                read += slots[3 * ((int) key(rows[3 * r]) & mask)];
            }
            readAhead += read;
            for (int r = 0; r < count; r++) {
                add(rows[3 * r], rows[3 * r + 1], rows[3 * r + 2]);
            }
        }

        /**
         * Looks a rebuilt row up: a stored row with its fingerprint is marked matched ({@link Found#SAME}); else
         * answers whether a stored row has its key's hash.
         */
        Found match(long keyHash, long high, long low) {
            long key = key(keyHash);
            boolean keyHeld = false;
            int mask = capacity - 1;
            for (int i = (int) key & mask; ; i = (i + 1) & mask) {
                long held = slots[3 * i];
                if (held == 0) {
                    return keyHeld ? Found.KEY : Found.NONE;
                }
                if ((held & ~MATCHED) == key) {
                    if (slots[3 * i + 1] == high && slots[3 * i + 2] == low) {
                        if (held < 0) {
                            throw new IllegalStateException("the rebuild made one row twice");
                        }
                        slots[3 * i] = held | MATCHED;
                        matchedCount++;
                        return Found.SAME;
                    }
                    keyHeld = true;
                }
            }
        }

        /** Whether the row is held and no rebuilt row matched it. */
        boolean unmatched(long keyHash, long high, long low) {
            long key = key(keyHash);
            int mask = capacity - 1;
            for (int i = (int) key & mask; ; i = (i + 1) & mask) {
                long held = slots[3 * i];
                if (held == 0) {
                    return false;
                }
                if ((held & ~MATCHED) == key && slots[3 * i + 1] == high && slots[3 * i + 2] == low) {
                    return held > 0;
                }
            }
        }

        int size() {
            return size;
        }

        int matched() {
            return matchedCount;
        }

        /** The fingerprints held, each in hexadecimal, sorted. */
        List<String> listed() {
            List<String> listed = new ArrayList<>(size);
            for (int i = 0; i < capacity; i++) {
                if (slots[3 * i] != 0) {
                    listed.add(String.format("%016x%016x", slots[3 * i + 1], slots[3 * i + 2]));
                }
            }
            listed.sort(null);
            return listed;
        }

        /** The key's hash as held: 63 bits, never 0. */
        private static long key(long keyHash) {
            long key = keyHash & ~MATCHED;
            return key == 0 ? 1 : key;
        }

        /** The smallest power of two that holds the rows with at most 70 % of its slots taken. */
        static int capacityFor(long rows) {
            long wanted = Math.max(SMALLEST, rows * 10 / 7 + 1);
            if (wanted > 1 << 29) {
                throw new IllegalStateException("too many stored rows in one table to compare: " + rows);
            }
            return Integer.highestOneBit((int) wanted - 1) << 1;
        }

        /** Moves every row held, with its mark, to a table of this many slots. */
        private void resize(int slotsWanted) {
            long[] old = slots;
            int oldCapacity = capacity;
            slots = new long[3 * slotsWanted];
            capacity = slotsWanted;
            int mask = capacity - 1;
            for (int i = 0; i < oldCapacity; i++) {
                long held = old[3 * i];
                if (held == 0) {
                    continue;
                }
                int slot = (int) (held & ~MATCHED) & mask;
                while (slots[3 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[3 * slot] = held;
                slots[3 * slot + 1] = old[3 * i + 1];
                slots[3 * slot + 2] = old[3 * i + 2];
            }
        }
    }
}
