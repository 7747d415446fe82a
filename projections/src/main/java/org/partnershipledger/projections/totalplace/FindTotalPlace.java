package org.partnershipledger.projections.totalplace;

import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.FinancialYear;

/** Finds the Total Place count of a partnership: every financial year with figures, or only the one named. */
public record FindTotalPlace(PartnershipId partnershipId, FinancialYear financialYear) {
}
