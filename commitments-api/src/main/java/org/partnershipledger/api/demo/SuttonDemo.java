package org.partnershipledger.api.demo;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.api.config.LedgerProperties;
import org.partnershipledger.api.web.LedgerCommands;
import org.partnershipledger.core.indicator.DefineIndicator;
import org.partnershipledger.core.indicator.IndicatorId;
import org.partnershipledger.core.indicator.Measure;
import org.partnershipledger.core.indicator.OutcomeId;
import org.partnershipledger.core.indicator.Polarity;
import org.partnershipledger.core.indicator.RecordOutcome;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.pledge.PledgeBudget;
import org.partnershipledger.core.pledge.PledgeId;
import org.partnershipledger.core.pledge.PledgeKind;
import org.partnershipledger.core.pledge.PledgeStatus;
import org.partnershipledger.core.pledge.RecordSpend;
import org.partnershipledger.core.pledge.SpendId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.reference.SuttonPartnershipAgreement;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.COUNCIL;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.HEALTH;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.POLICE;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.VOLUNTARY;

/**
 * With {@code ledger.demo.sutton=true}, records the Sutton Partnership agreement at start through the real command
 * path (once: nothing happens when the partnership already exists), followed by a few pledges, spend, indicators
 * and outcomes that are illustrative only — the agreement has no figures for them — and say so in their decision.
 */
@Component
class SuttonDemo implements ApplicationRunner {

    static final PartnershipId SUTTON = new PartnershipId("sutton");
    static final Principal LOADER = () -> "demo-loader";
    static final Decision ILLUSTRATIVE = Decision.of("Illustrative demo data",
            "Not part of the Sutton agreement: invented to show pledges, spend and outcomes");

    private static final Logger LOG = LoggerFactory.getLogger(SuttonDemo.class);

    private final LedgerCommands commands;
    private final EventStore events;
    private final LedgerProperties properties;

    SuttonDemo(LedgerCommands commands, EventStore events, LedgerProperties properties) {
        this.commands = commands;
        this.events = events;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().sutton()) {
            return;
        }
        if (events.lastSequenceNumberFor(SUTTON.value()).isPresent()) {
            LOG.info("Sutton demo partnership already in the ledger; nothing loaded");
            return;
        }
        List<Object> all = new ArrayList<>(SuttonPartnershipAgreement.commands(SUTTON));
        all.addAll(illustrative());
        all.forEach(command -> commands.send(SUTTON, command, LOADER));
        LOG.info("Sutton demo partnership loaded: {} commands", all.size());
    }

    static List<Object> illustrative() {
        FinancialYear y2010 = FinancialYear.parse("2010/11");
        FinancialYear y2011 = FinancialYear.parse("2011/12");
        PriorityId stanleyPark = new PriorityId("rebuild-stanley-park-high-school");
        PriorityId stHelier = new PriorityId("refurbish-st-helier-hospital");
        PriorityId safest = new PriorityId("safest-borough");
        PriorityId hateCrime = new PriorityId("hate-crime-and-domestic-violence");
        PriorityId lifeExpectancy = new PriorityId("life-expectancy-gap");
        PriorityId recycling = new PriorityId("borough-wide-recycling");
        IndicatorId gap = new IndicatorId("life-expectancy-gap-years");
        IndicatorId recycled = new IndicatorId("household-waste-recycled");
        IndicatorId crime = new IndicatorId("notifiable-offences-per-1000");
        IndicatorId hateCrimeResolved = new IndicatorId("hate-crime-cases-resolved");
        return List.of(
                pledge(stanleyPark, "council-stanley-park-capital", COUNCIL, 2_000_000, y2010, PledgeKind.CASH,
                        PledgeStatus.COMMITTED),
                pledge(stHelier, "pct-st-helier-refurbishment", HEALTH, 5_000_000, y2011, PledgeKind.CASH,
                        PledgeStatus.INDICATIVE),
                pledge(safest, "police-safer-neighbourhood-time", POLICE, 250_000, y2010, PledgeKind.STAFF_TIME,
                        PledgeStatus.COMMITTED),
                pledge(hateCrime, "voluntary-sector-advocacy", VOLUNTARY, 50_000, y2010, PledgeKind.IN_KIND,
                        PledgeStatus.COMMITTED),
                spend(stanleyPark, "council-stanley-park-capital", "2010-q3", 750_000, LocalDate.of(2010, 12, 15)),
                spend(safest, "police-safer-neighbourhood-time", "2010-full-year", 260_000,
                        LocalDate.of(2011, 3, 31)),
                new DefineIndicator(SUTTON, lifeExpectancy, gap, "Life expectancy gap between most and least "
                        + "deprived wards", "years", Polarity.LOWER_IS_BETTER, measure("8.2", 2010, 4, 1),
                        measure("6.5", 2015, 3, 31), new BigDecimal("0.3"), 12, ILLUSTRATIVE),
                outcome(lifeExpectancy, gap, "2011", HEALTH, "7.9", LocalDate.of(2011, 3, 31)),
                outcome(lifeExpectancy, gap, "2012", HEALTH, "7.8", LocalDate.of(2012, 3, 31)),
                new DefineIndicator(SUTTON, recycling, recycled, "Household waste sent for reuse, recycling and "
                        + "composting", "%", Polarity.HIGHER_IS_BETTER, measure("33.0", 2010, 4, 1),
                        measure("50.0", 2015, 3, 31), new BigDecimal("2.0"), 12, ILLUSTRATIVE),
                outcome(recycling, recycled, "2011", COUNCIL, "36.1", LocalDate.of(2011, 3, 31)),
                outcome(recycling, recycled, "2012", COUNCIL, "38.4", LocalDate.of(2012, 3, 31)),
                new DefineIndicator(SUTTON, safest, crime, "Notifiable offences per 1,000 residents", "offences",
                        Polarity.LOWER_IS_BETTER, measure("72.0", 2010, 4, 1), measure("60.0", 2015, 3, 31),
                        new BigDecimal("1.5"), 12, ILLUSTRATIVE),
                outcome(safest, crime, "2011", POLICE, "68.9", LocalDate.of(2011, 3, 31)),
                outcome(safest, crime, "2012", POLICE, "66.0", LocalDate.of(2012, 3, 31)),
                new DefineIndicator(SUTTON, hateCrime, hateCrimeResolved, "Reported hate crime and domestic violence "
                        + "cases resolved", "%", Polarity.HIGHER_IS_BETTER, measure("40.0", 2010, 4, 1),
                        measure("60.0", 2014, 3, 31), new BigDecimal("3.0"), 6, ILLUSTRATIVE),
                outcome(hateCrime, hateCrimeResolved, "2011", VOLUNTARY, "43.0", LocalDate.of(2011, 3, 31)),
                outcome(hateCrime, hateCrimeResolved, "2012", VOLUNTARY, "41.5", LocalDate.of(2012, 3, 31)));
    }

    private static PledgeBudget pledge(PriorityId priority, String id, PartnerId partner, long pounds,
                                       FinancialYear year, PledgeKind kind, PledgeStatus status) {
        return new PledgeBudget(SUTTON, priority, new PledgeId(id), partner, Money.pounds(pounds), year, kind, status,
                ILLUSTRATIVE);
    }

    private static RecordSpend spend(PriorityId priority, String pledge, String id, long pounds, LocalDate on) {
        return new RecordSpend(SUTTON, priority, new PledgeId(pledge), new SpendId(id), Money.pounds(pounds), on,
                "Illustrative", ILLUSTRATIVE);
    }

    private static Measure measure(String value, int year, int month, int day) {
        return new Measure(new BigDecimal(value), LocalDate.of(year, month, day));
    }

    private static RecordOutcome outcome(PriorityId priority, IndicatorId indicator, String id, PartnerId by,
                                         String value, LocalDate on) {
        return new RecordOutcome(SUTTON, priority, indicator, new OutcomeId(indicator.value() + "-" + id), by,
                new BigDecimal(value), on, URI.create("https://www.sutton.gov.uk/"), "Illustrative", ILLUSTRATIVE);
    }
}
