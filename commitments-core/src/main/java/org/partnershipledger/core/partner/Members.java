package org.partnershipledger.core.partner;

import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Require;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who belongs to the partnership now, and which financial years each partner has declared resources for.
 */
public final class Members {

    private final Map<PartnerId, Boolean> activeById = new HashMap<>();
    private final Map<PartnerId, Set<FinancialYear>> declaredYears = new HashMap<>();

    public PartnerAdmitted admit(AdmitPartner command) {
        if (Boolean.TRUE.equals(activeById.get(command.partnerId()))) {
            throw new RuleViolation(Rule.PARTNER_ALREADY_ADMITTED,
                    "partner '" + command.partnerId() + "' is already a member");
        }
        return new PartnerAdmitted(command.partnershipId(), command.partnerId(), command.name(), command.sector(),
                command.decision());
    }

    public ResourcesDeclared declare(DeclareResources command) {
        requireActive(command.partnerId());
        Require.recordable(command.spend(), "declared spend");
        boolean supersedes = declaredYears.getOrDefault(command.partnerId(), Set.of())
                .contains(command.financialYear());
        return new ResourcesDeclared(command.partnershipId(), command.partnerId(), command.financialYear(),
                command.staff(), command.volunteers(), command.spend(), command.note(), supersedes, command.decision());
    }

    /** Refuses any partner that is not a member now: unknown, or gone. */
    public void requireActive(PartnerId partnerId) {
        Boolean active = activeById.get(partnerId);
        if (active == null) {
            throw new RuleViolation(Rule.PARTNER_NOT_FOUND, "no partner '" + partnerId + "' in this partnership");
        }
        if (!active) {
            throw new RuleViolation(Rule.PARTNER_HAS_LEFT, "partner '" + partnerId + "' has left the partnership");
        }
    }

    /**
     * Refuses a sender that represents particular partners ({@code actingFor}, comma-separated) but not this one.
     * A sender with no such restriction ({@code null}) may act for any partner.
     */
    public static void requireRepresented(PartnerId partnerId, String actingFor) {
        if (actingFor == null) {
            return;
        }
        for (String represented : actingFor.split(",")) {
            if (represented.strip().equals(partnerId.value())) {
                return;
            }
        }
        throw new RuleViolation(Rule.PARTNER_NOT_REPRESENTED,
                "you do not act for partner '" + partnerId + "'; a partner acts only for its own organisation");
    }

    public void requireActive(Collection<PartnerId> partnerIds) {
        partnerIds.forEach(this::requireActive);
    }

    public void on(PartnerAdmitted event) {
        activeById.put(event.partnerId(), true);
    }

    public void on(PartnerLeft event) {
        activeById.put(event.partnerId(), false);
    }

    public void on(ResourcesDeclared event) {
        declaredYears.computeIfAbsent(event.partnerId(), id -> new HashSet<>()).add(event.financialYear());
    }
}
