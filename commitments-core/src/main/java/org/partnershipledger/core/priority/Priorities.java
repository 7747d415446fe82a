package org.partnershipledger.core.priority;

import org.partnershipledger.core.indicator.DefineIndicator;
import org.partnershipledger.core.indicator.IndicatorDefined;
import org.partnershipledger.core.indicator.IndicatorId;
import org.partnershipledger.core.indicator.IndicatorTargetRevised;
import org.partnershipledger.core.indicator.OutcomeRecorded;
import org.partnershipledger.core.indicator.RecordOutcome;
import org.partnershipledger.core.indicator.ReviseIndicatorTarget;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.pledge.BudgetPledged;
import org.partnershipledger.core.pledge.PledgeBudget;
import org.partnershipledger.core.pledge.PledgeId;
import org.partnershipledger.core.pledge.PledgeRevised;
import org.partnershipledger.core.pledge.PledgeWithdrawn;
import org.partnershipledger.core.pledge.RecordSpend;
import org.partnershipledger.core.pledge.RevisePledge;
import org.partnershipledger.core.pledge.SpendRecorded;
import org.partnershipledger.core.pledge.WithdrawPledge;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The priorities of a partnership with their pledges and indicators. Decides the priority-local rules and returns
 * the events to apply; membership and matrix cells are checked by the partnership before it asks.
 */
public final class Priorities {

    private final Map<PriorityId, Priority> byId = new LinkedHashMap<>();
    private final Set<PledgeId> pledgeIds = new HashSet<>();
    private final Set<IndicatorId> indicatorIds = new HashSet<>();

    // ---- the priority itself

    public PriorityAdopted adopt(AdoptPriority command) {
        if (byId.containsKey(command.priorityId())) {
            throw new RuleViolation(Rule.PRIORITY_ALREADY_ADOPTED,
                    "priority '" + command.priorityId() + "' was already adopted");
        }
        if (command.supportingPartnerIds().contains(command.leadPartnerId())) {
            throw leadCannotSupport(command.leadPartnerId());
        }
        return new PriorityAdopted(command.partnershipId(), command.priorityId(), command.themeId(),
                command.principleId(), command.title(), command.description(), command.leadPartnerId(),
                command.supportingPartnerIds(), command.horizon(), command.decision());
    }

    public PriorityRevised revise(RevisePriority command) {
        open(command.priorityId());
        return new PriorityRevised(command.partnershipId(), command.priorityId(), command.title(),
                command.description(), command.horizon(), command.decision());
    }

    public PriorityMoved move(MovePriority command) {
        Priority priority = open(command.priorityId());
        if (priority.themeId.equals(command.themeId()) && priority.principleId.equals(command.principleId())) {
            throw new RuleViolation(Rule.PRIORITY_ALREADY_IN_CELL, "priority '" + command.priorityId()
                    + "' is already in " + command.themeId() + " × " + command.principleId());
        }
        return new PriorityMoved(command.partnershipId(), command.priorityId(), priority.themeId,
                priority.principleId, command.themeId(), command.principleId(), command.decision());
    }

    public PriorityLeadChanged changeLead(ChangePriorityLead command) {
        Priority priority = open(command.priorityId());
        if (priority.lead.equals(command.leadPartnerId())) {
            throw new RuleViolation(Rule.LEAD_UNCHANGED, "partner '" + command.leadPartnerId()
                    + "' already leads priority '" + command.priorityId() + "'");
        }
        return new PriorityLeadChanged(command.partnershipId(), command.priorityId(), priority.lead,
                command.leadPartnerId(), command.decision());
    }

    public SupportingPartnerAdded addSupporting(AddSupportingPartner command) {
        Priority priority = open(command.priorityId());
        if (priority.lead.equals(command.partnerId())) {
            throw leadCannotSupport(command.partnerId());
        }
        if (priority.supporting.contains(command.partnerId())) {
            throw new RuleViolation(Rule.PARTNER_ALREADY_SUPPORTING, "partner '" + command.partnerId()
                    + "' already supports priority '" + command.priorityId() + "'");
        }
        return new SupportingPartnerAdded(command.partnershipId(), command.priorityId(), command.partnerId(),
                command.decision());
    }

    public SupportingPartnerRemoved removeSupporting(RemoveSupportingPartner command) {
        Priority priority = open(command.priorityId());
        if (!priority.supporting.contains(command.partnerId())) {
            throw new RuleViolation(Rule.PARTNER_NOT_SUPPORTING, "partner '" + command.partnerId()
                    + "' does not support priority '" + command.priorityId() + "'");
        }
        return new SupportingPartnerRemoved(command.partnershipId(), command.priorityId(), command.partnerId(),
                command.reason(), command.decision());
    }

    public PriorityAchieved achieve(AchievePriority command) {
        open(command.priorityId());
        return new PriorityAchieved(command.partnershipId(), command.priorityId(), command.note(), command.decision());
    }

    public PriorityRetired retire(RetirePriority command) {
        open(command.priorityId());
        return new PriorityRetired(command.partnershipId(), command.priorityId(), command.reason(),
                command.decision());
    }

    /** When a partner leaves, it stops supporting every open priority; these are the events that say so. */
    public List<SupportingPartnerRemoved> supportEndedByLeaving(PartnershipId partnershipId, PartnerId partnerId,
                                                                 Decision decision) {
        return byId.entrySet().stream()
                .filter(e -> e.getValue().status.isOpen() && e.getValue().supporting.contains(partnerId))
                .map(e -> new SupportingPartnerRemoved(partnershipId, e.getKey(), partnerId,
                        "partner left the partnership", decision))
                .collect(Collectors.toList());
    }

    public void requireLeadsNoOpenPriority(PartnerId partnerId) {
        List<String> led = byId.entrySet().stream()
                .filter(e -> e.getValue().status.isOpen() && e.getValue().lead.equals(partnerId))
                .map(e -> e.getKey().value())
                .collect(Collectors.toList());
        if (!led.isEmpty()) {
            throw new RuleViolation(Rule.PARTNER_LEADS_OPEN_PRIORITY, "partner '" + partnerId
                    + "' still leads open priorities " + led + "; hand the lead over first");
        }
    }

    public boolean anyOpenIn(ThemeId themeId) {
        return byId.values().stream().anyMatch(p -> p.isOpenIn(themeId));
    }

    public boolean anyOpenUnder(PrincipleId principleId) {
        return byId.values().stream().anyMatch(p -> p.isOpenUnder(principleId));
    }

    // ---- pledges and spend

    public BudgetPledged pledge(PledgeBudget command) {
        Priority priority = open(command.priorityId());
        if (pledgeIds.contains(command.pledgeId())) {
            throw new RuleViolation(Rule.PLEDGE_ALREADY_MADE, "pledge '" + command.pledgeId() + "' already exists");
        }
        return priority.pledges.pledge(command, priority.horizon);
    }

    public PledgeRevised revisePledge(RevisePledge command) {
        return open(command.priorityId()).pledges.revise(command);
    }

    /** Withdrawing is allowed on a closed priority too: it only takes money off the table. */
    public PledgeWithdrawn withdrawPledge(WithdrawPledge command) {
        return existing(command.priorityId()).pledges.withdraw(command);
    }

    public SpendRecorded recordSpend(RecordSpend command) {
        return open(command.priorityId()).pledges.spend(command);
    }

    /** The partner that made a pledge on this priority. */
    public PartnerId pledger(PriorityId priorityId, PledgeId pledgeId) {
        return existing(priorityId).pledges.partnerOf(pledgeId);
    }

    // ---- indicators and outcomes

    public IndicatorDefined defineIndicator(DefineIndicator command) {
        Priority priority = open(command.priorityId());
        if (indicatorIds.contains(command.indicatorId())) {
            throw new RuleViolation(Rule.INDICATOR_ALREADY_DEFINED,
                    "indicator '" + command.indicatorId() + "' is already defined");
        }
        return priority.indicators.define(command, priority.horizon);
    }

    public IndicatorTargetRevised reviseIndicatorTarget(ReviseIndicatorTarget command) {
        Priority priority = open(command.priorityId());
        return priority.indicators.reviseTarget(command, priority.horizon);
    }

    public OutcomeRecorded recordOutcome(RecordOutcome command) {
        Priority priority = open(command.priorityId());
        return priority.indicators.record(command, priority.horizon);
    }

    // ---- state changes, from events

    public void on(PriorityAdopted event) {
        byId.put(event.priorityId(), new Priority(event));
    }

    public void on(PriorityRevised event) {
        byId.get(event.priorityId()).horizon = event.horizon();
    }

    public void on(PriorityMoved event) {
        Priority priority = byId.get(event.priorityId());
        priority.themeId = event.themeId();
        priority.principleId = event.principleId();
    }

    public void on(PriorityLeadChanged event) {
        Priority priority = byId.get(event.priorityId());
        priority.lead = event.leadPartnerId();
        priority.supporting.remove(event.leadPartnerId());
    }

    public void on(SupportingPartnerAdded event) {
        byId.get(event.priorityId()).supporting.add(event.partnerId());
    }

    public void on(SupportingPartnerRemoved event) {
        byId.get(event.priorityId()).supporting.remove(event.partnerId());
    }

    public void on(PriorityAchieved event) {
        byId.get(event.priorityId()).status = PriorityStatus.ACHIEVED;
    }

    public void on(PriorityRetired event) {
        byId.get(event.priorityId()).status = PriorityStatus.RETIRED;
    }

    public void on(BudgetPledged event) {
        pledgeIds.add(event.pledgeId());
        byId.get(event.priorityId()).pledges.on(event);
    }

    public void on(PledgeRevised event) {
        byId.get(event.priorityId()).pledges.on(event);
    }

    public void on(PledgeWithdrawn event) {
        byId.get(event.priorityId()).pledges.on(event);
    }

    public void on(SpendRecorded event) {
        byId.get(event.priorityId()).pledges.on(event);
    }

    public void on(IndicatorDefined event) {
        indicatorIds.add(event.indicatorId());
        byId.get(event.priorityId()).indicators.on(event);
    }

    public void on(IndicatorTargetRevised event) {
        byId.get(event.priorityId()).indicators.on(event);
    }

    public void on(OutcomeRecorded event) {
        byId.get(event.priorityId()).indicators.on(event);
    }

    private Priority existing(PriorityId priorityId) {
        Priority priority = byId.get(priorityId);
        if (priority == null) {
            throw new RuleViolation(Rule.PRIORITY_NOT_FOUND, "no priority '" + priorityId + "' in this partnership");
        }
        return priority;
    }

    private Priority open(PriorityId priorityId) {
        Priority priority = existing(priorityId);
        if (!priority.status.isOpen()) {
            throw new RuleViolation(Rule.PRIORITY_CLOSED, "priority '" + priorityId + "' is "
                    + priority.status.name().toLowerCase() + "; nothing more may be pledged or reported against it");
        }
        return priority;
    }

    private static RuleViolation leadCannotSupport(PartnerId partnerId) {
        return new RuleViolation(Rule.LEAD_CANNOT_SUPPORT,
                "partner '" + partnerId + "' leads the priority and cannot also be a supporting partner");
    }
}
