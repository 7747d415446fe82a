package org.partnershipledger.projections.pledge;

import org.partnershipledger.core.pledge.PledgeStatus;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.projections.Amounts;

import java.util.List;

/**
 * Money totals, one exact figure per currency: pledged (every pledge not withdrawn), committed (of those, the ones
 * with committed status) and spent (all spend recorded, withdrawn pledges included: money spent stays spent).
 */
public record PledgeTotals(List<Money> pledged, List<Money> committed, List<Money> spent) {

    public static final PledgeTotals NONE = new PledgeTotals(List.of(), List.of(), List.of());

    public static PledgeTotals of(List<PledgeEntry> pledges) {
        Amounts pledged = new Amounts();
        Amounts committed = new Amounts();
        Amounts spent = new Amounts();
        for (PledgeEntry pledge : pledges) {
            count(pledged, committed, spent, pledge.amount(), pledge.status(), pledge.withdrawn(), pledge.spent());
        }
        return new PledgeTotals(pledged.toList(), committed.toList(), spent.toList());
    }

    public static PledgeTotals sum(List<PledgeTotals> totals) {
        Amounts pledged = new Amounts();
        Amounts committed = new Amounts();
        Amounts spent = new Amounts();
        for (PledgeTotals t : totals) {
            pledged.add(t.pledged());
            committed.add(t.committed());
            spent.add(t.spent());
        }
        return new PledgeTotals(pledged.toList(), committed.toList(), spent.toList());
    }

    private static void count(Amounts pledged, Amounts committed, Amounts spent, Money amount, String status,
                              boolean withdrawn, Money spentOnPledge) {
        if (!withdrawn) {
            pledged.add(amount.amountMinor(), amount.currency());
            if (PledgeStatus.COMMITTED.name().equals(status)) {
                committed.add(amount.amountMinor(), amount.currency());
            }
        }
        if (!spentOnPledge.isZero()) {
            spent.add(spentOnPledge.amountMinor(), spentOnPledge.currency());
        }
    }
}
