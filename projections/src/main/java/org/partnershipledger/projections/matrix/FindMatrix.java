package org.partnershipledger.projections.matrix;

import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.FinancialYear;

/**
 * Finds the shared-priorities matrix of a partnership: themes × governing principles, with the money of one financial
 * year (the pledges for it and the spend against them), or of every year when {@code financialYear} is null.
 */
public record FindMatrix(PartnershipId partnershipId, FinancialYear financialYear) {

    public FindMatrix(PartnershipId partnershipId) {
        this(partnershipId, null);
    }
}
