package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.shared.Rule;

import static org.partnershipledger.core.Ledger.BOARD;
import static org.partnershipledger.core.Ledger.ENGAGEMENT;
import static org.partnershipledger.core.Ledger.FAIRER;
import static org.partnershipledger.core.Ledger.STANLEY_PARK;
import static org.partnershipledger.core.Ledger.SUTTON;
import static org.partnershipledger.core.Ledger.VALUE_FOR_MONEY;
import static org.partnershipledger.core.Ledger.achieved;
import static org.partnershipledger.core.Ledger.established;
import static org.partnershipledger.core.Ledger.partnership;
import static org.partnershipledger.core.Ledger.partnershipWithPriority;
import static org.partnershipledger.core.Ledger.plus;
import static org.partnershipledger.core.Ledger.violates;

class PartnershipFixtureTest {

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    @Test
    void establishingAPartnershipRecordsItsPlaceAndVision() {
        fixture.givenNoPriorActivity()
                .when(new EstablishPartnership(SUTTON, " Sutton Partnership ", "London Borough of Sutton",
                        "A fairer, safer and greener community in Sutton", BOARD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(established());
    }

    @Test
    void commandsToAPartnershipNeverEstablishedAreRejected() {
        fixture.givenNoPriorActivity()
                .when(new DefineTheme(SUTTON, FAIRER, "Fairer", null, BOARD))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Nested
    class Themes {

        @Test
        void definingAThemeAddsARowToTheMatrix() {
            fixture.given(established())
                    .when(new DefineTheme(SUTTON, FAIRER, "Fairer", "Everyone can access the services they need",
                            BOARD))
                    .expectEvents(new ThemeDefined(SUTTON, FAIRER, "Fairer",
                            "Everyone can access the services they need", BOARD));
        }

        @Test
        void definingAThemeTwiceIsRejected() {
            fixture.given(partnership())
                    .when(new DefineTheme(SUTTON, FAIRER, "Fairer again", null, BOARD))
                    .expectException(violates(Rule.THEME_ALREADY_DEFINED))
                    .expectNoEvents();
        }

        @Test
        void aRetiredThemeIdCannotBeReused() {
            fixture.given(plus(partnership(), new ThemeRetired(SUTTON, FAIRER, "Merged", BOARD)))
                    .when(new DefineTheme(SUTTON, FAIRER, "Fairer", null, BOARD))
                    .expectException(violates(Rule.THEME_ALREADY_DEFINED))
                    .expectNoEvents();
        }

        @Test
        void renamingAThemeKeepsItsId() {
            fixture.given(partnership())
                    .when(new RenameTheme(SUTTON, FAIRER, "Fairer Sutton", BOARD))
                    .expectEvents(new ThemeRenamed(SUTTON, FAIRER, "Fairer Sutton", BOARD));
        }

        @Test
        void renamingAnUnknownThemeIsRejected() {
            fixture.given(partnership())
                    .when(new RenameTheme(SUTTON, new ThemeId("greener"), "Greener", BOARD))
                    .expectException(violates(Rule.THEME_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aRetiredThemeCannotBeRenamed() {
            fixture.given(plus(partnership(), new ThemeRetired(SUTTON, FAIRER, "Merged", BOARD)))
                    .when(new RenameTheme(SUTTON, FAIRER, "Fairer Sutton", BOARD))
                    .expectException(violates(Rule.THEME_RETIRED))
                    .expectNoEvents();
        }

        @Test
        void retiringAnEmptyThemeIsRecorded() {
            fixture.given(partnership())
                    .when(new RetireTheme(SUTTON, FAIRER, "Merged into Safer", BOARD))
                    .expectEvents(new ThemeRetired(SUTTON, FAIRER, "Merged into Safer", BOARD));
        }

        @Test
        void aThemeHoldingOpenPrioritiesCannotBeRetired() {
            fixture.given(partnershipWithPriority())
                    .when(new RetireTheme(SUTTON, FAIRER, "Merged", BOARD))
                    .expectException(violates(Rule.THEME_HAS_OPEN_PRIORITIES))
                    .expectNoEvents();
        }

        @Test
        void aThemeWhosePrioritiesAreClosedCanBeRetired() {
            fixture.given(plus(partnershipWithPriority(), achieved(STANLEY_PARK)))
                    .when(new RetireTheme(SUTTON, FAIRER, "Done", BOARD))
                    .expectEvents(new ThemeRetired(SUTTON, FAIRER, "Done", BOARD));
        }

        @Test
        void retiringAThemeTwiceIsRejected() {
            fixture.given(plus(partnership(), new ThemeRetired(SUTTON, FAIRER, "Merged", BOARD)))
                    .when(new RetireTheme(SUTTON, FAIRER, "Again", BOARD))
                    .expectException(violates(Rule.THEME_RETIRED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Principles {

        @Test
        void definingAPrincipleAddsAColumnToTheMatrix() {
            fixture.given(established())
                    .when(new DefinePrinciple(SUTTON, ENGAGEMENT, "Engagement", "Residents influence decisions",
                            BOARD))
                    .expectEvents(new PrincipleDefined(SUTTON, ENGAGEMENT, "Engagement",
                            "Residents influence decisions", BOARD));
        }

        @Test
        void definingAPrincipleTwiceIsRejected() {
            fixture.given(partnership())
                    .when(new DefinePrinciple(SUTTON, ENGAGEMENT, "Engagement", null, BOARD))
                    .expectException(violates(Rule.PRINCIPLE_ALREADY_DEFINED))
                    .expectNoEvents();
        }

        @Test
        void renamingAPrincipleKeepsItsId() {
            fixture.given(partnership())
                    .when(new RenamePrinciple(SUTTON, VALUE_FOR_MONEY, "Value for money", BOARD))
                    .expectEvents(new PrincipleRenamed(SUTTON, VALUE_FOR_MONEY, "Value for money", BOARD));
        }

        @Test
        void renamingAnUnknownPrincipleIsRejected() {
            fixture.given(partnership())
                    .when(new RenamePrinciple(SUTTON, new PrincipleId("partnership"), "Partnership", BOARD))
                    .expectException(violates(Rule.PRINCIPLE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void aRetiredPrincipleCannotBeRenamed() {
            fixture.given(plus(partnership(), new PrincipleRetired(SUTTON, ENGAGEMENT, "Cross-cutting", BOARD)))
                    .when(new RenamePrinciple(SUTTON, ENGAGEMENT, "Involvement", BOARD))
                    .expectException(violates(Rule.PRINCIPLE_RETIRED))
                    .expectNoEvents();
        }

        @Test
        void retiringAnEmptyPrincipleIsRecorded() {
            fixture.given(partnership())
                    .when(new RetirePrinciple(SUTTON, ENGAGEMENT, "Cross-cutting", BOARD))
                    .expectEvents(new PrincipleRetired(SUTTON, ENGAGEMENT, "Cross-cutting", BOARD));
        }

        @Test
        void aPrincipleHoldingOpenPrioritiesCannotBeRetired() {
            fixture.given(partnershipWithPriority())
                    .when(new RetirePrinciple(SUTTON, VALUE_FOR_MONEY, "Cross-cutting", BOARD))
                    .expectException(violates(Rule.PRINCIPLE_HAS_OPEN_PRIORITIES))
                    .expectNoEvents();
        }
    }

    @Nested
    class SharedCommitments {

        private final CommitmentId openness = new CommitmentId("open-and-transparent");

        @Test
        void agreeingACommitmentRecordsItsStatement() {
            fixture.given(established())
                    .when(new AgreeSharedCommitment(SUTTON, openness,
                            "to be open and transparent with all partners", BOARD))
                    .expectEvents(new SharedCommitmentAgreed(SUTTON, openness,
                            "to be open and transparent with all partners", BOARD));
        }

        @Test
        void agreeingTheSameCommitmentTwiceIsRejected() {
            fixture.given(established(), new SharedCommitmentAgreed(SUTTON, openness, "to be open", BOARD))
                    .when(new AgreeSharedCommitment(SUTTON, openness, "to be open", BOARD))
                    .expectException(violates(Rule.COMMITMENT_ALREADY_AGREED))
                    .expectNoEvents();
        }

        @Test
        void rewordingACommitmentReplacesItsStatement() {
            fixture.given(established(), new SharedCommitmentAgreed(SUTTON, openness, "to be open", BOARD))
                    .when(new RewordSharedCommitment(SUTTON, openness, "to be open with all partners", BOARD))
                    .expectEvents(new SharedCommitmentReworded(SUTTON, openness, "to be open with all partners",
                            BOARD));
        }

        @Test
        void rewordingAnUnknownCommitmentIsRejected() {
            fixture.given(established())
                    .when(new RewordSharedCommitment(SUTTON, openness, "to be open", BOARD))
                    .expectException(violates(Rule.COMMITMENT_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void withdrawingACommitmentIsRecorded() {
            fixture.given(established(), new SharedCommitmentAgreed(SUTTON, openness, "to be open", BOARD))
                    .when(new WithdrawSharedCommitment(SUTTON, openness, "Replaced by the charter", BOARD))
                    .expectEvents(new SharedCommitmentWithdrawn(SUTTON, openness, "Replaced by the charter", BOARD));
        }

        @Test
        void aWithdrawnCommitmentCanBeNeitherRewordedNorWithdrawnAgain() {
            fixture.given(established(), new SharedCommitmentAgreed(SUTTON, openness, "to be open", BOARD),
                            new SharedCommitmentWithdrawn(SUTTON, openness, "Replaced", BOARD))
                    .when(new RewordSharedCommitment(SUTTON, openness, "to be very open", BOARD))
                    .expectException(violates(Rule.COMMITMENT_WITHDRAWN))
                    .expectNoEvents();
            fixture.given(established(), new SharedCommitmentAgreed(SUTTON, openness, "to be open", BOARD),
                            new SharedCommitmentWithdrawn(SUTTON, openness, "Replaced", BOARD))
                    .when(new WithdrawSharedCommitment(SUTTON, openness, "Again", BOARD))
                    .expectException(violates(Rule.COMMITMENT_WITHDRAWN))
                    .expectNoEvents();
        }
    }
}
