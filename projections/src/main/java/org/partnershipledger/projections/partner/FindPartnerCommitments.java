package org.partnershipledger.projections.partner;

import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;

/** Finds what one partner has committed to: priorities it leads and supports, pledges, spend, reports. */
public record FindPartnerCommitments(PartnershipId partnershipId, PartnerId partnerId) {
}
