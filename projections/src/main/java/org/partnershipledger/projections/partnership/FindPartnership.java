package org.partnershipledger.projections.partnership;

import org.partnershipledger.core.partnership.PartnershipId;

/** Finds one partnership with its matrix axes, shared commitments, partners and resource declarations. */
public record FindPartnership(PartnershipId partnershipId) {
}
