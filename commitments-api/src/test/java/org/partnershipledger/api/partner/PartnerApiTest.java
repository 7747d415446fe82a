package org.partnershipledger.api.partner;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerApiTest extends ApiTest {

    @Test
    void anOrganisationIsAdmittedAndLeaves() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id + "/partners";
        Http.Answer admitted = accepted(201, http.post(base,
                "{\"id\": \"fire\", \"name\": \"London Fire Brigade\", \"sector\": \"FIRE_AND_RESCUE\"}"));
        JsonNode fire = read(admitted.header("Location"), admitted.version()).json();
        assertThat(fire.path("sector").asString()).isEqualTo("FIRE_AND_RESCUE");
        assertThat(fire.path("active").asBoolean()).isTrue();

        Http.Answer left = accepted(200, http.post(base + "/fire/leave", "{\"reason\": \"Reorganised\"}"));
        JsonNode gone = read(base + "/fire", left.version()).json();
        assertThat(gone.path("active").asBoolean()).isFalse();
        assertThat(gone.path("leftAt").asString()).isNotBlank();
    }

    @Test
    void partnerRulesAreEnforced() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id + "/partners";
        refused(409, "partner.already-admitted", () -> http.post(base,
                "{\"id\": \"police\", \"name\": \"Police\", \"sector\": \"POLICE\"}"));
        refused(400, "request.malformed", () -> http.post(base,
                "{\"id\": \"x\", \"name\": \"X\", \"sector\": \"PIRATES\"}"));
        refused(404, "partner.not-found", () -> http.post(base + "/nobody/leave", "{\"reason\": \"R\"}"));
        newPriority(id);
        refused(409, "partner.leads-open-priority", () -> http.post(base + "/council/leave", "{\"reason\": \"R\"}"));
        refused(404, "partner.not-found", () -> http.get(base + "/nobody"));
    }

    @Test
    void resourcesAreDeclaredPerFinancialYearAndSuperseded() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id + "/partners/police/resource-declarations";
        Http.Answer declared = accepted(201, http.post(base, """
                {"financialYear": "2010/11", "staff": 499, "spend": {"amountMinor": 2330000000},
                 "note": "1 police station and 3 Safer Neighbourhood bases"}"""));
        assertThat(declared.header("Location")).endsWith(base + "/2010-11");
        JsonNode first = read(declared.header("Location"), declared.version()).json();
        assertThat(first.path("staff").asInt()).isEqualTo(499);
        assertThat(first.path("spend").path("amountMinor").asLong()).isEqualTo(2_330_000_000L);
        assertThat(first.path("spend").path("currency").asString()).isEqualTo("GBP");

        Http.Answer superseded = accepted(201, http.post(base, """
                {"financialYear": "2010/11", "staff": 510, "volunteers": 40, "spend": {"amountMinor": 2400000000}}"""));
        JsonNode all = read(base, superseded.version()).json();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).path("staff").asInt()).isEqualTo(510);
        assertThat(all.get(0).path("volunteers").asInt()).isEqualTo(40);
    }

    @Test
    void declarationRulesAreEnforced() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id + "/partners";
        refused(422, "financial-year.invalid", () -> http.post(base + "/police/resource-declarations",
                "{\"financialYear\": \"2010/12\", \"staff\": 1, \"spend\": {\"amountMinor\": 1}}"));
        Http.Answer invalid = refused(400, "request.invalid", () -> http.post(base + "/police/resource-declarations",
                "{\"financialYear\": \"2010\", \"staff\": -1, \"spend\": {\"amountMinor\": -5, \"currency\": \"gbp\"}}"));
        assertThat(invalid.json().path("errors").findValuesAsString("field"))
                .contains("financialYear", "staff", "spend.amountMinor", "spend.currency");
        refused(404, "partner.not-found", () -> http.post(base + "/nobody/resource-declarations",
                "{\"financialYear\": \"2010/11\", \"staff\": 1, \"spend\": {\"amountMinor\": 1}}"));
        refused(422, "currency.invalid", () -> http.post(base + "/police/resource-declarations",
                "{\"financialYear\": \"2010/11\", \"staff\": 1, \"spend\": {\"amountMinor\": 1, \"currency\": \"XYZ\"}}"));
        refused(404, "resource-declaration.not-found", () -> http.get(base + "/police/resource-declarations/2001-02"));
    }

    @Test
    void aPartnersCommitmentsGatherWhatItLeadsSupportsPledgesAndReports() {
        String id = newPartnership();
        String priority = newPriority(id);
        String base = "/api/partnerships/" + id;
        accepted(201, http.post(base + "/priorities/" + priority + "/pledges", """
                {"id": "police-time", "partnerId": "police", "amount": {"amountMinor": 5000000},
                 "financialYear": "2010/11", "kind": "STAFF_TIME", "status": "COMMITTED"}"""));
        accepted(201, http.post(base + "/priorities/" + priority + "/indicators", """
                {"id": "places", "name": "School places", "unit": "places", "polarity": "HIGHER_IS_BETTER",
                 "baseline": {"value": 850, "on": "2010-04-01"}, "target": {"value": 1200, "on": "2014-09-01"},
                 "tolerance": 25, "reportingIntervalMonths": 12}"""));
        Http.Answer reported = accepted(201, http.post(base + "/priorities/" + priority
                + "/indicators/places/outcomes", """
                {"id": "census-2012", "reportedBy": "police", "value": 1010, "measuredOn": "2012-09-01"}"""));

        JsonNode police = read(base + "/partners/police/commitments", reported.version()).json();
        assertThat(police.path("partner").path("partnerId").asString()).isEqualTo("police");
        assertThat(police.path("leads")).isEmpty();
        assertThat(police.path("supports").findValuesAsString("priorityId")).containsExactly(priority);
        assertThat(police.path("pledges").findValuesAsString("pledgeId")).containsExactly("police-time");
        assertThat(police.path("totals").path("committed").get(0).path("amountMinor").asLong()).isEqualTo(5_000_000);
        assertThat(police.path("outcomesReported").findValuesAsString("outcomeId")).containsExactly("census-2012");

        JsonNode council = http.get(base + "/partners/council/commitments").json();
        assertThat(council.path("leads").findValuesAsString("priorityId")).containsExactly(priority);
        refused(404, "partner.not-found", () -> http.get(base + "/partners/nobody/commitments"));
    }
}
