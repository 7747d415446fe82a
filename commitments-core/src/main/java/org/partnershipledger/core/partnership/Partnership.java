package org.partnershipledger.core.partnership;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.partnershipledger.core.indicator.DefineIndicator;
import org.partnershipledger.core.indicator.IndicatorDefined;
import org.partnershipledger.core.indicator.IndicatorTargetRevised;
import org.partnershipledger.core.indicator.OutcomeRecorded;
import org.partnershipledger.core.indicator.RecordOutcome;
import org.partnershipledger.core.indicator.ReviseIndicatorTarget;
import org.partnershipledger.core.partner.AdmitPartner;
import org.partnershipledger.core.partner.DeclareResources;
import org.partnershipledger.core.partner.Members;
import org.partnershipledger.core.partner.PartnerAdmitted;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partner.PartnerLeft;
import org.partnershipledger.core.partner.RecordPartnerLeaving;
import org.partnershipledger.core.partner.ResourcesDeclared;
import org.partnershipledger.core.pledge.BudgetPledged;
import org.partnershipledger.core.pledge.PledgeBudget;
import org.partnershipledger.core.pledge.PledgeRevised;
import org.partnershipledger.core.pledge.PledgeWithdrawn;
import org.partnershipledger.core.pledge.RecordSpend;
import org.partnershipledger.core.pledge.RevisePledge;
import org.partnershipledger.core.pledge.SpendRecorded;
import org.partnershipledger.core.pledge.WithdrawPledge;
import org.partnershipledger.core.priority.AchievePriority;
import org.partnershipledger.core.priority.AddSupportingPartner;
import org.partnershipledger.core.priority.AdoptPriority;
import org.partnershipledger.core.priority.ChangePriorityLead;
import org.partnershipledger.core.priority.MovePriority;
import org.partnershipledger.core.priority.Priorities;
import org.partnershipledger.core.priority.PriorityAchieved;
import org.partnershipledger.core.priority.PriorityAdopted;
import org.partnershipledger.core.priority.PriorityLeadChanged;
import org.partnershipledger.core.priority.PriorityMoved;
import org.partnershipledger.core.priority.PriorityRetired;
import org.partnershipledger.core.priority.PriorityRevised;
import org.partnershipledger.core.priority.RemoveSupportingPartner;
import org.partnershipledger.core.priority.RetirePriority;
import org.partnershipledger.core.priority.RevisePriority;
import org.partnershipledger.core.priority.SupportingPartnerAdded;
import org.partnershipledger.core.priority.SupportingPartnerRemoved;
import org.partnershipledger.core.shared.Metadata;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A partnership's ledger: one event-sourced aggregate per partnership, holding its matrix, members, shared
 * commitments and priorities (with their pledges and indicators). Rules that span these — only members pledge,
 * a priority sits in an existing cell — are checked against one consistent state; see docs/design/aggregates.md.
 *
 * <p>Command handlers decide: they check, then apply events. Event sourcing handlers only change state. The state
 * is plain fields, so a snapshot of it is written and read by the same Jackson serializer as the events.
 */
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private final Axis.Themes themes = new Axis.Themes();
    private final Axis.Principles principles = new Axis.Principles();
    private final SharedCommitments commitments = new SharedCommitments();
    private final Members members = new Members();
    private final Priorities priorities = new Priorities();

    protected Partnership() {
        // for event sourcing
    }

    @CommandHandler
    public Partnership(EstablishPartnership command) {
        apply(new PartnershipEstablished(command.partnershipId(), command.name(), command.place(), command.vision(),
                command.decision()));
    }

    /**
     * A command that says which version of the partnership its sender saw ({@link Metadata#EXPECTED_VERSION}) is
     * decided only if the partnership is still at that version; checked under the aggregate's lock.
     */
    @CommandHandlerInterceptor
    Object requireExpectedVersion(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Object expected = command.getMetaData().get(Metadata.EXPECTED_VERSION);
        if (expected != null) {
            Long current = AggregateLifecycle.getVersion();
            if (current == null || current != Long.parseLong(expected.toString())) {
                throw new RuleViolation(Rule.VERSION_MISMATCH, "partnership '" + partnershipId + "' is at version "
                        + current + ", not " + expected + " as expected; read it again and decide anew");
            }
        }
        return chain.proceed();
    }

    // ---- the matrix: themes and governing principles

    @CommandHandler
    void handle(DefineTheme command) {
        themes.requireNew(command.themeId());
        apply(new ThemeDefined(partnershipId, command.themeId(), command.name(), command.description(),
                command.decision()));
    }

    @CommandHandler
    void handle(RenameTheme command) {
        themes.requireActive(command.themeId());
        apply(new ThemeRenamed(partnershipId, command.themeId(), command.name(), command.decision()));
    }

    @CommandHandler
    void handle(RetireTheme command) {
        themes.requireActive(command.themeId());
        if (priorities.anyOpenIn(command.themeId())) {
            throw new RuleViolation(Rule.THEME_HAS_OPEN_PRIORITIES, "theme '" + command.themeId()
                    + "' still holds open priorities; move, achieve or retire them first");
        }
        apply(new ThemeRetired(partnershipId, command.themeId(), command.reason(), command.decision()));
    }

    @CommandHandler
    void handle(DefinePrinciple command) {
        principles.requireNew(command.principleId());
        apply(new PrincipleDefined(partnershipId, command.principleId(), command.name(), command.description(),
                command.decision()));
    }

    @CommandHandler
    void handle(RenamePrinciple command) {
        principles.requireActive(command.principleId());
        apply(new PrincipleRenamed(partnershipId, command.principleId(), command.name(), command.decision()));
    }

    @CommandHandler
    void handle(RetirePrinciple command) {
        principles.requireActive(command.principleId());
        if (priorities.anyOpenUnder(command.principleId())) {
            throw new RuleViolation(Rule.PRINCIPLE_HAS_OPEN_PRIORITIES, "principle '" + command.principleId()
                    + "' still holds open priorities; move, achieve or retire them first");
        }
        apply(new PrincipleRetired(partnershipId, command.principleId(), command.reason(), command.decision()));
    }

    // ---- shared commitments

    @CommandHandler
    void handle(AgreeSharedCommitment command) {
        commitments.requireNew(command.commitmentId());
        apply(new SharedCommitmentAgreed(partnershipId, command.commitmentId(), command.statement(),
                command.decision()));
    }

    @CommandHandler
    void handle(RewordSharedCommitment command) {
        commitments.requireStanding(command.commitmentId());
        apply(new SharedCommitmentReworded(partnershipId, command.commitmentId(), command.statement(),
                command.decision()));
    }

    @CommandHandler
    void handle(WithdrawSharedCommitment command) {
        commitments.requireStanding(command.commitmentId());
        apply(new SharedCommitmentWithdrawn(partnershipId, command.commitmentId(), command.reason(),
                command.decision()));
    }

    // ---- partners and their resources

    @CommandHandler
    void handle(AdmitPartner command) {
        apply(members.admit(command));
    }

    @CommandHandler
    void handle(RecordPartnerLeaving command) {
        members.requireActive(command.partnerId());
        priorities.requireLeadsNoOpenPriority(command.partnerId());
        priorities.supportEndedByLeaving(partnershipId, command.partnerId(), command.decision())
                .forEach(ended -> apply(ended));
        apply(new PartnerLeft(partnershipId, command.partnerId(), command.reason(), command.decision()));
    }

    @CommandHandler
    void handle(DeclareResources command, @MetaDataValue(Metadata.ACTING_FOR) String actingFor) {
        Members.requireRepresented(command.partnerId(), actingFor);
        apply(members.declare(command));
    }

    // ---- priorities

    @CommandHandler
    void handle(AdoptPriority command) {
        requireOpenCell(command.themeId(), command.principleId());
        members.requireActive(command.leadPartnerId());
        members.requireActive(command.supportingPartnerIds());
        apply(priorities.adopt(command));
    }

    @CommandHandler
    void handle(RevisePriority command) {
        apply(priorities.revise(command));
    }

    @CommandHandler
    void handle(MovePriority command) {
        requireOpenCell(command.themeId(), command.principleId());
        apply(priorities.move(command));
    }

    @CommandHandler
    void handle(ChangePriorityLead command) {
        members.requireActive(command.leadPartnerId());
        apply(priorities.changeLead(command));
    }

    @CommandHandler
    void handle(AddSupportingPartner command) {
        members.requireActive(command.partnerId());
        apply(priorities.addSupporting(command));
    }

    @CommandHandler
    void handle(RemoveSupportingPartner command) {
        apply(priorities.removeSupporting(command));
    }

    @CommandHandler
    void handle(AchievePriority command) {
        apply(priorities.achieve(command));
    }

    @CommandHandler
    void handle(RetirePriority command) {
        apply(priorities.retire(command));
    }

    // ---- pledges and spend: only a partner that is still a member may pledge or spend

    @CommandHandler
    void handle(PledgeBudget command, @MetaDataValue(Metadata.ACTING_FOR) String actingFor) {
        Members.requireRepresented(command.partnerId(), actingFor);
        members.requireActive(command.partnerId());
        apply(priorities.pledge(command));
    }

    @CommandHandler
    void handle(RevisePledge command, @MetaDataValue(Metadata.ACTING_FOR) String actingFor) {
        PartnerId pledger = priorities.pledger(command.priorityId(), command.pledgeId());
        Members.requireRepresented(pledger, actingFor);
        members.requireActive(pledger);
        apply(priorities.revisePledge(command));
    }

    @CommandHandler
    void handle(WithdrawPledge command, @MetaDataValue(Metadata.ACTING_FOR) String actingFor) {
        Members.requireRepresented(priorities.pledger(command.priorityId(), command.pledgeId()), actingFor);
        apply(priorities.withdrawPledge(command));
    }

    @CommandHandler
    void handle(RecordSpend command, @MetaDataValue(Metadata.ACTING_FOR) String actingFor) {
        PartnerId pledger = priorities.pledger(command.priorityId(), command.pledgeId());
        Members.requireRepresented(pledger, actingFor);
        members.requireActive(pledger);
        apply(priorities.recordSpend(command));
    }

    // ---- indicators and outcomes

    @CommandHandler
    void handle(DefineIndicator command) {
        apply(priorities.defineIndicator(command));
    }

    @CommandHandler
    void handle(ReviseIndicatorTarget command) {
        apply(priorities.reviseIndicatorTarget(command));
    }

    @CommandHandler
    void handle(RecordOutcome command, @MetaDataValue(Metadata.ACTING_FOR) String actingFor) {
        Members.requireRepresented(command.reportedBy(), actingFor);
        members.requireActive(command.reportedBy());
        apply(priorities.recordOutcome(command));
    }

    private void requireOpenCell(ThemeId themeId, PrincipleId principleId) {
        themes.requireActive(themeId);
        principles.requireActive(principleId);
    }

    // ---- state, from events

    @EventSourcingHandler
    void on(PartnershipEstablished event) {
        partnershipId = event.partnershipId();
    }

    @EventSourcingHandler
    void on(ThemeDefined event) {
        themes.defined(event.themeId());
    }

    @EventSourcingHandler
    void on(ThemeRetired event) {
        themes.retired(event.themeId());
    }

    @EventSourcingHandler
    void on(PrincipleDefined event) {
        principles.defined(event.principleId());
    }

    @EventSourcingHandler
    void on(PrincipleRetired event) {
        principles.retired(event.principleId());
    }

    @EventSourcingHandler
    void on(SharedCommitmentAgreed event) {
        commitments.agreed(event.commitmentId());
    }

    @EventSourcingHandler
    void on(SharedCommitmentWithdrawn event) {
        commitments.withdrawn(event.commitmentId());
    }

    @EventSourcingHandler
    void on(PartnerAdmitted event) {
        members.on(event);
    }

    @EventSourcingHandler
    void on(PartnerLeft event) {
        members.on(event);
    }

    @EventSourcingHandler
    void on(ResourcesDeclared event) {
        members.on(event);
    }

    @EventSourcingHandler
    void on(PriorityAdopted event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(PriorityRevised event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(PriorityMoved event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(PriorityLeadChanged event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(SupportingPartnerAdded event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(SupportingPartnerRemoved event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(PriorityAchieved event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(PriorityRetired event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(BudgetPledged event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(PledgeRevised event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(PledgeWithdrawn event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(SpendRecorded event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(IndicatorTargetRevised event) {
        priorities.on(event);
    }

    @EventSourcingHandler
    void on(OutcomeRecorded event) {
        priorities.on(event);
    }
}
