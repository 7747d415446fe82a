package org.partnershipledger.core.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.Require;

import java.time.LocalDate;

/** Records money actually spent against a pledge. */
public record RecordSpend(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        PledgeId pledgeId,
        SpendId spendId,
        Money amount,
        LocalDate spentOn,
        String note,
        Decision decision) {

    public RecordSpend {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(pledgeId, "pledge id");
        Require.present(spendId, "spend id");
        Require.present(amount, "amount");
        Require.present(spentOn, "spent on");
        note = Require.optionalText(note, "note");
    }
}
