package org.partnershipledger.projections.audit;

import org.partnershipledger.core.indicator.IndicatorDefined;
import org.partnershipledger.core.indicator.IndicatorTargetRevised;
import org.partnershipledger.core.indicator.OutcomeRecorded;
import org.partnershipledger.core.partner.PartnerAdmitted;
import org.partnershipledger.core.partner.PartnerLeft;
import org.partnershipledger.core.partner.ResourcesDeclared;
import org.partnershipledger.core.partnership.PartnershipEstablished;
import org.partnershipledger.core.partnership.PrincipleDefined;
import org.partnershipledger.core.partnership.PrincipleRenamed;
import org.partnershipledger.core.partnership.PrincipleRetired;
import org.partnershipledger.core.partnership.SharedCommitmentAgreed;
import org.partnershipledger.core.partnership.SharedCommitmentReworded;
import org.partnershipledger.core.partnership.SharedCommitmentWithdrawn;
import org.partnershipledger.core.partnership.ThemeDefined;
import org.partnershipledger.core.partnership.ThemeRenamed;
import org.partnershipledger.core.partnership.ThemeRetired;
import org.partnershipledger.core.pledge.BudgetPledged;
import org.partnershipledger.core.pledge.PledgeRevised;
import org.partnershipledger.core.pledge.PledgeWithdrawn;
import org.partnershipledger.core.pledge.SpendRecorded;
import org.partnershipledger.core.priority.PriorityAchieved;
import org.partnershipledger.core.priority.PriorityAdopted;
import org.partnershipledger.core.priority.PriorityLeadChanged;
import org.partnershipledger.core.priority.PriorityMoved;
import org.partnershipledger.core.priority.PriorityRetired;
import org.partnershipledger.core.priority.PriorityRevised;
import org.partnershipledger.core.priority.SupportingPartnerAdded;
import org.partnershipledger.core.priority.SupportingPartnerRemoved;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** One line of plain English for each kind of event, as an auditor would read it in the trail. */
final class Summaries {

    private static final Map<Class<?>, Function<Object, String>> BY_TYPE = new HashMap<>();

    static {
        on(PartnershipEstablished.class, e -> "Partnership '" + e.name() + "' established for " + e.place());
        on(ThemeDefined.class, e -> "Theme '" + e.name() + "' defined");
        on(ThemeRenamed.class, e -> "Theme " + e.themeId() + " renamed to '" + e.name() + "'");
        on(ThemeRetired.class, e -> "Theme " + e.themeId() + " retired: " + e.reason());
        on(PrincipleDefined.class, e -> "Governing principle '" + e.name() + "' defined");
        on(PrincipleRenamed.class, e -> "Governing principle " + e.principleId() + " renamed to '" + e.name() + "'");
        on(PrincipleRetired.class, e -> "Governing principle " + e.principleId() + " retired: " + e.reason());
        on(SharedCommitmentAgreed.class, e -> "Shared commitment agreed: " + e.statement());
        on(SharedCommitmentReworded.class, e -> "Shared commitment " + e.commitmentId() + " reworded: "
                + e.statement());
        on(SharedCommitmentWithdrawn.class, e -> "Shared commitment " + e.commitmentId() + " withdrawn: "
                + e.reason());
        on(PartnerAdmitted.class, e -> e.name() + " admitted as a partner (" + e.sector() + ")");
        on(PartnerLeft.class, e -> "Partner " + e.partnerId() + " left: " + e.reason());
        on(ResourcesDeclared.class, e -> "Partner " + e.partnerId() + " declared " + e.staff() + " staff and "
                + e.spend() + " for " + e.financialYear() + (e.supersedesEarlier() ? ", replacing its earlier figures"
                : ""));
        on(PriorityAdopted.class, e -> "Priority '" + e.title() + "' adopted in " + e.themeId() + " × "
                + e.principleId() + ", led by " + e.leadPartnerId());
        on(PriorityRevised.class, e -> "Priority " + e.priorityId() + " revised: '" + e.title() + "'");
        on(PriorityMoved.class, e -> "Priority " + e.priorityId() + " moved from " + e.fromThemeId() + " × "
                + e.fromPrincipleId() + " to " + e.themeId() + " × " + e.principleId());
        on(PriorityLeadChanged.class, e -> "Lead of priority " + e.priorityId() + " passed from "
                + e.previousLeadPartnerId() + " to " + e.leadPartnerId());
        on(SupportingPartnerAdded.class, e -> "Partner " + e.partnerId() + " now supports priority "
                + e.priorityId());
        on(SupportingPartnerRemoved.class, e -> "Partner " + e.partnerId() + " no longer supports priority "
                + e.priorityId());
        on(PriorityAchieved.class, e -> "Priority " + e.priorityId() + " achieved");
        on(PriorityRetired.class, e -> "Priority " + e.priorityId() + " retired: " + e.reason());
        on(BudgetPledged.class, e -> "Partner " + e.partnerId() + " pledged " + e.amount() + " ("
                + e.kind() + ", " + e.status() + ") to priority " + e.priorityId() + " for " + e.financialYear());
        on(PledgeRevised.class, e -> "Pledge " + e.pledgeId() + " revised from " + e.previousAmount() + " to "
                + e.amount() + " (" + e.status() + "): " + e.reason());
        on(PledgeWithdrawn.class, e -> "Pledge " + e.pledgeId() + " withdrawn: " + e.reason());
        on(SpendRecorded.class, e -> "Spend of " + e.amount() + " recorded against pledge " + e.pledgeId()
                + ", " + e.totalSpent() + " in all" + (e.exceedsPledge() ? " (above the pledge)" : ""));
        on(IndicatorDefined.class, e -> "Indicator '" + e.name() + "' defined for priority " + e.priorityId()
                + ": from " + e.baseline().value().toPlainString() + " to " + e.target().value().toPlainString()
                + " " + e.unit() + " by " + e.target().on());
        on(IndicatorTargetRevised.class, e -> "Target of indicator " + e.indicatorId() + " revised to "
                + e.target().value().toPlainString() + " by " + e.target().on() + ": " + e.reason());
        on(OutcomeRecorded.class, e -> "Outcome " + e.value().toPlainString() + " recorded for indicator "
                + e.indicatorId() + " on " + e.measuredOn() + " by " + e.reportedBy());
    }

    private Summaries() {
    }

    private static <T> void on(Class<T> type, Function<T, String> summary) {
        BY_TYPE.put(type, event -> summary.apply(type.cast(event)));
    }

    static String of(Object event) {
        Function<Object, String> summary = BY_TYPE.get(event.getClass());
        return summary == null ? event.getClass().getSimpleName() : summary.apply(event);
    }
}
