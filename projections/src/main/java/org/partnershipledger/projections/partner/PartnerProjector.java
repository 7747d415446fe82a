package org.partnershipledger.projections.partner;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.partner.PartnerAdmitted;
import org.partnershipledger.core.partner.PartnerLeft;
import org.partnershipledger.core.partner.ResourcesDeclared;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.Rows;

import java.time.Instant;

import static org.partnershipledger.projections.rows.ReadModelTable.PARTNER;
import static org.partnershipledger.projections.rows.ReadModelTable.RESOURCE_DECLARATION;

/** The partners and, per financial year, the latest resources each declared (the Total Place count). */
public class PartnerProjector {

    private final Rows rows;

    public PartnerProjector(Rows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(PartnerAdmitted e, @SequenceNumber long sequence, @Timestamp Instant at) {
        int readmitted = rows.update(PARTNER, key(e.partnershipId().value(), e.partnerId().value()),
                Row.of("name", e.name(), "sector", e.sector().name(), "active", true, "left_at", null));
        if (readmitted == 0) {
            rows.insert(PARTNER, Row.of("partnership_id", e.partnershipId().value(),
                    "partner_id", e.partnerId().value(), "name", e.name(), "sector", e.sector().name(),
                    "active", true, "admitted_at", at, "position", sequence));
        }
    }

    @EventHandler
    void on(PartnerLeft e, @Timestamp Instant at) {
        rows.update(PARTNER, key(e.partnershipId().value(), e.partnerId().value()),
                Row.of("active", false, "left_at", at));
    }

    @EventHandler
    void on(ResourcesDeclared e, @Timestamp Instant at) {
        rows.delete(RESOURCE_DECLARATION, Row.of("partnership_id", e.partnershipId().value(),
                "partner_id", e.partnerId().value(), "financial_year", e.financialYear().toString()));
        rows.insert(RESOURCE_DECLARATION, Row.of("partnership_id", e.partnershipId().value(),
                "partner_id", e.partnerId().value(), "financial_year", e.financialYear().toString(),
                "staff", e.staff(), "volunteers", e.volunteers(), "spend_minor", e.spend().amountMinor(),
                "currency", e.spend().currency(), "note", e.note(), "declared_at", at));
    }

    private static Row key(String partnershipId, String partnerId) {
        return Row.of("partnership_id", partnershipId, "partner_id", partnerId);
    }
}
