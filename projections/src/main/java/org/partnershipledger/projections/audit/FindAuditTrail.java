package org.partnershipledger.projections.audit;

import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;

import java.time.Instant;

/**
 * Finds a page of a partnership's audit trail, in the order events were recorded. Every filter is optional:
 * recorded at or after {@code from}, before {@code to}, naming a priority or a partner, of an event type.
 */
public record FindAuditTrail(PartnershipId partnershipId, Instant from, Instant to, PriorityId priorityId,
                             PartnerId partnerId, String eventType, int page, int size) {
}
