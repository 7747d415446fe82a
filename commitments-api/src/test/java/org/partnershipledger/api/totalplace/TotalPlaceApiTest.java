package org.partnershipledger.api.totalplace;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import org.partnershipledger.core.partner.ResourcesDeclared;
import org.partnershipledger.core.pledge.BudgetPledged;
import org.partnershipledger.core.pledge.PledgeRevised;
import org.partnershipledger.core.pledge.PledgeStatus;
import org.partnershipledger.core.pledge.PledgeWithdrawn;
import org.partnershipledger.core.pledge.SpendRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Total Place count reconciles to the penny with the events themselves: a generated history of declarations,
 * pledges, revisions, withdrawals and spend across two years, two cells and three partners is folded here straight
 * from the event store, independently of the read models, and compared figure by figure with the API.
 */
class TotalPlaceApiTest extends ApiTest {

    private static final List<String> YEARS = List.of("2010/11", "2011/12");
    private static final List<String> PARTNERS = List.of("council", "police", "health");
    private static final Map<String, String> SECTOR = Map.of("council", "LOCAL_AUTHORITY", "police", "POLICE",
            "health", "HEALTH");

    @Autowired
    EventStore events;

    @Test
    void everyFigureReconcilesWithTheEvents() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String id = newPartnership();
        String base = "/api/partnerships/" + id;
        String schools = newPriority(id);
        String safety = "safety-" + id;
        accepted(201, http.post(base + "/priorities", """
                {"id": "%s", "themeId": "safer", "principleId": "engagement", "title": "Safer streets",
                 "leadPartnerId": "police", "supportingPartnerIds": ["council", "health"],
                 "horizon": {"from": "2010-04-01", "to": "2020-03-31"}}""".formatted(safety)));
        for (String partner : List.of("council", "police")) {
            for (String year : YEARS) {
                for (int again = 0; again <= random.nextInt(2); again++) {
                    accepted(201, http.post(base + "/partners/" + partner + "/resource-declarations", """
                            {"financialYear": "%s", "staff": %d, "volunteers": %d, "spend": {"amountMinor": %d}}"""
                            .formatted(year, random.nextInt(3000), random.nextInt(500),
                                    1_000_000_000L + random.nextLong(90_000_000_000L))));
                }
            }
        }
        long version = 0;
        for (int n = 0; n < 24; n++) {
            String priority = random.nextBoolean() ? schools : safety;
            String partner = priority.equals(schools) ? (random.nextBoolean() ? "council" : "police")
                    : PARTNERS.get(random.nextInt(3));
            String pledges = base + "/priorities/" + priority + "/pledges";
            String pledge = "pledge-" + n;
            version = accepted(201, http.post(pledges, """
                    {"id": "%s", "partnerId": "%s", "amount": {"amountMinor": %d}, "financialYear": "%s",
                     "status": "%s"}""".formatted(pledge, partner, 1 + random.nextInt(50_000_000),
                    YEARS.get(random.nextInt(2)), random.nextBoolean() ? "COMMITTED" : "INDICATIVE"))).version();
            if (random.nextInt(3) == 0) {
                version = accepted(200, http.post(pledges + "/" + pledge + "/revise", """
                        {"amount": {"amountMinor": %d}, "status": "COMMITTED", "reason": "Budget set"}"""
                        .formatted(1 + random.nextInt(50_000_000)))).version();
            }
            for (int s = 0; s < random.nextInt(3); s++) {
                version = accepted(201, http.post(pledges + "/" + pledge + "/spend", """
                        {"id": "spend-%d", "amount": {"amountMinor": %d}, "spentOn": "2011-01-1%d"}"""
                        .formatted(s, 1 + random.nextInt(10_000_000), s))).version();
            }
            if (random.nextInt(5) == 0) {
                version = accepted(200, http.post(pledges + "/" + pledge + "/withdraw",
                        "{\"reason\": \"No longer affordable\"}")).version();
            }
        }

        JsonNode count = read(base + "/total-place", version).json();
        Expected expected = fold(id);
        assertThat(count.path("years")).as("seed " + seed).hasSize(2);
        for (JsonNode year : count.path("years")) {
            String fy = year.path("financialYear").asString();
            JsonNode place = year.path("place");
            assertThat(amount(place.path("declared").path("spend"))).as(fy + " seed " + seed)
                    .isEqualTo(expected.declaredSpend(fy, p -> true));
            assertThat(place.path("declared").path("staff").asLong()).isEqualTo(expected.staff(fy, p -> true));
            for (String figure : List.of("pledged", "committed", "spent")) {
                assertThat(amount(place.path("totals").path(figure))).as(fy + " " + figure + " seed " + seed)
                        .isEqualTo(expected.money(figure, fy, p -> true, p -> true));
            }
            BigDecimal share = BigDecimal.valueOf(expected.money("pledged", fy, p -> true, p -> true) * 100)
                    .divide(BigDecimal.valueOf(expected.declaredSpend(fy, p -> true)), 2, RoundingMode.HALF_EVEN);
            assertThat(place.path("pledgedShareOfDeclaredSpend").decimalValue()).isEqualByComparingTo(share);
            for (JsonNode partner : year.path("partners")) {
                String pid = partner.path("partnerId").asString();
                JsonNode figures = partner.path("figures");
                assertThat(amount(figures.path("declared").path("spend")))
                        .isEqualTo(expected.declaredSpend(fy, pid::equals));
                assertThat(amount(figures.path("totals").path("committed")))
                        .isEqualTo(expected.money("committed", fy, pid::equals, p -> true));
                assertThat(amount(figures.path("totals").path("spent")))
                        .isEqualTo(expected.money("spent", fy, pid::equals, p -> true));
            }
            for (JsonNode sector : year.path("sectors")) {
                String name = sector.path("sector").asString();
                assertThat(amount(sector.path("figures").path("totals").path("pledged")))
                        .isEqualTo(expected.money("pledged", fy, p -> SECTOR.get(p).equals(name), p -> true));
            }
            for (JsonNode cell : year.path("cells")) {
                String priority = cell.path("themeId").asString().equals("fairer")
                        && cell.path("principleId").asString().equals("value-for-money") ? schools
                        : cell.path("themeId").asString().equals("safer")
                        && cell.path("principleId").asString().equals("engagement") ? safety : "none";
                for (String figure : List.of("pledged", "committed", "spent")) {
                    assertThat(amount(cell.path("totals").path(figure))).as(cell + " " + figure)
                            .isEqualTo(expected.money(figure, fy, p -> true, priority::equals));
                }
            }
            JsonNode fairer = year.path("themes").get(0);
            assertThat(fairer.path("id").asString()).isEqualTo("fairer");
            assertThat(amount(fairer.path("totals").path("pledged")))
                    .isEqualTo(expected.money("pledged", fy, p -> true, schools::equals));
        }

        JsonNode onlyOne = accepted(200, http.get(base + "/total-place?financialYear=2011/12")).json();
        assertThat(onlyOne.path("years")).hasSize(1);
        assertThat(onlyOne.path("years").get(0).path("financialYear").asString()).isEqualTo("2011/12");
        Http.Answer badYear = http.get(base + "/total-place?financialYear=2011/13");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.contentType()).startsWith("application/problem+json");
    }

    @Test
    void suttonCountsTheWholePlace() {
        JsonNode year = accepted(200, http.get("/api/partnerships/sutton/total-place?financialYear=2010/11"))
                .json().path("years").get(0);
        // The agreement's resource table: PCT £530m, police £23.3m, council £453m, voluntary sector £10m.
        assertThat(amount(year.path("place").path("declared").path("spend"))).isEqualTo(101_630_000_000L);
        assertThat(year.path("place").path("declared").path("staff").asInt()).isEqualTo(1400 + 499 + 2535 + 700);
        assertThat(year.path("place").path("declared").path("volunteers").asInt()).isEqualTo(3500);
    }

    private static long amount(JsonNode list) {
        assertThat(list.size()).isLessThanOrEqualTo(1);
        return list.isEmpty() ? 0 : list.get(0).path("amountMinor").asLong();
    }

    private Expected fold(String partnershipId) {
        Expected expected = new Expected();
        events.readEvents(partnershipId).asStream().map(DomainEventMessage::getPayload).forEach(expected::apply);
        return expected;
    }

    /** The figures, folded straight from the events. */
    private static final class Expected {

        record Pledge(String priority, String partner, String year, long amount, boolean committed,
                      boolean withdrawn, long spent) {
        }

        record Declared(long spend, long staff) {
        }

        final Map<String, Pledge> pledges = new TreeMap<>();
        final Map<String, Declared> declared = new HashMap<>();

        void apply(Object event) {
            if (event instanceof ResourcesDeclared d) {
                declared.put(d.partnerId().value() + "|" + d.financialYear(),
                        new Declared(d.spend().amountMinor(), d.staff()));
            } else if (event instanceof BudgetPledged p) {
                pledges.put(p.pledgeId().value(), new Pledge(p.priorityId().value(), p.partnerId().value(),
                        p.financialYear().toString(), p.amount().amountMinor(), p.status() == PledgeStatus.COMMITTED,
                        false, 0));
            } else if (event instanceof PledgeRevised r) {
                Pledge p = pledges.get(r.pledgeId().value());
                pledges.put(r.pledgeId().value(), new Pledge(p.priority(), p.partner(), p.year(),
                        r.amount().amountMinor(), r.status() == PledgeStatus.COMMITTED, p.withdrawn(), p.spent()));
            } else if (event instanceof PledgeWithdrawn w) {
                Pledge p = pledges.get(w.pledgeId().value());
                pledges.put(w.pledgeId().value(), new Pledge(p.priority(), p.partner(), p.year(), p.amount(),
                        p.committed(), true, p.spent()));
            } else if (event instanceof SpendRecorded s) {
                Pledge p = pledges.get(s.pledgeId().value());
                pledges.put(s.pledgeId().value(), new Pledge(p.priority(), p.partner(), p.year(), p.amount(),
                        p.committed(), p.withdrawn(), p.spent() + s.amount().amountMinor()));
            }
        }

        long declaredSpend(String year, java.util.function.Predicate<String> partner) {
            return declared.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("|" + year) && partner.test(e.getKey().split("\\|")[0]))
                    .mapToLong(e -> e.getValue().spend()).sum();
        }

        long staff(String year, java.util.function.Predicate<String> partner) {
            return declared.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("|" + year) && partner.test(e.getKey().split("\\|")[0]))
                    .mapToLong(e -> e.getValue().staff()).sum();
        }

        long money(String figure, String year, java.util.function.Predicate<String> partner,
                   java.util.function.Predicate<String> priority) {
            return pledges.values().stream()
                    .filter(p -> p.year().equals(year) && partner.test(p.partner()) && priority.test(p.priority()))
                    .mapToLong(p -> switch (figure) {
                        case "pledged" -> p.withdrawn() ? 0 : p.amount();
                        case "committed" -> p.withdrawn() || !p.committed() ? 0 : p.amount();
                        default -> p.spent();
                    })
                    .sum();
        }
    }
}
