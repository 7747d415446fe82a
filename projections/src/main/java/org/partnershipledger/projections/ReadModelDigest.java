package org.partnershipledger.projections;

import org.partnershipledger.projections.rows.ReadModelTable.ReadModel;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SHA-256 digest of each read-model table's content, rows in primary-key order: two ledgers whose read models
 * hold the same facts have the same digests, however and whenever they were built.
 */
@Component
public class ReadModelDigest {

    /** Every read-model table with the columns that order its rows. */
    public static final Map<String, String> TABLES = tables();

    private final JdbcClient jdbc;

    ReadModelDigest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A read model's tables with the digest of each, and one digest of them all. */
    public record ReadModelContent(String name, Map<String, String> tables, String digest) {
    }

    /** Each read model's content digest, computed from its tables' digests in order. */
    public List<ReadModelContent> byReadModel() {
        Map<String, String> all = digests();
        List<ReadModelContent> contents = new ArrayList<>();
        for (ReadModel readModel : ReadModel.values()) {
            Map<String, String> tables = new LinkedHashMap<>();
            MessageDigest sha256 = sha256();
            for (ReadModelTable table : ReadModelTable.of(Set.of(readModel))) {
                tables.put(table.tableName(), all.get(table.tableName()));
                sha256.update((table.tableName() + "=" + all.get(table.tableName()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            contents.add(new ReadModelContent(readModel.publicName(), tables, HexFormat.of().formatHex(sha256.digest())));
        }
        return contents;
    }

    public Map<String, String> digests() {
        Map<String, String> digests = new LinkedHashMap<>();
        TABLES.forEach((table, order) -> digests.put(table, digest(table, order)));
        return digests;
    }

    private String digest(String table, String orderBy) {
        MessageDigest sha256 = sha256();
        jdbc.sql("SELECT * FROM " + table + " ORDER BY " + orderBy).query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                row.append(meta.getColumnLabel(i).toLowerCase()).append('=')
                        .append(value == null ? "∅" : normalise(value)).append('\u001f');
            }
            sha256.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        });
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String normalise(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant().toString();
        }
        return value.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (ReadModelTable table : ReadModelTable.values()) {
            tables.put(table.tableName(), String.join(", ", table.key()));
        }
        return Collections.unmodifiableMap(tables);
    }
}
