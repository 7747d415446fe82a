package org.partnershipledger.projections.pledge;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.pledge.BudgetPledged;
import org.partnershipledger.core.pledge.PledgeRevised;
import org.partnershipledger.core.pledge.PledgeWithdrawn;
import org.partnershipledger.core.pledge.SpendRecorded;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

/** Pledges as they now stand, and every record of spend against them. */
public class PledgeProjector {

    private final JdbcClient jdbc;

    public PledgeProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BudgetPledged e, @Timestamp Instant at) {
        jdbc.sql("INSERT INTO rm_pledge (partnership_id, pledge_id, priority_id, partner_id, amount_minor, currency,"
                        + " financial_year, kind, status, withdrawn, spent_minor, pledged_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, ?)")
                .params(e.partnershipId().value(), e.pledgeId().value(), e.priorityId().value(),
                        e.partnerId().value(), e.amount().amountMinor(), e.amount().currency(),
                        e.financialYear().toString(), e.kind().name(), e.status().name(), Ledger.utc(at))
                .update();
    }

    @EventHandler
    void on(PledgeRevised e) {
        jdbc.sql("UPDATE rm_pledge SET amount_minor = ?, status = ? WHERE partnership_id = ? AND pledge_id = ?")
                .params(e.amount().amountMinor(), e.status().name(), e.partnershipId().value(), e.pledgeId().value())
                .update();
    }

    @EventHandler
    void on(PledgeWithdrawn e) {
        jdbc.sql("UPDATE rm_pledge SET withdrawn = TRUE WHERE partnership_id = ? AND pledge_id = ?")
                .params(e.partnershipId().value(), e.pledgeId().value())
                .update();
    }

    @EventHandler
    void on(SpendRecorded e, @Timestamp Instant at) {
        jdbc.sql("INSERT INTO rm_spend (partnership_id, pledge_id, spend_id, priority_id, partner_id, amount_minor,"
                        + " currency, spent_on, note, exceeds_pledge, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.partnershipId().value(), e.pledgeId().value(), e.spendId().value(), e.priorityId().value(),
                        e.partnerId().value(), e.amount().amountMinor(), e.amount().currency(), e.spentOn(), e.note(),
                        e.exceedsPledge(), Ledger.utc(at))
                .update();
        jdbc.sql("UPDATE rm_pledge SET spent_minor = ? WHERE partnership_id = ? AND pledge_id = ?")
                .params(e.totalSpent().amountMinor(), e.partnershipId().value(), e.pledgeId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM rm_spend").update();
        jdbc.sql("DELETE FROM rm_pledge").update();
    }
}
