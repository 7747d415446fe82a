package org.partnershipledger.core.priority;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A priority was moved to another cell of the matrix. */
@Revision("1")
public record PriorityMoved(
        PartnershipId partnershipId,
        PriorityId priorityId,
        ThemeId fromThemeId,
        PrincipleId fromPrincipleId,
        ThemeId themeId,
        PrincipleId principleId,
        Decision decision) implements PartnershipEvent {
}
