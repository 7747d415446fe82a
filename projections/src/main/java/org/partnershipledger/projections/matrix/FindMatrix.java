package org.partnershipledger.projections.matrix;

import org.partnershipledger.core.partnership.PartnershipId;

/** Finds the shared-priorities matrix of a partnership: themes × governing principles. */
public record FindMatrix(PartnershipId partnershipId) {
}
