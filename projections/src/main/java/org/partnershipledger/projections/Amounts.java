package org.partnershipledger.projections;

import org.partnershipledger.core.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sum of money that may span currencies: one exact total per currency, never converted.
 * Read models report totals as a list of {@link Money}, ordered by currency code; empty when nothing was counted.
 */
public final class Amounts {

    private final Map<String, Long> minorByCurrency = new TreeMap<>();

    public Amounts add(long amountMinor, String currency) {
        minorByCurrency.merge(currency, amountMinor, Math::addExact);
        return this;
    }

    public Amounts add(List<Money> amounts) {
        amounts.forEach(m -> add(m.amountMinor(), m.currency()));
        return this;
    }

    public List<Money> toList() {
        List<Money> list = new ArrayList<>();
        minorByCurrency.forEach((currency, minor) -> list.add(new Money(minor, currency)));
        return List.copyOf(list);
    }
}
