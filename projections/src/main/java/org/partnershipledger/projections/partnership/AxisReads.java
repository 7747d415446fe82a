package org.partnershipledger.projections.partnership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads the two axes of the matrix, in the order they were defined. */
@Component
public class AxisReads {

    private final JdbcClient jdbc;

    public AxisReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AxisEntry> themes(String partnershipId) {
        return axis("rm_theme", "theme_id", partnershipId);
    }

    public List<AxisEntry> principles(String partnershipId) {
        return axis("rm_principle", "principle_id", partnershipId);
    }

    private List<AxisEntry> axis(String table, String idColumn, String partnershipId) {
        return jdbc.sql("SELECT " + idColumn + " AS id, name, description, retired FROM " + table
                        + " WHERE partnership_id = ? ORDER BY position")
                .param(partnershipId)
                .query((rs, row) -> new AxisEntry(rs.getString("id"), rs.getString("name"),
                        rs.getString("description"), rs.getBoolean("retired")))
                .list();
    }
}
