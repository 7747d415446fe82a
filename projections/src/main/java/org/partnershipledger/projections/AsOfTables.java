package org.partnershipledger.projections;

import org.partnershipledger.projections.rows.ReadModelTable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.partnershipledger.projections.rows.ReadModelTable.SPAN_CLASS;
import static org.partnershipledger.projections.rows.ReadModelTable.VALID_FROM;
import static org.partnershipledger.projections.rows.ReadModelTable.VALID_TO;

/**
 * The read-model tables of one partnership as they stood at one of its versions: each table a query reads is
 * replaced by the rows valid then — the versions kept in its history table, or the rows of an append-only table
 * recorded by then — so the live read models' own queries answer as of that version.
 *
 * <p>The versions valid at version {@code v} are {@code valid_from <= v < valid_to}. Read as such, that is every
 * version older than {@code v}; instead each span class {@code c} (versions valid for 2^c to 2^(c+1) − 1 versions)
 * is read from its own index range, {@code v − 2^(c+1) < valid_from <= v} (or {@code valid_from <= v} when that
 * starts before the partnership's first version). Versions that have ended cannot be longer than the partnership's
 * latest version, which bounds their classes; the classes above it (the standing versions, and any that ended since
 * the latest version was read) are read together. A read touches the rows valid then and a bounded number of others
 * per class, however long the history — at an early version too, where one range over all the wide classes would
 * read every long-lived version of the whole history.
 */
public final class AsOfTables {

    private static final Pattern TABLE = Pattern.compile("\\brm_[a-z_]+\\b(?!\\.)");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, ReadModelTable> BY_NAME = Arrays.stream(ReadModelTable.values())
            .collect(Collectors.toMap(ReadModelTable::tableName, t -> t));

    private final String partnershipId;
    private final long version;
    private final long latest;
    private final Instant versionRecordedAt;
    private final Instant asOf;
    private final boolean classesAsUnion;
    private final Function<ReadModelTable, List<String>> columns;

    /**
     * @param version           the partnership's version then: the last event recorded by the instant
     * @param latest            the partnership's latest version the read models had applied, at least
     *                          {@code version}; a lower bound of it is enough for a correct answer, the actual one
     *                          makes it fastest
     * @param versionRecordedAt when that event was recorded
     * @param asOf              the instant
     * @param classesAsUnion    read each span class as its own query joined by {@code UNION ALL} (H2 reads an
     *                          {@code OR} of ranges as one scan), rather than as ranges joined by {@code OR}
     * @param columns           the columns of each table, in order
     */
    public AsOfTables(String partnershipId, long version, long latest, Instant versionRecordedAt, Instant asOf,
                      boolean classesAsUnion, Function<ReadModelTable, List<String>> columns) {
        this.partnershipId = partnershipId;
        this.version = version;
        this.latest = Math.max(version, latest);
        this.versionRecordedAt = versionRecordedAt;
        this.asOf = asOf;
        this.classesAsUnion = classesAsUnion;
        this.columns = columns;
    }

    /** The query with every read-model table it names replaced by its rows as of the version. */
    public String rewrite(String sql) {
        Matcher tables = TABLE.matcher(sql);
        return tables.replaceAll(match -> {
            ReadModelTable table = BY_NAME.get(match.group());
            if (table == null) {
                throw new IllegalArgumentException("not a read-model table: " + match.group());
            }
            return Matcher.quoteReplacement(asOf(table));
        });
    }

    private String asOf(ReadModelTable table) {
        return switch (table.kind()) {
            case VERSIONED -> "(" + versions(table) + ") " + table.tableName();
            case APPEND_ONLY -> "(SELECT * FROM " + table.tableName() + " WHERE partnership_id = " + literal(partnershipId)
                    + " AND recorded_at <= " + timestamp(asOf) + ") " + table.tableName();
            case HISTORY -> throw new IllegalArgumentException("history is not read as of a version: "
                    + table.tableName());
        };
    }

    /** The versions of the table's rows valid at the version, with the table's columns. */
    private String versions(ReadModelTable table) {
        String select = "SELECT " + columns.apply(table).stream().map(c -> select(table, c))
                .collect(Collectors.joining(", "))
                + " FROM " + table.history().orElseThrow().tableName()
                + " WHERE partnership_id = " + literal(partnershipId) + " AND " + VALID_TO + " > " + version;
        List<String> classes = classes();
        if (classesAsUnion) {
            return classes.stream().map(c -> select + " AND " + c).collect(Collectors.joining(" UNION ALL "));
        }
        return select + " AND (" + String.join(" OR ", classes) + ")";
    }

    /**
     * One condition per span class that ended versions valid at the version can have, then one for the classes above
     * (the standing versions among them).
     */
    private List<String> classes() {
        List<String> classes = new ArrayList<>();
        // an ended version is valid for at most the latest version's number of versions: ⌊log₂ latest⌋ at most
        int widest = latest < 1 ? -1 : Math.min(61, 63 - Long.numberOfLeadingZeros(latest));
        for (int spanClass = 0; spanClass <= widest; spanClass++) {
            long after = version - (1L << (spanClass + 1));
            classes.add(SPAN_CLASS + " = " + spanClass + (after >= 0 ? " AND " + VALID_FROM + " > " + after : "")
                    + " AND " + VALID_FROM + " <= " + version);
        }
        classes.add(SPAN_CLASS + " > " + widest + " AND " + VALID_FROM + " <= " + version);
        return classes;
    }

    /** A column of the table as of the version: those not versioned are the version and when it was recorded. */
    private String select(ReadModelTable table, String column) {
        if (!table.unversioned().contains(column)) {
            return column;
        }
        return switch (column) {
            case "version" -> "CAST(" + version + " AS BIGINT) AS version";
            case "last_changed_at" -> timestamp(versionRecordedAt) + " AS last_changed_at";
            default -> throw new IllegalStateException("no value as of a version for " + table.tableName() + "."
                    + column);
        };
    }

    private static String timestamp(Instant instant) {
        return "CAST('" + TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MICROS)) + "+00:00' AS TIMESTAMP WITH TIME ZONE)";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
