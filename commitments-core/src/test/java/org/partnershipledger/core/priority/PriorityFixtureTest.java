package org.partnershipledger.core.priority;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.PrincipleRetired;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.partnership.ThemeRetired;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.Rule;

import java.time.LocalDate;
import java.util.Set;

import static org.partnershipledger.core.Ledger.BOARD;
import static org.partnershipledger.core.Ledger.COUNCIL;
import static org.partnershipledger.core.Ledger.ENGAGEMENT;
import static org.partnershipledger.core.Ledger.FAIRER;
import static org.partnershipledger.core.Ledger.HEALTH;
import static org.partnershipledger.core.Ledger.POLICE;
import static org.partnershipledger.core.Ledger.SAFER;
import static org.partnershipledger.core.Ledger.SAFEST_BOROUGH;
import static org.partnershipledger.core.Ledger.STANLEY_PARK;
import static org.partnershipledger.core.Ledger.STRANGER;
import static org.partnershipledger.core.Ledger.SUTTON;
import static org.partnershipledger.core.Ledger.TEN_YEARS;
import static org.partnershipledger.core.Ledger.VALUE_FOR_MONEY;
import static org.partnershipledger.core.Ledger.achieved;
import static org.partnershipledger.core.Ledger.adopted;
import static org.partnershipledger.core.Ledger.left;
import static org.partnershipledger.core.Ledger.partnership;
import static org.partnershipledger.core.Ledger.partnershipWithPriority;
import static org.partnershipledger.core.Ledger.plus;
import static org.partnershipledger.core.Ledger.retired;
import static org.partnershipledger.core.Ledger.violates;

class PriorityFixtureTest {

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private static AdoptPriority adopt(ThemeId theme, PrincipleId principle, org.partnershipledger.core.partner.PartnerId lead,
                                       org.partnershipledger.core.partner.PartnerId... supporting) {
        return new AdoptPriority(SUTTON, SAFEST_BOROUGH, theme, principle,
                "Make Sutton the safest borough in London for all types of crime", null, lead, Set.of(supporting),
                TEN_YEARS, BOARD);
    }

    @Nested
    class Adopting {

        @Test
        void aPriorityIsAdoptedIntoAnOpenCellWithItsPartners() {
            fixture.given(partnership())
                    .when(adopt(SAFER, VALUE_FOR_MONEY, POLICE, COUNCIL, HEALTH))
                    .expectEvents(new PriorityAdopted(SUTTON, SAFEST_BOROUGH, SAFER, VALUE_FOR_MONEY,
                            "Make Sutton the safest borough in London for all types of crime", null, POLICE,
                            Set.of(COUNCIL, HEALTH), TEN_YEARS, BOARD));
        }

        @Test
        void adoptingTheSamePriorityIdTwiceIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(new AdoptPriority(SUTTON, STANLEY_PARK, SAFER, VALUE_FOR_MONEY, "Again", null, POLICE,
                            Set.of(), TEN_YEARS, BOARD))
                    .expectException(violates(Rule.PRIORITY_ALREADY_ADOPTED))
                    .expectNoEvents();
        }

        @Test
        void anUnknownThemeIsRejected() {
            fixture.given(partnership())
                    .when(adopt(new ThemeId("greener"), VALUE_FOR_MONEY, POLICE))
                    .expectException(violates(Rule.THEME_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aRetiredThemeIsRejected() {
            fixture.given(plus(partnership(), new ThemeRetired(SUTTON, SAFER, "Merged", BOARD)))
                    .when(adopt(SAFER, VALUE_FOR_MONEY, POLICE))
                    .expectException(violates(Rule.THEME_RETIRED))
                    .expectNoEvents();
        }

        @Test
        void anUnknownPrincipleIsRejected() {
            fixture.given(partnership())
                    .when(adopt(SAFER, new PrincipleId("partnership"), POLICE))
                    .expectException(violates(Rule.PRINCIPLE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aRetiredPrincipleIsRejected() {
            fixture.given(plus(partnership(), new PrincipleRetired(SUTTON, ENGAGEMENT, "Cross-cutting", BOARD)))
                    .when(adopt(SAFER, ENGAGEMENT, POLICE))
                    .expectException(violates(Rule.PRINCIPLE_RETIRED))
                    .expectNoEvents();
        }

        @Test
        void aLeadThatIsNotAMemberIsRejected() {
            fixture.given(partnership())
                    .when(adopt(SAFER, VALUE_FOR_MONEY, STRANGER))
                    .expectException(violates(Rule.PARTNER_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aLeadThatLeftIsRejected() {
            fixture.given(plus(partnership(), left(POLICE)))
                    .when(adopt(SAFER, VALUE_FOR_MONEY, POLICE))
                    .expectException(violates(Rule.PARTNER_HAS_LEFT))
                    .expectNoEvents();
        }

        @Test
        void aSupportingPartnerThatIsNotAMemberIsRejected() {
            fixture.given(partnership())
                    .when(adopt(SAFER, VALUE_FOR_MONEY, POLICE, COUNCIL, STRANGER))
                    .expectException(violates(Rule.PARTNER_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void theLeadCannotAlsoBeASupportingPartner() {
            fixture.given(partnership())
                    .when(adopt(SAFER, VALUE_FOR_MONEY, POLICE, POLICE))
                    .expectException(violates(Rule.LEAD_CANNOT_SUPPORT))
                    .expectNoEvents();
        }
    }

    @Nested
    class Revising {

        private final Horizon fiveYears = new Horizon(LocalDate.of(2010, 4, 1), LocalDate.of(2015, 3, 31));

        @Test
        void anOpenPriorityCanBeReworded() {
            fixture.given(partnershipWithPriority())
                    .when(new RevisePriority(SUTTON, STANLEY_PARK, "Rebuild Stanley Park High", "Phase 1 and 2",
                            fiveYears, BOARD))
                    .expectEvents(new PriorityRevised(SUTTON, STANLEY_PARK, "Rebuild Stanley Park High",
                            "Phase 1 and 2", fiveYears, BOARD));
        }

        @Test
        void anUnknownPriorityIsRejected() {
            fixture.given(partnership())
                    .when(new RevisePriority(SUTTON, STANLEY_PARK, "Title", null, fiveYears, BOARD))
                    .expectException(violates(Rule.PRIORITY_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aClosedPriorityCannotBeRevised() {
            fixture.given(plus(partnershipWithPriority(), achieved(STANLEY_PARK)))
                    .when(new RevisePriority(SUTTON, STANLEY_PARK, "Title", null, fiveYears, BOARD))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Moving {

        @Test
        void aPriorityMovesToAnotherOpenCell() {
            fixture.given(partnershipWithPriority())
                    .when(new MovePriority(SUTTON, STANLEY_PARK, FAIRER, ENGAGEMENT, BOARD))
                    .expectEvents(new PriorityMoved(SUTTON, STANLEY_PARK, FAIRER, VALUE_FOR_MONEY, FAIRER, ENGAGEMENT,
                            BOARD));
        }

        @Test
        void movingIntoTheSameCellIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(new MovePriority(SUTTON, STANLEY_PARK, FAIRER, VALUE_FOR_MONEY, BOARD))
                    .expectException(violates(Rule.PRIORITY_ALREADY_IN_CELL))
                    .expectNoEvents();
        }

        @Test
        void movingIntoARetiredThemeIsRejected() {
            fixture.given(plus(partnershipWithPriority(), new ThemeRetired(SUTTON, SAFER, "Merged", BOARD)))
                    .when(new MovePriority(SUTTON, STANLEY_PARK, SAFER, VALUE_FOR_MONEY, BOARD))
                    .expectException(violates(Rule.THEME_RETIRED))
                    .expectNoEvents();
        }

        @Test
        void aClosedPriorityCannotBeMoved() {
            fixture.given(plus(partnershipWithPriority(), retired(STANLEY_PARK)))
                    .when(new MovePriority(SUTTON, STANLEY_PARK, SAFER, VALUE_FOR_MONEY, BOARD))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Partners {

        @Test
        void theLeadPassesToAnotherMember() {
            fixture.given(partnershipWithPriority())
                    .when(new ChangePriorityLead(SUTTON, STANLEY_PARK, HEALTH, BOARD))
                    .expectEvents(new PriorityLeadChanged(SUTTON, STANLEY_PARK, COUNCIL, HEALTH, BOARD));
        }

        @Test
        void aSupportingPartnerThatTakesTheLeadNoLongerSupports() {
            fixture.given(plus(partnershipWithPriority(),
                            new PriorityLeadChanged(SUTTON, STANLEY_PARK, COUNCIL, POLICE, BOARD)))
                    .when(new RemoveSupportingPartner(SUTTON, STANLEY_PARK, POLICE, null, BOARD))
                    .expectException(violates(Rule.PARTNER_NOT_SUPPORTING))
                    .expectNoEvents();
        }

        @Test
        void handingTheLeadToTheCurrentLeadIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(new ChangePriorityLead(SUTTON, STANLEY_PARK, COUNCIL, BOARD))
                    .expectException(violates(Rule.LEAD_UNCHANGED))
                    .expectNoEvents();
        }

        @Test
        void theLeadCannotPassToANonMember() {
            fixture.given(partnershipWithPriority())
                    .when(new ChangePriorityLead(SUTTON, STANLEY_PARK, STRANGER, BOARD))
                    .expectException(violates(Rule.PARTNER_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aMemberStartsSupportingAPriority() {
            fixture.given(partnershipWithPriority())
                    .when(new AddSupportingPartner(SUTTON, STANLEY_PARK, HEALTH, BOARD))
                    .expectEvents(new SupportingPartnerAdded(SUTTON, STANLEY_PARK, HEALTH, BOARD));
        }

        @Test
        void aPartnerAlreadySupportingIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(new AddSupportingPartner(SUTTON, STANLEY_PARK, POLICE, BOARD))
                    .expectException(violates(Rule.PARTNER_ALREADY_SUPPORTING))
                    .expectNoEvents();
        }

        @Test
        void theLeadCannotBeAddedAsSupporting() {
            fixture.given(partnershipWithPriority())
                    .when(new AddSupportingPartner(SUTTON, STANLEY_PARK, COUNCIL, BOARD))
                    .expectException(violates(Rule.LEAD_CANNOT_SUPPORT))
                    .expectNoEvents();
        }

        @Test
        void aPartnerThatLeftCannotStartSupporting() {
            fixture.given(plus(partnershipWithPriority(), left(HEALTH)))
                    .when(new AddSupportingPartner(SUTTON, STANLEY_PARK, HEALTH, BOARD))
                    .expectException(violates(Rule.PARTNER_HAS_LEFT))
                    .expectNoEvents();
        }

        @Test
        void aSupportingPartnerIsRemoved() {
            fixture.given(partnershipWithPriority())
                    .when(new RemoveSupportingPartner(SUTTON, STANLEY_PARK, POLICE, "Capacity", BOARD))
                    .expectEvents(new SupportingPartnerRemoved(SUTTON, STANLEY_PARK, POLICE, "Capacity", BOARD));
        }

        @Test
        void removingAPartnerThatDoesNotSupportIsRejected() {
            fixture.given(partnershipWithPriority())
                    .when(new RemoveSupportingPartner(SUTTON, STANLEY_PARK, HEALTH, null, BOARD))
                    .expectException(violates(Rule.PARTNER_NOT_SUPPORTING))
                    .expectNoEvents();
        }
    }

    @Nested
    class Closing {

        @Test
        void anOpenPriorityIsAchieved() {
            fixture.given(partnershipWithPriority())
                    .when(new AchievePriority(SUTTON, STANLEY_PARK, "Opened September 2013", BOARD))
                    .expectEvents(achieved(STANLEY_PARK));
        }

        @Test
        void anOpenPriorityIsRetired() {
            fixture.given(partnershipWithPriority())
                    .when(new RetirePriority(SUTTON, STANLEY_PARK, "Superseded", BOARD))
                    .expectEvents(retired(STANLEY_PARK));
        }

        @Test
        void anAchievedPriorityCannotBeRetired() {
            fixture.given(plus(partnershipWithPriority(), achieved(STANLEY_PARK)))
                    .when(new RetirePriority(SUTTON, STANLEY_PARK, "Superseded", BOARD))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void aRetiredPriorityCannotBeAchieved() {
            fixture.given(plus(partnershipWithPriority(), retired(STANLEY_PARK)))
                    .when(new AchievePriority(SUTTON, STANLEY_PARK, null, BOARD))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void anUnknownPriorityCannotBeAchieved() {
            fixture.given(partnership())
                    .when(new AchievePriority(SUTTON, STANLEY_PARK, null, BOARD))
                    .expectException(violates(Rule.PRIORITY_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aClosedPriorityTakesNoNewSupporters() {
            fixture.given(plus(partnershipWithPriority(), achieved(STANLEY_PARK)))
                    .when(new AddSupportingPartner(SUTTON, STANLEY_PARK, HEALTH, BOARD))
                    .expectException(violates(Rule.PRIORITY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void theSameTitleMayBeAdoptedAgainUnderANewId() {
            fixture.given(plus(partnershipWithPriority(), retired(STANLEY_PARK)))
                    .when(new AdoptPriority(SUTTON, new PriorityId("stanley-park-phase-2"), FAIRER, VALUE_FOR_MONEY,
                            "Rebuild Stanley Park High School", null, COUNCIL, Set.of(), TEN_YEARS, BOARD))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Test
    void theHistoryOfAnotherPriorityIsUntouched() {
        fixture.given(plus(partnershipWithPriority(), adopted(SAFEST_BOROUGH, POLICE), achieved(SAFEST_BOROUGH)))
                .when(new AddSupportingPartner(SUTTON, STANLEY_PARK, HEALTH, BOARD))
                .expectEvents(new SupportingPartnerAdded(SUTTON, STANLEY_PARK, HEALTH, BOARD));
    }
}
