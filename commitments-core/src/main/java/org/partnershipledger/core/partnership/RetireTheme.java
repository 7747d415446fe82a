package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Retires a theme that no open priority sits in any more. */
public record RetireTheme(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ThemeId themeId,
        String reason,
        Decision decision) {

    public RetireTheme {
        Require.present(partnershipId, "partnership id");
        Require.present(themeId, "theme id");
        reason = Require.text(reason, "reason");
    }
}
