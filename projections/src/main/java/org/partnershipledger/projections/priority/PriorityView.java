package org.partnershipledger.projections.priority;

import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.indicator.IndicatorEntry;
import org.partnershipledger.projections.pledge.PledgeEntry;
import org.partnershipledger.projections.pledge.PledgeTotals;

import java.util.List;

/** A priority with everything committed to it and measured for it. */
public record PriorityView(PriorityRow priority, FinancialYear financialYear, PledgeTotals totals,
                           List<PledgeEntry> pledges, List<IndicatorEntry> indicators) {
}
