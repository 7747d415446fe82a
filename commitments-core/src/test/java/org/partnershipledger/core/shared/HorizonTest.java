package org.partnershipledger.core.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HorizonTest {

    private final Horizon tenYears = new Horizon(LocalDate.of(2010, 10, 1), LocalDate.of(2020, 9, 30));

    @Test
    void aHorizonIncludesBothEnds() {
        assertThat(tenYears.contains(LocalDate.of(2010, 10, 1))).isTrue();
        assertThat(tenYears.contains(LocalDate.of(2020, 9, 30))).isTrue();
        assertThat(tenYears.contains(LocalDate.of(2020, 10, 1))).isFalse();
    }

    @Test
    void aFinancialYearOverlapsWhenAnyOfItsDaysIsInside() {
        assertThat(tenYears.overlaps(FinancialYear.parse("2010/11"))).isTrue();
        assertThat(tenYears.overlaps(FinancialYear.parse("2020/21"))).isTrue();
        assertThat(tenYears.overlaps(FinancialYear.parse("2009/10"))).isFalse();
        assertThat(tenYears.overlaps(FinancialYear.parse("2021/22"))).isFalse();
    }

    @Test
    void aHorizonCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Horizon(LocalDate.of(2011, 1, 1), LocalDate.of(2010, 1, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.HORIZON_INVERTED));
    }
}
