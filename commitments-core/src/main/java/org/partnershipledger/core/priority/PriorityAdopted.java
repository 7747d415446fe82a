package org.partnershipledger.core.priority;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.PartnershipEvent;

import java.util.Set;

/** A shared priority was adopted into a cell of the matrix. */
@Revision("1")
public record PriorityAdopted(
        PartnershipId partnershipId,
        PriorityId priorityId,
        ThemeId themeId,
        PrincipleId principleId,
        String title,
        String description,
        PartnerId leadPartnerId,
        Set<PartnerId> supportingPartnerIds,
        Horizon horizon,
        Decision decision) implements PartnershipEvent {
}
