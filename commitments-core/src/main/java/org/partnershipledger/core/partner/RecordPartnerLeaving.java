package org.partnershipledger.core.partner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Records that a partner left the partnership; it can no longer pledge or report. */
public record RecordPartnerLeaving(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PartnerId partnerId,
        String reason,
        Decision decision) {

    public RecordPartnerLeaving {
        Require.present(partnershipId, "partnership id");
        Require.present(partnerId, "partner id");
        reason = Require.text(reason, "reason");
    }
}
