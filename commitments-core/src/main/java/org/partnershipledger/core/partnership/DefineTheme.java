package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Defines a theme, a row of the shared-priorities matrix (e.g. Fairer). */
public record DefineTheme(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ThemeId themeId,
        String name,
        String description,
        Decision decision) {

    public DefineTheme {
        Require.present(partnershipId, "partnership id");
        Require.present(themeId, "theme id");
        name = Require.name(name, "name");
        description = Require.optionalText(description, "description");
    }
}
