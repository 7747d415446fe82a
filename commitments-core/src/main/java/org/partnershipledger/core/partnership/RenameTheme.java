package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Gives a theme a new name; its priorities stay where they are. */
public record RenameTheme(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ThemeId themeId,
        String name,
        Decision decision) {

    public RenameTheme {
        Require.present(partnershipId, "partnership id");
        Require.present(themeId, "theme id");
        name = Require.name(name, "name");
    }
}
