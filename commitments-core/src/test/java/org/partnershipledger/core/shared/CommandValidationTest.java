package org.partnershipledger.core.shared;

import org.junit.jupiter.api.Test;
import org.partnershipledger.core.indicator.DefineIndicator;
import org.partnershipledger.core.indicator.IndicatorId;
import org.partnershipledger.core.indicator.Measure;
import org.partnershipledger.core.indicator.OutcomeId;
import org.partnershipledger.core.indicator.Polarity;
import org.partnershipledger.core.indicator.RecordOutcome;
import org.partnershipledger.core.partner.DeclareResources;
import org.partnershipledger.core.partnership.EstablishPartnership;
import org.partnershipledger.core.pledge.PledgeBudget;
import org.partnershipledger.core.pledge.PledgeId;
import org.partnershipledger.core.priority.AdoptPriority;
import org.partnershipledger.core.priority.RetirePriority;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.Ledger.BOARD;
import static org.partnershipledger.core.Ledger.COUNCIL;
import static org.partnershipledger.core.Ledger.FAIRER;
import static org.partnershipledger.core.Ledger.FY_2010_11;
import static org.partnershipledger.core.Ledger.STANLEY_PARK;
import static org.partnershipledger.core.Ledger.SUTTON;
import static org.partnershipledger.core.Ledger.TEN_YEARS;
import static org.partnershipledger.core.Ledger.VALUE_FOR_MONEY;

/** Commands refuse what is wrong on its face before any aggregate is loaded. */
class CommandValidationTest {

    private static final Measure BASELINE = new Measure(BigDecimal.ONE, LocalDate.of(2010, 4, 1));
    private static final Measure TARGET = new Measure(BigDecimal.TEN, LocalDate.of(2015, 4, 1));

    private static void assertViolates(Rule rule, Runnable construction) {
        assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(rule));
    }

    @Test
    void aPriorityNeedsATitle() {
        assertViolates(Rule.TEXT_BLANK, () -> new AdoptPriority(SUTTON, STANLEY_PARK, FAIRER, VALUE_FOR_MONEY, "  ",
                null, COUNCIL, Set.of(), TEN_YEARS, BOARD));
    }

    @Test
    void aPartnershipNeedsANameAndAnId() {
        assertViolates(Rule.TEXT_BLANK, () -> new EstablishPartnership(SUTTON, "", "Sutton", "Vision", BOARD));
        assertViolates(Rule.VALUE_REQUIRED, () -> new EstablishPartnership(null, "Sutton", "Sutton", "Vision", BOARD));
    }

    @Test
    void retiringNeedsAReason() {
        assertViolates(Rule.VALUE_REQUIRED, () -> new RetirePriority(SUTTON, STANLEY_PARK, null, BOARD));
    }

    @Test
    void aPledgeNeedsAnAmountAndAYear() {
        assertViolates(Rule.VALUE_REQUIRED, () -> new PledgeBudget(SUTTON, STANLEY_PARK, new PledgeId("p"), COUNCIL,
                null, FY_2010_11, null, null, BOARD));
        assertViolates(Rule.VALUE_REQUIRED, () -> new PledgeBudget(SUTTON, STANLEY_PARK, new PledgeId("p"), COUNCIL,
                Money.pounds(1), null, null, null, BOARD));
    }

    @Test
    void resourceDeclarationsCountNoNegativeStaff() {
        assertViolates(Rule.COUNT_NEGATIVE, () -> new DeclareResources(SUTTON, COUNCIL, FY_2010_11, -1, 0,
                Money.pounds(1), null, BOARD));
    }

    @Test
    void theAmberToleranceIsNeverNegative() {
        assertViolates(Rule.TOLERANCE_NEGATIVE, () -> new DefineIndicator(SUTTON, STANLEY_PARK, new IndicatorId("i"),
                "Name", "%", Polarity.LOWER_IS_BETTER, BASELINE, TARGET, new BigDecimal("-0.1"), 12, BOARD));
    }

    @Test
    void indicatorsAreReportedAtLeastOnceInFiveYears() {
        assertViolates(Rule.REPORTING_INTERVAL_INVALID, () -> new DefineIndicator(SUTTON, STANLEY_PARK,
                new IndicatorId("i"), "Name", "%", Polarity.LOWER_IS_BETTER, BASELINE, TARGET, null, 0, BOARD));
        assertViolates(Rule.REPORTING_INTERVAL_INVALID, () -> new DefineIndicator(SUTTON, STANLEY_PARK,
                new IndicatorId("i"), "Name", "%", Polarity.LOWER_IS_BETTER, BASELINE, TARGET, null, 61, BOARD));
    }

    @Test
    void evidenceIsAWebLink() {
        for (String link : new String[]{"file:///etc/passwd", "javascript:alert(1)", "relative/path", "ftp://x/y"}) {
            assertViolates(Rule.EVIDENCE_LINK_INVALID, () -> new RecordOutcome(SUTTON, STANLEY_PARK,
                    new IndicatorId("i"), new OutcomeId("o"), COUNCIL, BigDecimal.ONE, LocalDate.of(2012, 1, 1),
                    URI.create(link), null, BOARD));
        }
        assertThat(new RecordOutcome(SUTTON, STANLEY_PARK, new IndicatorId("i"), new OutcomeId("o"), COUNCIL,
                BigDecimal.ONE, LocalDate.of(2012, 1, 1), URI.create("https://data.gov.uk/x"), null, BOARD).evidence())
                .hasHost("data.gov.uk");
    }
}
