package org.partnershipledger.projections.partner;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.partner.PartnerAdmitted;
import org.partnershipledger.core.partner.PartnerLeft;
import org.partnershipledger.core.partner.ResourcesDeclared;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

/** The partners and, per financial year, the latest resources each declared (the Total Place count). */
public class PartnerProjector {

    private final JdbcClient jdbc;

    public PartnerProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnerAdmitted e, @SequenceNumber long sequence, @Timestamp Instant at) {
        int readmitted = jdbc.sql("UPDATE rm_partner SET name = ?, sector = ?, active = TRUE, left_at = NULL"
                        + " WHERE partnership_id = ? AND partner_id = ?")
                .params(e.name(), e.sector().name(), e.partnershipId().value(), e.partnerId().value())
                .update();
        if (readmitted == 0) {
            jdbc.sql("INSERT INTO rm_partner (partnership_id, partner_id, name, sector, active, admitted_at, position)"
                            + " VALUES (?, ?, ?, ?, TRUE, ?, ?)")
                    .params(e.partnershipId().value(), e.partnerId().value(), e.name(), e.sector().name(),
                            Ledger.utc(at), sequence)
                    .update();
        }
    }

    @EventHandler
    void on(PartnerLeft e, @Timestamp Instant at) {
        jdbc.sql("UPDATE rm_partner SET active = FALSE, left_at = ? WHERE partnership_id = ? AND partner_id = ?")
                .params(Ledger.utc(at), e.partnershipId().value(), e.partnerId().value())
                .update();
    }

    @EventHandler
    void on(ResourcesDeclared e, @Timestamp Instant at) {
        jdbc.sql("DELETE FROM rm_resource_declaration WHERE partnership_id = ? AND partner_id = ? AND financial_year = ?")
                .params(e.partnershipId().value(), e.partnerId().value(), e.financialYear().toString())
                .update();
        jdbc.sql("INSERT INTO rm_resource_declaration (partnership_id, partner_id, financial_year, staff, volunteers,"
                        + " spend_minor, currency, note, declared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.partnershipId().value(), e.partnerId().value(), e.financialYear().toString(), e.staff(),
                        e.volunteers(), e.spend().amountMinor(), e.spend().currency(), e.note(), Ledger.utc(at))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM rm_resource_declaration").update();
        jdbc.sql("DELETE FROM rm_partner").update();
    }
}
