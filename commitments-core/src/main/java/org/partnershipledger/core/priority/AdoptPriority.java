package org.partnershipledger.core.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.Require;

import java.util.Set;

/** Adopts a shared priority into one cell of the matrix, with a lead partner and supporting partners. */
public record AdoptPriority(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        ThemeId themeId,
        PrincipleId principleId,
        String title,
        String description,
        PartnerId leadPartnerId,
        Set<PartnerId> supportingPartnerIds,
        Horizon horizon,
        Decision decision) {

    public AdoptPriority {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(themeId, "theme id");
        Require.present(principleId, "principle id");
        title = Require.name(title, "title");
        description = Require.optionalText(description, "description");
        Require.present(leadPartnerId, "lead partner id");
        supportingPartnerIds = supportingPartnerIds == null ? Set.of() : Set.copyOf(supportingPartnerIds);
        Require.present(horizon, "horizon");
    }
}
