package org.partnershipledger.core.partner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.Require;

/** Declares a partner's staff, volunteers and spend in the place for a financial year (the Total Place count). */
public record DeclareResources(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PartnerId partnerId,
        FinancialYear financialYear,
        int staff,
        int volunteers,
        Money spend,
        String note,
        Decision decision) {

    public DeclareResources {
        Require.present(partnershipId, "partnership id");
        Require.present(partnerId, "partner id");
        Require.present(financialYear, "financial year");
        Require.count(staff, "staff");
        Require.count(volunteers, "volunteers");
        Require.present(spend, "spend");
        note = Require.optionalText(note, "note");
    }
}
