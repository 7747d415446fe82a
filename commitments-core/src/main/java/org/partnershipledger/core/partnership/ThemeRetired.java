package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A theme was retired. */
@Revision("1")
public record ThemeRetired(
        PartnershipId partnershipId,
        ThemeId themeId,
        String reason,
        Decision decision) implements PartnershipEvent {
}
