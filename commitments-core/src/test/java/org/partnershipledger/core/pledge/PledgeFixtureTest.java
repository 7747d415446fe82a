package org.partnershipledger.core.pledge;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.Rule;

import java.time.LocalDate;

import static org.partnershipledger.core.Ledger.BOARD;
import static org.partnershipledger.core.Ledger.COUNCIL;
import static org.partnershipledger.core.Ledger.FY_2010_11;
import static org.partnershipledger.core.Ledger.HEALTH;
import static org.partnershipledger.core.Ledger.POLICE;
import static org.partnershipledger.core.Ledger.SAFEST_BOROUGH;
import static org.partnershipledger.core.Ledger.STANLEY_PARK;
import static org.partnershipledger.core.Ledger.STRANGER;
import static org.partnershipledger.core.Ledger.SUTTON;
import static org.partnershipledger.core.Ledger.achieved;
import static org.partnershipledger.core.Ledger.adopted;
import static org.partnershipledger.core.Ledger.left;
import static org.partnershipledger.core.Ledger.partnershipWithPledge;
import static org.partnershipledger.core.Ledger.partnershipWithPriority;
import static org.partnershipledger.core.Ledger.pledged;
import static org.partnershipledger.core.Ledger.plus;
import static org.partnershipledger.core.Ledger.retired;
import static org.partnershipledger.core.Ledger.violates;

class PledgeFixtureTest {

    private static final PledgeId PLEDGE = new PledgeId("council-capital-2010");
    private static final Money HUNDRED_THOUSAND = Money.pounds(100_000);
    private static final LocalDate JUNE_2010 = LocalDate.of(2010, 6, 30);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private static PledgeBudget pledge(PledgeId id, org.partnershipledger.core.partner.PartnerId partner, Money amount) {
        return new PledgeBudget(SUTTON, STANLEY_PARK, id, partner, amount, FY_2010_11, PledgeKind.CASH,
                PledgeStatus.COMMITTED, BOARD);
    }

    private static RecordSpend spend(String spendId, Money amount) {
        return new RecordSpend(SUTTON, STANLEY_PARK, PLEDGE, new SpendId(spendId), amount, JUNE_2010, "Q1 invoices",
                BOARD);
    }

    @Nested
    class Pledging {

        @Test
        void aMemberPledgesBudgetToAnOpenPriority() {
            fixture.given(partnershipWithPriority())
                    .when(pledge(PLEDGE, COUNCIL, HUNDRED_THOUSAND))
                    .expectEvents(pledged(PLEDGE, COUNCIL, HUNDRED_THOUSAND));
        }

        @Test
        void aPledgeIsIndicativeCashUnlessSaidOtherwise() {
            fixture.given(partnershipWithPriority())
                    .when(new PledgeBudget(SUTTON, STANLEY_PARK, PLEDGE, HEALTH, HUNDRED_THOUSAND, FY_2010_11, null,
                            null, null))
                    .expectEvents(new BudgetPledged(SUTTON, STANLEY_PARK, PLEDGE, HEALTH, HUNDRED_THOUSAND, FY_2010_11,
                            PledgeKind.CASH, PledgeStatus.INDICATIVE, null));
        }

        @Test
        void aNonMemberCannotPledge() {
            fixture.given(partnershipWithPriority())
                    .when(pledge(PLEDGE, STRANGER, HUNDRED_THOUSAND))
                    .expectException(violates(Rule.PARTNER_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aPartnerThatLeftCannotPledge() {
            fixture.given(plus(partnershipWithPriority(), left(HEALTH)))
                    .when(pledge(PLEDGE, HEALTH, HUNDRED_THOUSAND))
                    .expectException(violates(Rule.PARTNER_HAS_LEFT))
                    .expectNoEvents();
        }

        @Test
        void nothingIsPledgedToAnAchievedPriority() {
            fixture.given(plus(partnershipWithPriority(), achieved(STANLEY_PARK)))
                    .when(pledge(PLEDGE, COUNCIL, HUNDRED_THOUSAND))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void nothingIsPledgedToARetiredPriority() {
            fixture.given(plus(partnershipWithPriority(), retired(STANLEY_PARK)))
                    .when(pledge(PLEDGE, COUNCIL, HUNDRED_THOUSAND))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void nothingIsPledgedToAnUnknownPriority() {
            fixture.given(partnershipWithPriority())
                    .when(new PledgeBudget(SUTTON, new PriorityId("unknown"), PLEDGE, COUNCIL, HUNDRED_THOUSAND,
                            FY_2010_11, PledgeKind.CASH, PledgeStatus.COMMITTED, BOARD))
                    .expectException(violates(Rule.PRIORITY_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aPledgeIdIsUsedOnceInThePartnership() {
            fixture.given(plus(partnershipWithPledge(PLEDGE), adopted(SAFEST_BOROUGH, POLICE)))
                    .when(new PledgeBudget(SUTTON, SAFEST_BOROUGH, PLEDGE, POLICE, HUNDRED_THOUSAND, FY_2010_11,
                            PledgeKind.CASH, PledgeStatus.COMMITTED, BOARD))
                    .expectException(violates(Rule.PLEDGE_ALREADY_MADE))
                    .expectNoEvents();
        }

        @Test
        void aZeroPledgeIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(pledge(PLEDGE, COUNCIL, Money.pence(0)))
                    .expectException(violates(Rule.AMOUNT_NOT_POSITIVE))
                    .expectNoEvents();
        }

        @Test
        void aPledgeAboveTheLargestRecordableAmountIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(pledge(PLEDGE, COUNCIL, Money.pence(Money.LARGEST_RECORDED_MINOR + 1)))
                    .expectException(violates(Rule.MONEY_TOO_LARGE))
                    .expectNoEvents();
        }

        @Test
        void aPledgeForAYearOutsideTheHorizonIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(new PledgeBudget(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, HUNDRED_THOUSAND,
                            FinancialYear.parse("2020/21"), PledgeKind.CASH, PledgeStatus.COMMITTED, BOARD))
                    .expectException(violates(Rule.FINANCIAL_YEAR_OUTSIDE_HORIZON))
                    .expectNoEvents();
        }

        @Test
        void staffTimeCanBePledgedInAnotherCurrency() {
            Money euros = new Money(5_000_00, "EUR");
            fixture.given(partnershipWithPriority())
                    .when(new PledgeBudget(SUTTON, STANLEY_PARK, PLEDGE, POLICE, euros, FY_2010_11,
                            PledgeKind.STAFF_TIME, PledgeStatus.INDICATIVE, BOARD))
                    .expectEvents(new BudgetPledged(SUTTON, STANLEY_PARK, PLEDGE, POLICE, euros, FY_2010_11,
                            PledgeKind.STAFF_TIME, PledgeStatus.INDICATIVE, BOARD));
        }
    }

    @Nested
    class Revising {

        @Test
        void aRevisionRecordsTheOldAndNewAmount() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, Money.pounds(80_000), null, "Budget cut",
                            BOARD))
                    .expectEvents(new PledgeRevised(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, HUNDRED_THOUSAND,
                            Money.pounds(80_000), PledgeStatus.COMMITTED, "Budget cut", BOARD));
        }

        @Test
        void anIndicativePledgeIsCommittedByARevisionOfItsStatus() {
            fixture.given(plus(partnershipWithPriority(), new BudgetPledged(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL,
                            HUNDRED_THOUSAND, FY_2010_11, PledgeKind.CASH, PledgeStatus.INDICATIVE, BOARD)))
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, HUNDRED_THOUSAND, PledgeStatus.COMMITTED,
                            "Budget approved", BOARD))
                    .expectEvents(new PledgeRevised(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, HUNDRED_THOUSAND,
                            HUNDRED_THOUSAND, PledgeStatus.COMMITTED, "Budget approved", BOARD));
        }

        @Test
        void aRevisionThatChangesNothingIsRejected() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, HUNDRED_THOUSAND, PledgeStatus.COMMITTED,
                            "No change", BOARD))
                    .expectException(violates(Rule.PLEDGE_UNCHANGED))
                    .expectNoEvents();
        }

        @Test
        void aRevisionInAnotherCurrencyIsRejected() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, new Money(100_000_00, "EUR"), null,
                            "Wrong currency", BOARD))
                    .expectException(violates(Rule.CURRENCY_MISMATCH))
                    .expectNoEvents();
        }

        @Test
        void aRevisionAboveTheLargestRecordableAmountIsRejected() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, Money.pence(Long.MAX_VALUE), null, "Typo",
                            BOARD))
                    .expectException(violates(Rule.MONEY_TOO_LARGE))
                    .expectNoEvents();
        }

        @Test
        void aRevisionToZeroIsRejected() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, Money.pence(0), null, "Withdraw instead",
                            BOARD))
                    .expectException(violates(Rule.AMOUNT_NOT_POSITIVE))
                    .expectNoEvents();
        }

        @Test
        void aWithdrawnPledgeCannotBeRevised() {
            fixture.given(plus(partnershipWithPledge(PLEDGE),
                            new PledgeWithdrawn(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, "Cut", BOARD)))
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, Money.pounds(1), null, "Back", BOARD))
                    .expectException(violates(Rule.PLEDGE_WITHDRAWN))
                    .expectNoEvents();
        }

        @Test
        void anUnknownPledgeCannotBeRevised() {
            fixture.given(partnershipWithPriority())
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, Money.pounds(1), null, "?", BOARD))
                    .expectException(violates(Rule.PLEDGE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aPledgeOnAClosedPriorityCannotBeRevised() {
            fixture.given(plus(partnershipWithPledge(PLEDGE), achieved(STANLEY_PARK)))
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, Money.pounds(1), null, "Late", BOARD))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void aPartnerThatLeftCannotReviseItsPledge() {
            fixture.given(plus(partnershipWithPriority(), pledged(PLEDGE, HEALTH, HUNDRED_THOUSAND), left(HEALTH)))
                    .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, Money.pounds(1), null, "Late", BOARD))
                    .expectException(violates(Rule.PARTNER_HAS_LEFT))
                    .expectNoEvents();
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void aPledgeIsWithdrawnByANewEvent() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(new WithdrawPledge(SUTTON, STANLEY_PARK, PLEDGE, "Budget cut", BOARD))
                    .expectEvents(new PledgeWithdrawn(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, "Budget cut", BOARD));
        }

        @Test
        void aPledgeCannotBeWithdrawnTwice() {
            fixture.given(plus(partnershipWithPledge(PLEDGE),
                            new PledgeWithdrawn(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, "Cut", BOARD)))
                    .when(new WithdrawPledge(SUTTON, STANLEY_PARK, PLEDGE, "Again", BOARD))
                    .expectException(violates(Rule.PLEDGE_WITHDRAWN))
                    .expectNoEvents();
        }

        @Test
        void aPledgeOnAClosedPriorityMayStillBeWithdrawn() {
            fixture.given(plus(partnershipWithPledge(PLEDGE), retired(STANLEY_PARK)))
                    .when(new WithdrawPledge(SUTTON, STANLEY_PARK, PLEDGE, "Priority retired", BOARD))
                    .expectEvents(new PledgeWithdrawn(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, "Priority retired",
                            BOARD));
        }

        @Test
        void anUnknownPledgeCannotBeWithdrawn() {
            fixture.given(partnershipWithPriority())
                    .when(new WithdrawPledge(SUTTON, STANLEY_PARK, PLEDGE, "?", BOARD))
                    .expectException(violates(Rule.PLEDGE_NOT_FOUND))
                    .expectNoEvents();
        }
    }

    @Nested
    class Spending {

        @Test
        void spendIsRecordedWithTheRunningTotal() {
            fixture.given(plus(partnershipWithPledge(PLEDGE), new SpendRecorded(SUTTON, STANLEY_PARK, PLEDGE,
                            COUNCIL, new SpendId("q1"), Money.pounds(30_000), JUNE_2010, null, Money.pounds(30_000),
                            false, BOARD)))
                    .when(spend("q2", Money.pounds(50_000)))
                    .expectEvents(new SpendRecorded(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, new SpendId("q2"),
                            Money.pounds(50_000), JUNE_2010, "Q1 invoices", Money.pounds(80_000), false, BOARD));
        }

        @Test
        void spendAboveThePledgeIsAllowedButFlagged() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(spend("q1", Money.pence(100_000_01)))
                    .expectEvents(new SpendRecorded(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, new SpendId("q1"),
                            Money.pence(100_000_01), JUNE_2010, "Q1 invoices", Money.pence(100_000_01), true, BOARD));
        }

        @Test
        void spendExactlyAtThePledgeIsNotFlagged() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(spend("q1", HUNDRED_THOUSAND))
                    .expectEvents(new SpendRecorded(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, new SpendId("q1"),
                            HUNDRED_THOUSAND, JUNE_2010, "Q1 invoices", HUNDRED_THOUSAND, false, BOARD));
        }

        @Test
        void spendAgainstAWithdrawnPledgeIsRejected() {
            fixture.given(plus(partnershipWithPledge(PLEDGE),
                            new PledgeWithdrawn(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, "Cut", BOARD)))
                    .when(spend("q1", Money.pounds(1)))
                    .expectException(violates(Rule.PLEDGE_WITHDRAWN))
                    .expectNoEvents();
        }

        @Test
        void spendInAnotherCurrencyIsRejected() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(spend("q1", new Money(100, "EUR")))
                    .expectException(violates(Rule.CURRENCY_MISMATCH))
                    .expectNoEvents();
        }

        @Test
        void spendAboveTheLargestRecordableAmountIsRejected() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(spend("q1", Money.pence(Money.LARGEST_RECORDED_MINOR + 1)))
                    .expectException(violates(Rule.MONEY_TOO_LARGE))
                    .expectNoEvents();
        }

        @Test
        void zeroSpendIsRejected() {
            fixture.given(partnershipWithPledge(PLEDGE))
                    .when(spend("q1", Money.pence(0)))
                    .expectException(violates(Rule.AMOUNT_NOT_POSITIVE))
                    .expectNoEvents();
        }

        @Test
        void theSameSpendIsNotRecordedTwice() {
            fixture.given(plus(partnershipWithPledge(PLEDGE), new SpendRecorded(SUTTON, STANLEY_PARK, PLEDGE,
                            COUNCIL, new SpendId("q1"), Money.pounds(1), JUNE_2010, null, Money.pounds(1), false,
                            BOARD)))
                    .when(spend("q1", Money.pounds(1)))
                    .expectException(violates(Rule.SPEND_ALREADY_RECORDED))
                    .expectNoEvents();
        }

        @Test
        void nothingIsSpentAgainstAClosedPriority() {
            fixture.given(plus(partnershipWithPledge(PLEDGE), achieved(STANLEY_PARK)))
                    .when(spend("q1", Money.pounds(1)))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void aPartnerThatLeftCannotReportSpend() {
            fixture.given(plus(partnershipWithPriority(), pledged(PLEDGE, HEALTH, HUNDRED_THOUSAND), left(HEALTH)))
                    .when(spend("q1", Money.pounds(1)))
                    .expectException(violates(Rule.PARTNER_HAS_LEFT))
                    .expectNoEvents();
        }

        @Test
        void spendAgainstAnUnknownPledgeIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(spend("q1", Money.pounds(1)))
                    .expectException(violates(Rule.PLEDGE_NOT_FOUND))
                    .expectNoEvents();
        }
    }
}
