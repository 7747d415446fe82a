package org.partnershipledger.projections.partner;

import org.partnershipledger.core.shared.Money;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads partners and their resource declarations from the read model. */
@Component
public class PartnerReads {

    private static final String PARTNER_COLUMNS = "partner_id, name, sector, active, admitted_at, left_at";
    private static final String DECLARATION_COLUMNS =
            "partner_id, financial_year, staff, volunteers, spend_minor, currency, note, declared_at";

    private final JdbcClient jdbc;

    public PartnerReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PartnerEntry> partners(String partnershipId) {
        return jdbc.sql("SELECT " + PARTNER_COLUMNS + " FROM rm_partner WHERE partnership_id = ? ORDER BY position")
                .param(partnershipId)
                .query(PartnerReads::partner)
                .list();
    }

    public Optional<PartnerEntry> partner(String partnershipId, String partnerId) {
        return jdbc.sql("SELECT " + PARTNER_COLUMNS + " FROM rm_partner WHERE partnership_id = ? AND partner_id = ?")
                .params(partnershipId, partnerId)
                .query(PartnerReads::partner)
                .optional();
    }

    public List<ResourceDeclarationEntry> declarations(String partnershipId) {
        return jdbc.sql("SELECT " + DECLARATION_COLUMNS + " FROM rm_resource_declaration WHERE partnership_id = ?"
                        + " ORDER BY financial_year, partner_id")
                .param(partnershipId)
                .query(PartnerReads::declaration)
                .list();
    }

    public List<ResourceDeclarationEntry> declarations(String partnershipId, String partnerId) {
        return jdbc.sql("SELECT " + DECLARATION_COLUMNS + " FROM rm_resource_declaration WHERE partnership_id = ?"
                        + " AND partner_id = ? ORDER BY financial_year")
                .params(partnershipId, partnerId)
                .query(PartnerReads::declaration)
                .list();
    }

    private static PartnerEntry partner(ResultSet rs, int row) throws SQLException {
        return new PartnerEntry(rs.getString("partner_id"), rs.getString("name"), rs.getString("sector"),
                rs.getBoolean("active"), Ledger.instant(rs, "admitted_at"), Ledger.instant(rs, "left_at"));
    }

    private static ResourceDeclarationEntry declaration(ResultSet rs, int row) throws SQLException {
        return new ResourceDeclarationEntry(rs.getString("partner_id"), rs.getString("financial_year"),
                rs.getInt("staff"), rs.getInt("volunteers"),
                new Money(rs.getLong("spend_minor"), rs.getString("currency")), rs.getString("note"),
                Ledger.instant(rs, "declared_at"));
    }
}
