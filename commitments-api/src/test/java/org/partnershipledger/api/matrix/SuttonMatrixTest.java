package org.partnershipledger.api.matrix;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo loads the Sutton Partnership agreement through the real command path; the matrix read over HTTP shows
 * the agreement's table cell by cell (first words of each priority, transcribed from the agreement).
 */
class SuttonMatrixTest extends ApiTest {

    private static final Map<String, List<String>> AGREEMENT_TABLE = new LinkedHashMap<>();

    static {
        AGREEMENT_TABLE.put("fairer × value-for-money", List.of("Rebuild Stanley Park", "Provide more in-borough",
                "Reduce the existing life expectancy", "Ensure all council properties",
                "Reduce the existing unemployment"));
        AGREEMENT_TABLE.put("fairer × engagement", List.of("Provide extra classrooms", "Extend community engagement",
                "Ensure that all people eligible", "Increase the number of people getting into work"));
        AGREEMENT_TABLE.put("fairer × partnership", List.of("Refurbish St Helier", "Increase the proportion of people",
                "Reduce the inequality gap"));
        AGREEMENT_TABLE.put("safer × value-for-money", List.of("Reduce the destructive effects",
                "Make Sutton the safest borough"));
        AGREEMENT_TABLE.put("safer × engagement", List.of("Increase the range of activities"));
        AGREEMENT_TABLE.put("safer × partnership", List.of("Tackle hate crimes", "Implement of the borough"));
        AGREEMENT_TABLE.put("greener × value-for-money", List.of("Improve transport facilities",
                "Reduce carbon emissions", "Protect open spaces"));
        AGREEMENT_TABLE.put("greener × engagement", List.of("Maintain the high quality", "Increase number of residents",
                "Reduce residents", "Increase borough wide recycling"));
        AGREEMENT_TABLE.put("greener × partnership", List.of("Increase access to local fresh produce",
                "Reduce ecofootprint"));
    }

    private JsonNode suttonMatrix() {
        long version = storeVersion("sutton");
        return accepted(200, read("/api/partnerships/sutton/matrix", version)).json();
    }

    @Test
    void theMatrixShowsTheAgreementsTableCellByCell() {
        JsonNode matrix = suttonMatrix();
        assertThat(matrix.path("themes").findValuesAsString("name")).containsExactly("Fairer", "Safer", "Greener");
        assertThat(matrix.path("principles").findValuesAsString("name"))
                .containsExactly("Value for Money", "Engagement", "Partnership");

        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (JsonNode cell : matrix.path("cells")) {
            List<String> titles = new ArrayList<>();
            cell.path("priorities").forEach(p -> titles.add(p.path("title").asString()));
            shown.put(cell.path("themeId").asString() + " × " + cell.path("principleId").asString(), titles);
        }
        assertThat(shown.keySet()).containsExactlyElementsOf(AGREEMENT_TABLE.keySet());
        AGREEMENT_TABLE.forEach((cell, expected) -> {
            assertThat(shown.get(cell)).as(cell).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(shown.get(cell).get(i)).as(cell).startsWith(expected.get(i));
            }
        });
    }

    @Test
    void eachPriorityShowsItsStatusPartnersAndMoney() {
        JsonNode matrix = suttonMatrix();
        JsonNode stanleyPark = matrix.path("cells").get(0).path("priorities").get(0);
        assertThat(stanleyPark.path("status").asString()).isEqualTo("ADOPTED");
        assertThat(stanleyPark.path("leadPartnerId").asString()).isEqualTo("council");
        assertThat(stanleyPark.path("totals").path("committed").get(0).path("amountMinor").asLong())
                .isEqualTo(200_000_000L);
        assertThat(stanleyPark.path("totals").path("spent").get(0).path("amountMinor").asLong())
                .isEqualTo(75_000_000L);

        JsonNode safer = matrix.path("cells").get(3);
        assertThat(safer.path("themeId").asString()).isEqualTo("safer");
        JsonNode safest = safer.path("priorities").get(1);
        assertThat(safest.path("supportingPartnerIds").toString())
                .isEqualTo("[\"council\",\"fire-service\"]");

        long pledged = 0;
        for (JsonNode cell : matrix.path("cells")) {
            for (JsonNode money : cell.path("totals").path("pledged")) {
                pledged += money.path("amountMinor").asLong();
            }
        }
        assertThat(matrix.path("totals").path("pledged").get(0).path("amountMinor").asLong())
                .isEqualTo(pledged).isEqualTo((2_000_000L + 5_000_000L + 250_000L + 50_000L) * 100);
    }

    @Test
    void thePartnershipShowsItsPartnersResourcesAndCommitments() {
        JsonNode sutton = http.get("/api/partnerships/sutton").json();
        assertThat(sutton.path("partners")).hasSize(6);
        assertThat(sutton.path("commitments")).hasSize(11);
        long placeTotal = 0;
        for (JsonNode declaration : sutton.path("resourceDeclarations")) {
            placeTotal += declaration.path("spend").path("amountMinor").asLong();
        }
        assertThat(placeTotal).isEqualTo(101_630_000_000L);
    }
}
