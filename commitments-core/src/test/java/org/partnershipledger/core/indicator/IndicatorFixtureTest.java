package org.partnershipledger.core.indicator;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Rule;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import static org.partnershipledger.core.Ledger.BOARD;
import static org.partnershipledger.core.Ledger.HEALTH;
import static org.partnershipledger.core.Ledger.POLICE;
import static org.partnershipledger.core.Ledger.STANLEY_PARK;
import static org.partnershipledger.core.Ledger.STRANGER;
import static org.partnershipledger.core.Ledger.SUTTON;
import static org.partnershipledger.core.Ledger.achieved;
import static org.partnershipledger.core.Ledger.left;
import static org.partnershipledger.core.Ledger.partnershipWithPriority;
import static org.partnershipledger.core.Ledger.plus;
import static org.partnershipledger.core.Ledger.retired;
import static org.partnershipledger.core.Ledger.violates;

class IndicatorFixtureTest {

    private static final IndicatorId PLACES = new IndicatorId("school-places");
    private static final Measure BASELINE = new Measure(new BigDecimal("850"), LocalDate.of(2010, 4, 1));
    private static final Measure TARGET = new Measure(new BigDecimal("1200"), LocalDate.of(2014, 9, 1));
    private static final BigDecimal TOLERANCE = new BigDecimal("25");
    private static final URI EVIDENCE = URI.create("https://www.sutton.gov.uk/school-places-2012.pdf");
    private static final LocalDate SEPTEMBER_2012 = LocalDate.of(2012, 9, 1);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private static DefineIndicator define(Measure baseline, Measure target) {
        return new DefineIndicator(SUTTON, STANLEY_PARK, PLACES, "School places", "places",
                Polarity.HIGHER_IS_BETTER, baseline, target, TOLERANCE, 12, BOARD);
    }

    private static IndicatorDefined defined() {
        return new IndicatorDefined(SUTTON, STANLEY_PARK, PLACES, "School places", "places",
                Polarity.HIGHER_IS_BETTER, BASELINE, TARGET, TOLERANCE, 12, BOARD);
    }

    private static RecordOutcome outcome(String id, org.partnershipledger.core.partner.PartnerId by, LocalDate on) {
        return new RecordOutcome(SUTTON, STANLEY_PARK, PLACES, new OutcomeId(id), by, new BigDecimal("1010"), on,
                EVIDENCE, "September census", BOARD);
    }

    @Nested
    class Defining {

        @Test
        void anIndicatorIsDefinedWithBaselineTargetAndTolerance() {
            fixture.given(partnershipWithPriority())
                    .when(define(BASELINE, TARGET))
                    .expectEvents(defined());
        }

        @Test
        void anIndicatorIdIsUsedOnce() {
            fixture.given(plus(partnershipWithPriority(), defined()))
                    .when(define(BASELINE, TARGET))
                    .expectException(violates(Rule.INDICATOR_ALREADY_DEFINED))
                    .expectNoEvents();
        }

        @Test
        void aTargetMustComeAfterTheBaseline() {
            fixture.given(partnershipWithPriority())
                    .when(define(BASELINE, new Measure(BigDecimal.TEN, BASELINE.on())))
                    .expectException(violates(Rule.TARGET_NOT_AFTER_BASELINE))
                    .expectNoEvents();
        }

        @Test
        void aTargetAfterTheHorizonIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(define(BASELINE, new Measure(BigDecimal.TEN, LocalDate.of(2021, 1, 1))))
                    .expectException(violates(Rule.DATE_OUTSIDE_HORIZON))
                    .expectNoEvents();
        }

        @Test
        void noIndicatorIsDefinedOnAClosedPriority() {
            fixture.given(plus(partnershipWithPriority(), retired(STANLEY_PARK)))
                    .when(define(BASELINE, TARGET))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void noIndicatorIsDefinedOnAnUnknownPriority() {
            fixture.given(partnershipWithPriority())
                    .when(new DefineIndicator(SUTTON, new PriorityId("unknown"), PLACES, "School places", "places",
                            Polarity.HIGHER_IS_BETTER, BASELINE, TARGET, TOLERANCE, 12, BOARD))
                    .expectException(violates(Rule.PRIORITY_NOT_FOUND))
                    .expectNoEvents();
        }
    }

    @Nested
    class RevisingTheTarget {

        private final Measure raised = new Measure(new BigDecimal("1300"), LocalDate.of(2015, 9, 1));

        @Test
        void aRevisionRecordsTheOldAndNewTarget() {
            fixture.given(plus(partnershipWithPriority(), defined()))
                    .when(new ReviseIndicatorTarget(SUTTON, STANLEY_PARK, PLACES, raised, "Demand rose", BOARD))
                    .expectEvents(new IndicatorTargetRevised(SUTTON, STANLEY_PARK, PLACES, TARGET, raised,
                            "Demand rose", BOARD));
        }

        @Test
        void anUnknownIndicatorIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(new ReviseIndicatorTarget(SUTTON, STANLEY_PARK, PLACES, raised, "Demand rose", BOARD))
                    .expectException(violates(Rule.INDICATOR_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aRevisedTargetBeforeTheBaselineIsRejected() {
            fixture.given(plus(partnershipWithPriority(), defined()))
                    .when(new ReviseIndicatorTarget(SUTTON, STANLEY_PARK, PLACES,
                            new Measure(BigDecimal.ONE, LocalDate.of(2009, 1, 1)), "Typo", BOARD))
                    .expectException(violates(Rule.TARGET_NOT_AFTER_BASELINE))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordingOutcomes {

        @Test
        void aMemberRecordsAMeasurementWithEvidence() {
            fixture.given(plus(partnershipWithPriority(), defined()))
                    .when(outcome("2012-census", HEALTH, SEPTEMBER_2012))
                    .expectEvents(new OutcomeRecorded(SUTTON, STANLEY_PARK, PLACES, new OutcomeId("2012-census"),
                            HEALTH, new BigDecimal("1010"), SEPTEMBER_2012, EVIDENCE, "September census", BOARD));
        }

        @Test
        void nothingIsReportedAgainstAnAchievedPriority() {
            fixture.given(plus(partnershipWithPriority(), defined(), achieved(STANLEY_PARK)))
                    .when(outcome("2012-census", HEALTH, SEPTEMBER_2012))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void aNonMemberCannotReport() {
            fixture.given(plus(partnershipWithPriority(), defined()))
                    .when(outcome("2012-census", STRANGER, SEPTEMBER_2012))
                    .expectException(violates(Rule.PARTNER_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aPartnerThatLeftCannotReport() {
            fixture.given(plus(partnershipWithPriority(), defined(), left(POLICE)))
                    .when(outcome("2012-census", POLICE, SEPTEMBER_2012))
                    .expectException(violates(Rule.PARTNER_HAS_LEFT))
                    .expectNoEvents();
        }

        @Test
        void aMeasurementBeforeTheBaselineIsRejected() {
            fixture.given(plus(partnershipWithPriority(), defined()))
                    .when(outcome("old", HEALTH, LocalDate.of(2009, 9, 1)))
                    .expectException(violates(Rule.OUTCOME_BEFORE_BASELINE))
                    .expectNoEvents();
        }

        @Test
        void aMeasurementAfterTheHorizonIsRejected() {
            fixture.given(plus(partnershipWithPriority(), defined()))
                    .when(outcome("late", HEALTH, LocalDate.of(2020, 4, 1)))
                    .expectException(violates(Rule.DATE_OUTSIDE_HORIZON))
                    .expectNoEvents();
        }

        @Test
        void theSameOutcomeIsNotRecordedTwice() {
            fixture.given(plus(partnershipWithPriority(), defined(), new OutcomeRecorded(SUTTON, STANLEY_PARK, PLACES,
                            new OutcomeId("2012-census"), HEALTH, BigDecimal.ONE, SEPTEMBER_2012, null, null, null)))
                    .when(outcome("2012-census", HEALTH, SEPTEMBER_2012))
                    .expectException(violates(Rule.OUTCOME_ALREADY_RECORDED))
                    .expectNoEvents();
        }

        @Test
        void anUnknownIndicatorIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(outcome("2012-census", HEALTH, SEPTEMBER_2012))
                    .expectException(violates(Rule.INDICATOR_NOT_FOUND))
                    .expectNoEvents();
        }
    }
}
