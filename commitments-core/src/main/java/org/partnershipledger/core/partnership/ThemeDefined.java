package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A theme was defined. */
@Revision("1")
public record ThemeDefined(
        PartnershipId partnershipId,
        ThemeId themeId,
        String name,
        String description,
        Decision decision) implements PartnershipEvent {
}
