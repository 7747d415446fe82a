package org.partnershipledger.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinancialYearTest {

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        FinancialYear year = FinancialYear.parse("2010/11");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2010, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(year).hasToString("2010/11");
    }

    @Test
    void theCenturyTurnsCleanly() {
        assertThat(FinancialYear.parse("1999/00").startYear()).isEqualTo(1999);
        assertThat(new FinancialYear(2099)).hasToString("2099/00");
    }

    @Test
    void everyYearIsWrittenAsItIsReadWithTwoDigitsForItsEnd() {
        for (int start = 1900; start <= 2999; start++) {
            String written = new FinancialYear(start).toString();
            assertThat(written).as("%d", start).isEqualTo(String.format("%d/%02d", start, (start + 1) % 100));
            assertThat(FinancialYear.parse(written).startYear()).isEqualTo(start);
        }
    }

    @Test
    void aDateBelongsToTheYearItFallsIn() {
        assertThat(FinancialYear.containing(LocalDate.of(2011, 3, 31))).isEqualTo(FinancialYear.parse("2010/11"));
        assertThat(FinancialYear.containing(LocalDate.of(2011, 4, 1))).isEqualTo(FinancialYear.parse("2011/12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010/12", "2010", "2010-11", "10/11", "2010/2011", "", "abcd/ef"})
    void anythingElseIsNotAFinancialYear(String text) {
        assertThatThrownBy(() -> FinancialYear.parse(text))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(Rule.FINANCIAL_YEAR_INVALID));
    }

    @Test
    void yearsOrderByTheirStart() {
        assertThat(FinancialYear.parse("2010/11")).isLessThan(FinancialYear.parse("2011/12"));
    }
}
