package org.partnershipledger.core.pledge;

import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.Require;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The pledges made to one priority and the spend recorded against them. Whether the priority is open and the
 * partner a member is checked by the caller; the rules of the money itself live here.
 */
public final class Pledges {

    private final Map<PledgeId, Pledge> byId = new HashMap<>();

    public BudgetPledged pledge(PledgeBudget command, Horizon horizon) {
        requirePositive(command.amount());
        if (!horizon.overlaps(command.financialYear())) {
            throw new RuleViolation(Rule.FINANCIAL_YEAR_OUTSIDE_HORIZON, "financial year " + command.financialYear()
                    + " falls outside the priority's horizon " + horizon.from() + " to " + horizon.to());
        }
        return new BudgetPledged(command.partnershipId(), command.priorityId(), command.pledgeId(),
                command.partnerId(), command.amount(), command.financialYear(), command.kind(), command.status(),
                command.decision());
    }

    public PledgeRevised revise(RevisePledge command) {
        Pledge pledge = standing(command.pledgeId());
        requirePositive(command.amount());
        if (!command.amount().sameCurrencyAs(pledge.amount)) {
            throw new RuleViolation(Rule.CURRENCY_MISMATCH, "pledge '" + command.pledgeId() + "' is in "
                    + pledge.amount.currency() + "; a revision in " + command.amount().currency() + " is refused");
        }
        PledgeStatus status = command.status() == null ? pledge.status : command.status();
        if (command.amount().equals(pledge.amount) && status == pledge.status) {
            throw new RuleViolation(Rule.PLEDGE_UNCHANGED, "pledge '" + command.pledgeId() + "' is already "
                    + pledge.amount + ", " + pledge.status);
        }
        return new PledgeRevised(command.partnershipId(), command.priorityId(), command.pledgeId(), pledge.partnerId,
                pledge.amount, command.amount(), status, command.reason(), command.decision());
    }

    public PledgeWithdrawn withdraw(WithdrawPledge command) {
        Pledge pledge = standing(command.pledgeId());
        return new PledgeWithdrawn(command.partnershipId(), command.priorityId(), command.pledgeId(), pledge.partnerId,
                command.reason(), command.decision());
    }

    public SpendRecorded spend(RecordSpend command) {
        Pledge pledge = standing(command.pledgeId());
        requirePositive(command.amount());
        if (!command.amount().sameCurrencyAs(pledge.amount)) {
            throw new RuleViolation(Rule.CURRENCY_MISMATCH, "pledge '" + command.pledgeId() + "' is in "
                    + pledge.amount.currency() + "; spend in " + command.amount().currency() + " is refused");
        }
        if (pledge.spendIds.contains(command.spendId())) {
            throw new RuleViolation(Rule.SPEND_ALREADY_RECORDED, "spend '" + command.spendId()
                    + "' was already recorded against pledge '" + command.pledgeId() + "'");
        }
        Money total = pledge.spent.plus(command.amount());
        return new SpendRecorded(command.partnershipId(), command.priorityId(), command.pledgeId(), pledge.partnerId,
                command.spendId(), command.amount(), command.spentOn(), command.note(), total,
                total.isGreaterThan(pledge.amount), command.decision());
    }

    /** The partner that made a pledge, which must exist (withdrawn or not). */
    public PartnerId partnerOf(PledgeId pledgeId) {
        return existing(pledgeId).partnerId;
    }

    public boolean contains(PledgeId pledgeId) {
        return byId.containsKey(pledgeId);
    }

    public void on(BudgetPledged event) {
        byId.put(event.pledgeId(), new Pledge(event.partnerId(), event.amount(), event.status()));
    }

    public void on(PledgeRevised event) {
        Pledge pledge = byId.get(event.pledgeId());
        pledge.amount = event.amount();
        pledge.status = event.status();
    }

    public void on(PledgeWithdrawn event) {
        byId.get(event.pledgeId()).withdrawn = true;
    }

    public void on(SpendRecorded event) {
        Pledge pledge = byId.get(event.pledgeId());
        pledge.spent = event.totalSpent();
        pledge.spendIds.add(event.spendId());
    }

    private Pledge existing(PledgeId pledgeId) {
        Pledge pledge = byId.get(pledgeId);
        if (pledge == null) {
            throw new RuleViolation(Rule.PLEDGE_NOT_FOUND, "no pledge '" + pledgeId + "' on this priority");
        }
        return pledge;
    }

    private Pledge standing(PledgeId pledgeId) {
        Pledge pledge = existing(pledgeId);
        if (pledge.withdrawn) {
            throw new RuleViolation(Rule.PLEDGE_WITHDRAWN, "pledge '" + pledgeId + "' was withdrawn");
        }
        return pledge;
    }

    private static void requirePositive(Money amount) {
        Require.recordable(amount, "amount");
        if (amount.isZero()) {
            throw new RuleViolation(Rule.AMOUNT_NOT_POSITIVE, "an amount must be more than zero");
        }
    }


    // Value equality, so that replaying the events can be checked to rebuild exactly this state.
    @Override
    public boolean equals(Object o) {
        return o instanceof Pledges other
                && Objects.equals(byId, other.byId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byId);
    }
    /** What the rules need to remember of one pledge. */
    private static final class Pledge {
        private final Set<SpendId> spendIds = new HashSet<>();
        private PartnerId partnerId;
        private Money amount;
        private PledgeStatus status;
        private Money spent;
        private boolean withdrawn;

        private Pledge() {
            // for snapshots
        }

        private Pledge(PartnerId partnerId, Money amount, PledgeStatus status) {
            this.partnerId = partnerId;
            this.amount = amount;
            this.status = status;
            this.spent = new Money(0, amount.currency());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pledge other && partnerId.equals(other.partnerId) && spendIds.equals(other.spendIds)
                    && amount.equals(other.amount) && status == other.status && spent.equals(other.spent)
                    && withdrawn == other.withdrawn;
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, amount, status, spent, withdrawn);
        }
    }
}
