package org.partnershipledger.projections.partnership;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.projections.Ledger;
import org.partnershipledger.projections.partner.PartnerReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Answers questions about partnerships from the read model. */
@Component
public class PartnershipQueries {

    private final JdbcClient jdbc;
    private final PartnerReads partners;
    private final AxisReads axes;

    public PartnershipQueries(JdbcClient jdbc, PartnerReads partners, AxisReads axes) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.axes = axes;
    }

    @QueryHandler
    public List<PartnershipSummary> handle(FindPartnerships query) {
        return jdbc.sql("SELECT partnership_id, name, place, version, last_changed_at FROM rm_partnership"
                        + " ORDER BY name, partnership_id")
                .query((rs, row) -> new PartnershipSummary(rs.getString("partnership_id"), rs.getString("name"),
                        rs.getString("place"), rs.getLong("version"), Ledger.instant(rs, "last_changed_at")))
                .list();
    }

    @QueryHandler
    public Optional<PartnershipView> handle(FindPartnership query) {
        String id = query.partnershipId().value();
        return jdbc.sql("SELECT * FROM rm_partnership WHERE partnership_id = ?")
                .param(id)
                .query((rs, row) -> view(rs, id))
                .optional();
    }

    private PartnershipView view(ResultSet rs, String id) throws SQLException {
        List<CommitmentEntry> commitments = jdbc.sql("SELECT commitment_id, statement, withdrawn"
                        + " FROM rm_shared_commitment WHERE partnership_id = ? ORDER BY position")
                .param(id)
                .query((c, row) -> new CommitmentEntry(c.getString("commitment_id"), c.getString("statement"),
                        c.getBoolean("withdrawn")))
                .list();
        return new PartnershipView(id, rs.getString("name"), rs.getString("place"), rs.getString("vision"),
                Ledger.instant(rs, "established_at"), Ledger.instant(rs, "last_changed_at"), rs.getLong("version"),
                axes.themes(id), axes.principles(id), commitments, partners.partners(id),
                partners.declarations(id));
    }
}
