package org.partnershipledger.core.shared;

import java.time.LocalDate;

/**
 * The period over which a priority is to be delivered, both days included.
 */
public record Horizon(LocalDate from, LocalDate to) {

    public Horizon {
        Require.present(from, "horizon start");
        Require.present(to, "horizon end");
        if (to.isBefore(from)) {
            throw new RuleViolation(Rule.HORIZON_INVERTED,
                    "a horizon must not end (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean overlaps(FinancialYear year) {
        return !year.lastDay().isBefore(from) && !year.firstDay().isAfter(to);
    }
}
