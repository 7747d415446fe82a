package org.partnershipledger.core.partner;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.priority.SupportingPartnerRemoved;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.Rule;

import static org.partnershipledger.core.Ledger.BOARD;
import static org.partnershipledger.core.Ledger.COUNCIL;
import static org.partnershipledger.core.Ledger.FY_2010_11;
import static org.partnershipledger.core.Ledger.POLICE;
import static org.partnershipledger.core.Ledger.STANLEY_PARK;
import static org.partnershipledger.core.Ledger.STRANGER;
import static org.partnershipledger.core.Ledger.SUTTON;
import static org.partnershipledger.core.Ledger.achieved;
import static org.partnershipledger.core.Ledger.admitted;
import static org.partnershipledger.core.Ledger.established;
import static org.partnershipledger.core.Ledger.left;
import static org.partnershipledger.core.Ledger.partnership;
import static org.partnershipledger.core.Ledger.partnershipWithPriority;
import static org.partnershipledger.core.Ledger.plus;
import static org.partnershipledger.core.Ledger.violates;

class PartnerFixtureTest {

    private static final PartnerId FIRE = new PartnerId("london-fire-brigade");
    private static final Money POLICE_SPEND = Money.pounds(23_300_000);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    @Test
    void admittingAnOrganisationMakesItAPartner() {
        fixture.given(established())
                .when(new AdmitPartner(SUTTON, FIRE, "London Fire Brigade", Sector.FIRE_AND_RESCUE, BOARD))
                .expectEvents(new PartnerAdmitted(SUTTON, FIRE, "London Fire Brigade", Sector.FIRE_AND_RESCUE, BOARD));
    }

    @Test
    void admittingAMemberAgainIsRejected() {
        fixture.given(partnership())
                .when(new AdmitPartner(SUTTON, POLICE, "Metropolitan Police", Sector.POLICE, BOARD))
                .expectException(violates(Rule.PARTNER_ALREADY_ADMITTED))
                .expectNoEvents();
    }

    @Test
    void aPartnerThatLeftMayBeAdmittedAgain() {
        fixture.given(plus(partnership(), left(POLICE)))
                .when(new AdmitPartner(SUTTON, POLICE, "Metropolitan Police", Sector.POLICE, BOARD))
                .expectEvents(new PartnerAdmitted(SUTTON, POLICE, "Metropolitan Police", Sector.POLICE, BOARD));
    }

    @Test
    void aPartnerLeavingIsRecorded() {
        fixture.given(partnership())
                .when(new RecordPartnerLeaving(SUTTON, POLICE, "Reorganised", BOARD))
                .expectEvents(left(POLICE));
    }

    @Test
    void aLeavingPartnerStopsSupportingOpenPriorities() {
        fixture.given(partnershipWithPriority())
                .when(new RecordPartnerLeaving(SUTTON, POLICE, "Reorganised", BOARD))
                .expectEvents(new SupportingPartnerRemoved(SUTTON, STANLEY_PARK, POLICE,
                        "partner left the partnership", BOARD), left(POLICE));
    }

    @Test
    void aPartnerLeadingAnOpenPriorityCannotLeave() {
        fixture.given(partnershipWithPriority())
                .when(new RecordPartnerLeaving(SUTTON, COUNCIL, "Reorganised", BOARD))
                .expectException(violates(Rule.PARTNER_LEADS_OPEN_PRIORITY))
                .expectNoEvents();
    }

    @Test
    void aPartnerWhosePrioritiesAreClosedMayLeave() {
        fixture.given(plus(partnershipWithPriority(), achieved(STANLEY_PARK)))
                .when(new RecordPartnerLeaving(SUTTON, COUNCIL, "Reorganised", BOARD))
                .expectEvents(left(COUNCIL));
    }

    @Test
    void anUnknownPartnerCannotLeave() {
        fixture.given(partnership())
                .when(new RecordPartnerLeaving(SUTTON, STRANGER, "Never joined", BOARD))
                .expectException(violates(Rule.PARTNER_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aPartnerCannotLeaveTwice() {
        fixture.given(plus(partnership(), left(POLICE)))
                .when(new RecordPartnerLeaving(SUTTON, POLICE, "Again", BOARD))
                .expectException(violates(Rule.PARTNER_HAS_LEFT))
                .expectNoEvents();
    }

    @Test
    void declaringResourcesCountsThePartnerInThePlace() {
        fixture.given(partnership())
                .when(new DeclareResources(SUTTON, POLICE, FY_2010_11, 499, 0, POLICE_SPEND,
                        "1 police station and 3 Safer Neighbourhood bases", BOARD))
                .expectEvents(new ResourcesDeclared(SUTTON, POLICE, FY_2010_11, 499, 0, POLICE_SPEND,
                        "1 police station and 3 Safer Neighbourhood bases", false, BOARD));
    }

    @Test
    void aSecondDeclarationForTheSameYearSupersedesTheFirst() {
        fixture.given(plus(partnership(), new ResourcesDeclared(SUTTON, POLICE, FY_2010_11, 499, 0, POLICE_SPEND,
                        null, false, BOARD)))
                .when(new DeclareResources(SUTTON, POLICE, FY_2010_11, 510, 0, POLICE_SPEND, "recount", BOARD))
                .expectEvents(new ResourcesDeclared(SUTTON, POLICE, FY_2010_11, 510, 0, POLICE_SPEND, "recount",
                        true, BOARD));
    }

    @Test
    void aDeclarationForAnotherYearSupersedesNothing() {
        FinancialYear next = FinancialYear.parse("2011/12");
        fixture.given(plus(partnership(), new ResourcesDeclared(SUTTON, POLICE, FY_2010_11, 499, 0, POLICE_SPEND,
                        null, false, BOARD)))
                .when(new DeclareResources(SUTTON, POLICE, next, 480, 0, POLICE_SPEND, null, BOARD))
                .expectEvents(new ResourcesDeclared(SUTTON, POLICE, next, 480, 0, POLICE_SPEND, null, false, BOARD));
    }

    @Test
    void aDeclaredSpendAboveTheLargestRecordableAmountIsRejected() {
        fixture.given(partnership())
                .when(new DeclareResources(SUTTON, POLICE, FY_2010_11, 499, 0,
                        Money.pence(Money.LARGEST_RECORDED_MINOR + 1), null, BOARD))
                .expectException(violates(Rule.MONEY_TOO_LARGE))
                .expectNoEvents();
    }

    @Test
    void aNonMemberCannotDeclareResources() {
        fixture.given(partnership())
                .when(new DeclareResources(SUTTON, STRANGER, FY_2010_11, 1, 0, Money.pounds(1), null, BOARD))
                .expectException(violates(Rule.PARTNER_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aPartnerThatLeftCannotDeclareResources() {
        fixture.given(plus(partnership(), left(POLICE)))
                .when(new DeclareResources(SUTTON, POLICE, FY_2010_11, 499, 0, POLICE_SPEND, null, BOARD))
                .expectException(violates(Rule.PARTNER_HAS_LEFT))
                .expectNoEvents();
    }

    @Test
    void readmittedPartnersKeepTheirEarlierDeclarations() {
        fixture.given(plus(partnership(),
                        new ResourcesDeclared(SUTTON, POLICE, FY_2010_11, 499, 0, POLICE_SPEND, null, false, BOARD),
                        left(POLICE), admitted(POLICE, Sector.POLICE)))
                .when(new DeclareResources(SUTTON, POLICE, FY_2010_11, 450, 0, POLICE_SPEND, null, BOARD))
                .expectEvents(new ResourcesDeclared(SUTTON, POLICE, FY_2010_11, 450, 0, POLICE_SPEND, null, true,
                        BOARD));
    }
}
