package org.partnershipledger.projections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List.of(
                new String[]{"rm_partnership", "partnership_id"},
                new String[]{"rm_theme", "partnership_id, theme_id"},
                new String[]{"rm_principle", "partnership_id, principle_id"},
                new String[]{"rm_shared_commitment", "partnership_id, commitment_id"},
                new String[]{"rm_partner", "partnership_id, partner_id"},
                new String[]{"rm_resource_declaration", "partnership_id, partner_id, financial_year"},
                new String[]{"rm_priority", "partnership_id, priority_id"},
                new String[]{"rm_priority_supporter", "partnership_id, priority_id, partner_id"},
                new String[]{"rm_pledge", "partnership_id, pledge_id"},
                new String[]{"rm_spend", "partnership_id, pledge_id, spend_id"},
                new String[]{"rm_indicator", "partnership_id, indicator_id"},
                new String[]{"rm_outcome", "partnership_id, indicator_id, outcome_id"},
                new String[]{"rm_audit_entry", "partnership_id, sequence_number"})
                .forEach(t -> tables.put(t[0], t[1]));
        return Collections.unmodifiableMap(tables);
    }
}
