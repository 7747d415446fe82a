package org.partnershipledger.core.partner;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A partner declared its resources in the place for a financial year; {@code supersedesEarlier} when it replaces an earlier declaration for the same year. */
@Revision("1")
public record ResourcesDeclared(
        PartnershipId partnershipId,
        PartnerId partnerId,
        FinancialYear financialYear,
        int staff,
        int volunteers,
        Money spend,
        String note,
        boolean supersedesEarlier,
        Decision decision) implements PartnershipEvent {
}
