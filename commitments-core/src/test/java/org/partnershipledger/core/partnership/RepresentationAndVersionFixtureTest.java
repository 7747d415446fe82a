package org.partnershipledger.core.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.indicator.IndicatorDefined;
import org.partnershipledger.core.indicator.IndicatorId;
import org.partnershipledger.core.indicator.Measure;
import org.partnershipledger.core.indicator.OutcomeId;
import org.partnershipledger.core.indicator.Polarity;
import org.partnershipledger.core.indicator.RecordOutcome;
import org.partnershipledger.core.partner.DeclareResources;
import org.partnershipledger.core.pledge.PledgeBudget;
import org.partnershipledger.core.pledge.PledgeId;
import org.partnershipledger.core.pledge.PledgeKind;
import org.partnershipledger.core.pledge.PledgeStatus;
import org.partnershipledger.core.pledge.RecordSpend;
import org.partnershipledger.core.pledge.RevisePledge;
import org.partnershipledger.core.pledge.SpendId;
import org.partnershipledger.core.pledge.WithdrawPledge;
import org.partnershipledger.core.shared.Metadata;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.Rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.partnershipledger.core.Ledger.BOARD;
import static org.partnershipledger.core.Ledger.COUNCIL;
import static org.partnershipledger.core.Ledger.FY_2010_11;
import static org.partnershipledger.core.Ledger.HEALTH;
import static org.partnershipledger.core.Ledger.POLICE;
import static org.partnershipledger.core.Ledger.STANLEY_PARK;
import static org.partnershipledger.core.Ledger.SUTTON;
import static org.partnershipledger.core.Ledger.partnership;
import static org.partnershipledger.core.Ledger.partnershipWithPledge;
import static org.partnershipledger.core.Ledger.partnershipWithPriority;
import static org.partnershipledger.core.Ledger.pledged;
import static org.partnershipledger.core.Ledger.plus;
import static org.partnershipledger.core.Ledger.violates;

/** A partner acts only for its own organisation, and a stale view of the partnership changes nothing. */
class RepresentationAndVersionFixtureTest {

    private static final PledgeId PLEDGE = new PledgeId("council-capital");
    private static final Map<String, String> POLICE_REPRESENTATIVE = Map.of(Metadata.ACTING_FOR, "police");
    private static final Map<String, String> COUNCIL_AND_HEALTH = Map.of(Metadata.ACTING_FOR, "council, health");

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private static PledgeBudget councilPledge() {
        return new PledgeBudget(SUTTON, STANLEY_PARK, PLEDGE, COUNCIL, Money.pounds(100_000), FY_2010_11,
                PledgeKind.CASH, PledgeStatus.COMMITTED, BOARD);
    }

    @Test
    void aRepresentativePledgesForAPartnerItActsFor() {
        fixture.given(partnershipWithPriority())
                .when(councilPledge(), COUNCIL_AND_HEALTH)
                .expectEvents(pledged(PLEDGE, COUNCIL, Money.pounds(100_000)));
    }

    @Test
    void aRepresentativeCannotPledgeForAnotherPartner() {
        fixture.given(partnershipWithPriority())
                .when(councilPledge(), POLICE_REPRESENTATIVE)
                .expectException(violates(Rule.PARTNER_NOT_REPRESENTED))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeCannotReviseWithdrawOrSpendOnAnotherPartnersPledge() {
        fixture.given(partnershipWithPledge(PLEDGE))
                .when(new RevisePledge(SUTTON, STANLEY_PARK, PLEDGE, Money.pounds(1), null, "Cut it", BOARD),
                        POLICE_REPRESENTATIVE)
                .expectException(violates(Rule.PARTNER_NOT_REPRESENTED))
                .expectNoEvents();
        fixture.given(partnershipWithPledge(PLEDGE))
                .when(new WithdrawPledge(SUTTON, STANLEY_PARK, PLEDGE, "Cancel it", BOARD), POLICE_REPRESENTATIVE)
                .expectException(violates(Rule.PARTNER_NOT_REPRESENTED))
                .expectNoEvents();
        fixture.given(partnershipWithPledge(PLEDGE))
                .when(new RecordSpend(SUTTON, STANLEY_PARK, PLEDGE, new SpendId("s"), Money.pounds(1),
                        LocalDate.of(2010, 6, 1), null, BOARD), POLICE_REPRESENTATIVE)
                .expectException(violates(Rule.PARTNER_NOT_REPRESENTED))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeCannotDeclareOrReportForAnotherPartner() {
        fixture.given(partnership())
                .when(new DeclareResources(SUTTON, COUNCIL, FY_2010_11, 10, 0, Money.pounds(1), null, BOARD),
                        POLICE_REPRESENTATIVE)
                .expectException(violates(Rule.PARTNER_NOT_REPRESENTED))
                .expectNoEvents();
        IndicatorId indicator = new IndicatorId("places");
        fixture.given(plus(partnershipWithPriority(), new IndicatorDefined(SUTTON, STANLEY_PARK, indicator, "Places",
                        "places", Polarity.HIGHER_IS_BETTER, new Measure(BigDecimal.ONE, LocalDate.of(2010, 4, 1)),
                        new Measure(BigDecimal.TEN, LocalDate.of(2014, 4, 1)), BigDecimal.ONE, 12, BOARD)))
                .when(new RecordOutcome(SUTTON, STANLEY_PARK, indicator, new OutcomeId("o"), HEALTH, BigDecimal.ONE,
                        LocalDate.of(2012, 1, 1), null, null, BOARD), POLICE_REPRESENTATIVE)
                .expectException(violates(Rule.PARTNER_NOT_REPRESENTED))
                .expectNoEvents();
    }

    @Test
    void aCommandOnTheVersionItSawIsDecided() {
        long version = partnership().size() - 1;
        fixture.given(partnership())
                .when(new DefineTheme(SUTTON, new ThemeId("greener"), "Greener", null, BOARD),
                        Map.of(Metadata.EXPECTED_VERSION, Long.toString(version)))
                .expectEvents(new ThemeDefined(SUTTON, new ThemeId("greener"), "Greener", null, BOARD));
    }

    @Test
    void aCommandOnAStaleVersionIsRefused() {
        fixture.given(partnership())
                .when(new DefineTheme(SUTTON, new ThemeId("greener"), "Greener", null, BOARD),
                        Map.of(Metadata.EXPECTED_VERSION, "2"))
                .expectException(violates(Rule.VERSION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void withoutRestrictionAnyPartnerMayBeActedFor() {
        fixture.given(plus(partnershipWithPriority(), pledged(new PledgeId("police-time"), POLICE, Money.pounds(1))))
                .when(new WithdrawPledge(SUTTON, STANLEY_PARK, new PledgeId("police-time"), "Board decision", BOARD))
                .expectSuccessfulHandlerExecution();
    }
}
