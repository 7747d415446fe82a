package org.partnershipledger.core.indicator;

import org.partnershipledger.core.shared.Require;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of an indicator at a date: a baseline, a target, or a measurement. */
public record Measure(BigDecimal value, LocalDate on) {

    public Measure {
        Require.present(value, "measure value");
        Require.present(on, "measure date");
    }
}
