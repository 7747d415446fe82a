package org.partnershipledger.core.priority;

import org.partnershipledger.core.indicator.Indicators;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.pledge.Pledges;
import org.partnershipledger.core.shared.Horizon;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** What the rules need to remember of one priority: its cell, its partners, its horizon, its status and its money. */
final class Priority {

    final Pledges pledges = new Pledges();
    final Indicators indicators = new Indicators();
    final Set<PartnerId> supporting = new HashSet<>();
    ThemeId themeId;
    PrincipleId principleId;
    PartnerId lead;
    Horizon horizon;
    PriorityStatus status = PriorityStatus.ADOPTED;

    private Priority() {
        // for snapshots
    }

    Priority(PriorityAdopted adopted) {
        themeId = adopted.themeId();
        principleId = adopted.principleId();
        lead = adopted.leadPartnerId();
        supporting.addAll(adopted.supportingPartnerIds());
        horizon = adopted.horizon();
    }

    boolean isOpenIn(ThemeId theme) {
        return status.isOpen() && themeId.equals(theme);
    }

    boolean isOpenUnder(PrincipleId principle) {
        return status.isOpen() && principleId.equals(principle);
    }

    // Value equality, so that replaying the events can be checked to rebuild exactly this state.
    @Override
    public boolean equals(Object o) {
        return o instanceof Priority other
                && Objects.equals(pledges, other.pledges) && Objects.equals(indicators, other.indicators) && Objects.equals(supporting, other.supporting) && Objects.equals(themeId, other.themeId) && Objects.equals(principleId, other.principleId) && Objects.equals(lead, other.lead) && Objects.equals(horizon, other.horizon) && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pledges, indicators, supporting, themeId, principleId, lead, horizon, status);
    }
}
