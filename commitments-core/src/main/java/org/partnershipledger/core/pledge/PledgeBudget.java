package org.partnershipledger.core.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.Require;

/** A partner pledges budget to a priority for a financial year (cash unless said otherwise, indicative unless committed). */
public record PledgeBudget(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        PledgeId pledgeId,
        PartnerId partnerId,
        Money amount,
        FinancialYear financialYear,
        PledgeKind kind,
        PledgeStatus status,
        Decision decision) {

    public PledgeBudget {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(pledgeId, "pledge id");
        Require.present(partnerId, "partner id");
        Require.present(amount, "amount");
        Require.present(financialYear, "financial year");
        kind = kind == null ? PledgeKind.CASH : kind;
        status = status == null ? PledgeStatus.INDICATIVE : status;
    }
}
