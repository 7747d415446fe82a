package org.partnershipledger.projections.priority;

import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.FinancialYear;

/**
 * Finds one priority with its pledges, spend, indicators and latest outcomes; with a {@code financialYear}, only the
 * pledges for that year (and the spend against them) are shown and counted.
 */
public record FindPriority(PartnershipId partnershipId, PriorityId priorityId, FinancialYear financialYear) {

    public FindPriority(PartnershipId partnershipId, PriorityId priorityId) {
        this(partnershipId, priorityId, null);
    }
}
