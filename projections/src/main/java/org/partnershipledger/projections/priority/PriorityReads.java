package org.partnershipledger.projections.priority;

import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads priorities with their supporting partners from the read model. */
@Component
public class PriorityReads {

    private final JdbcClient jdbc;

    public PriorityReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every priority of a partnership, in the order adopted. */
    public List<PriorityRow> all(String partnershipId) {
        Map<String, List<String>> supporters = supporters(partnershipId, null);
        return jdbc.sql("SELECT * FROM rm_priority WHERE partnership_id = ? ORDER BY position")
                .param(partnershipId)
                .query((rs, row) -> row(rs, supporters))
                .list();
    }

    public Optional<PriorityRow> one(String partnershipId, String priorityId) {
        Map<String, List<String>> supporters = supporters(partnershipId, priorityId);
        return jdbc.sql("SELECT * FROM rm_priority WHERE partnership_id = ? AND priority_id = ?")
                .params(partnershipId, priorityId)
                .query((rs, row) -> row(rs, supporters))
                .optional();
    }

    private Map<String, List<String>> supporters(String partnershipId, String priorityId) {
        Map<String, List<String>> byPriority = new HashMap<>();
        jdbc.sql("SELECT priority_id, partner_id FROM rm_priority_supporter WHERE partnership_id = ?"
                        + (priorityId == null ? "" : " AND priority_id = ?") + " ORDER BY partner_id")
                .params(priorityId == null ? List.of(partnershipId) : List.of(partnershipId, priorityId))
                .query((rs, row) -> byPriority.computeIfAbsent(rs.getString("priority_id"), k -> new ArrayList<>())
                        .add(rs.getString("partner_id")))
                .list();
        return byPriority;
    }

    private static PriorityRow row(ResultSet rs, Map<String, List<String>> supporters) throws SQLException {
        String id = rs.getString("priority_id");
        return new PriorityRow(id, rs.getString("theme_id"), rs.getString("principle_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("status"), rs.getString("closing_note"),
                rs.getString("lead_partner_id"), List.copyOf(supporters.getOrDefault(id, List.of())),
                rs.getObject("horizon_from", LocalDate.class), rs.getObject("horizon_to", LocalDate.class),
                Ledger.instant(rs, "adopted_at"));
    }
}
