package org.partnershipledger.core.reference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InMemoryLedger;
import org.partnershipledger.core.partner.PartnerAdmitted;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partner.ResourcesDeclared;
import org.partnershipledger.core.partnership.PartnershipEstablished;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleDefined;
import org.partnershipledger.core.partnership.SharedCommitmentAgreed;
import org.partnershipledger.core.partnership.ThemeDefined;
import org.partnershipledger.core.priority.PriorityAdopted;
import org.partnershipledger.core.shared.Money;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.COUNCIL;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.HEALTH;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.POLICE;
import static org.partnershipledger.core.reference.SuttonPartnershipAgreement.VOLUNTARY;

/**
 * The whole "Working together in Sutton" agreement is expressible as commands: sent through a real command bus
 * and event store, every one is accepted and the ledger holds the agreement's matrix, partners and figures.
 */
class SuttonPartnershipAgreementTest {

    private static final PartnershipId SUTTON = new PartnershipId("sutton");

    private InMemoryLedger ledger;

    @BeforeEach
    void recordTheAgreement() {
        ledger = new InMemoryLedger();
        SuttonPartnershipAgreement.commands(SUTTON).forEach(ledger::send);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private <T> List<T> events(Class<T> type) {
        return ledger.payloads(SUTTON).stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    @Test
    void everyCommandOfTheAgreementBecomesAnEvent() {
        assertThat(ledger.payloads(SUTTON)).hasSize(SuttonPartnershipAgreement.commands(SUTTON).size());
        assertThat(events(PartnershipEstablished.class)).singleElement()
                .satisfies(e -> assertThat(e.vision()).contains("fairer, safer and greener"));
    }

    @Test
    void theMatrixHasThreeThemesByThreeGoverningPrinciples() {
        assertThat(events(ThemeDefined.class)).extracting(ThemeDefined::name)
                .containsExactly("Fairer", "Safer", "Greener");
        assertThat(events(PrincipleDefined.class)).extracting(PrincipleDefined::name)
                .containsExactly("Value for Money", "Engagement", "Partnership");
    }

    @Test
    void everySharedPrioritySitsInItsCellOfTheAgreementsTable() {
        Map<String, Long> perCell = events(PriorityAdopted.class).stream()
                .collect(Collectors.groupingBy(p -> p.themeId() + " × " + p.principleId(), Collectors.counting()));
        assertThat(perCell).containsOnly(
                entry("fairer × value-for-money", 5L), entry("fairer × engagement", 4L),
                entry("fairer × partnership", 3L),
                entry("safer × value-for-money", 2L), entry("safer × engagement", 1L),
                entry("safer × partnership", 2L),
                entry("greener × value-for-money", 3L), entry("greener × engagement", 4L),
                entry("greener × partnership", 2L));
        assertThat(events(PriorityAdopted.class)).extracting(PriorityAdopted::title)
                .contains("Rebuild Stanley Park High School", "Refurbish St Helier hospital",
                        "Tackle hate crimes and domestic violence", "Reduce ecofootprint of Sutton residents");
    }

    @Test
    void thePartnersAreTheOrganisationsOnTheBoard() {
        assertThat(events(PartnerAdmitted.class)).extracting(PartnerAdmitted::sector).extracting(Enum::name)
                .containsExactly("LOCAL_AUTHORITY", "POLICE", "HEALTH", "FIRE_AND_RESCUE",
                        "VOLUNTARY_AND_COMMUNITY", "BUSINESS");
    }

    @Test
    void theResourceTableIsDeclaredToThePenny() {
        Map<PartnerId, ResourcesDeclared> declared = events(ResourcesDeclared.class).stream()
                .collect(Collectors.toMap(ResourcesDeclared::partnerId, d -> d));
        assertThat(declared.get(HEALTH).staff()).isEqualTo(1400);
        assertThat(declared.get(HEALTH).spend()).isEqualTo(Money.pence(53_000_000_000L));
        assertThat(declared.get(POLICE).staff()).isEqualTo(499);
        assertThat(declared.get(POLICE).spend()).isEqualTo(Money.pence(2_330_000_000L));
        assertThat(declared.get(COUNCIL).staff()).isEqualTo(2535);
        assertThat(declared.get(COUNCIL).spend()).isEqualTo(Money.pence(45_300_000_000L));
        assertThat(declared.get(VOLUNTARY).volunteers()).isEqualTo(3500);
        long placeTotal = declared.values().stream().mapToLong(d -> d.spend().amountMinor()).sum();
        assertThat(placeTotal).isEqualTo(101_630_000_000L);
    }

    @Test
    void theSharedCommitmentsAndEqualityCharterAreAgreed() {
        assertThat(events(SharedCommitmentAgreed.class)).hasSize(11)
                .extracting(SharedCommitmentAgreed::statement)
                .contains("To be open and transparent with all partners, particularly during times of financial "
                        + "difficulty");
    }
}
