package org.partnershipledger.projections.partner;

import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.indicator.OutcomeEntry;
import org.partnershipledger.projections.pledge.PledgeEntry;
import org.partnershipledger.projections.pledge.PledgeTotals;
import org.partnershipledger.projections.priority.PriorityRow;

import java.util.List;

/** Everything one partner stands committed to in a partnership. */
public record PartnerCommitments(
        PartnerEntry partner,
        FinancialYear financialYear,
        List<PriorityRow> leads,
        List<PriorityRow> supports,
        PledgeTotals totals,
        List<PledgeEntry> pledges,
        List<OutcomeEntry> outcomesReported,
        List<ResourceDeclarationEntry> resourceDeclarations) {
}
