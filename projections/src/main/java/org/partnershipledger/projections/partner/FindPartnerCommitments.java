package org.partnershipledger.projections.partner;

import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.FinancialYear;

/**
 * Finds what one partner has committed to: priorities it leads and supports, pledges, spend, reports; with a
 * {@code financialYear}, only the pledges (and their spend) and resource declarations for that year.
 */
public record FindPartnerCommitments(PartnershipId partnershipId, PartnerId partnerId, FinancialYear financialYear) {

    public FindPartnerCommitments(PartnershipId partnershipId, PartnerId partnerId) {
        this(partnershipId, partnerId, null);
    }
}
