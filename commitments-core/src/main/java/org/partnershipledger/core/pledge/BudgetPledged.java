package org.partnershipledger.core.pledge;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A partner pledged budget to a priority. */
@Revision("1")
public record BudgetPledged(
        PartnershipId partnershipId,
        PriorityId priorityId,
        PledgeId pledgeId,
        PartnerId partnerId,
        Money amount,
        FinancialYear financialYear,
        PledgeKind kind,
        PledgeStatus status,
        Decision decision) implements PartnershipEvent {
}
