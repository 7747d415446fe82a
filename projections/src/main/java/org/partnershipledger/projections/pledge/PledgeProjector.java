package org.partnershipledger.projections.pledge;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.pledge.BudgetPledged;
import org.partnershipledger.core.pledge.PledgeRevised;
import org.partnershipledger.core.pledge.PledgeWithdrawn;
import org.partnershipledger.core.pledge.SpendRecorded;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.Rows;

import java.time.Instant;

import static org.partnershipledger.projections.rows.ReadModelTable.PLEDGE;
import static org.partnershipledger.projections.rows.ReadModelTable.SPEND;

/** Pledges as they now stand, and every record of spend against them. */
public class PledgeProjector {

    private final Rows rows;

    public PledgeProjector(Rows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(BudgetPledged e, @Timestamp Instant at) {
        rows.insert(PLEDGE, Row.of("partnership_id", e.partnershipId().value(), "pledge_id", e.pledgeId().value(),
                "priority_id", e.priorityId().value(), "partner_id", e.partnerId().value(),
                "amount_minor", e.amount().amountMinor(), "currency", e.amount().currency(),
                "financial_year", e.financialYear().toString(), "kind", e.kind().name(), "status", e.status().name(),
                "withdrawn", false, "spent_minor", 0L, "pledged_at", at));
    }

    @EventHandler
    void on(PledgeRevised e) {
        rows.update(PLEDGE, key(e.partnershipId().value(), e.pledgeId().value()),
                Row.of("amount_minor", e.amount().amountMinor(), "status", e.status().name()));
    }

    @EventHandler
    void on(PledgeWithdrawn e) {
        rows.update(PLEDGE, key(e.partnershipId().value(), e.pledgeId().value()), Row.of("withdrawn", true));
    }

    @EventHandler
    void on(SpendRecorded e, @Timestamp Instant at) {
        rows.insert(SPEND, Row.of("partnership_id", e.partnershipId().value(), "pledge_id", e.pledgeId().value(),
                "spend_id", e.spendId().value(), "priority_id", e.priorityId().value(),
                "partner_id", e.partnerId().value(), "amount_minor", e.amount().amountMinor(),
                "currency", e.amount().currency(), "spent_on", e.spentOn(), "note", e.note(),
                "exceeds_pledge", e.exceedsPledge(), "recorded_at", at));
        rows.update(PLEDGE, key(e.partnershipId().value(), e.pledgeId().value()),
                Row.of("spent_minor", e.totalSpent().amountMinor()));
    }

    private static Row key(String partnershipId, String pledgeId) {
        return Row.of("partnership_id", partnershipId, "pledge_id", pledgeId);
    }
}
