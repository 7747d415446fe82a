package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A theme was renamed. */
@Revision("1")
public record ThemeRenamed(
        PartnershipId partnershipId,
        ThemeId themeId,
        String name,
        Decision decision) implements PartnershipEvent {
}
