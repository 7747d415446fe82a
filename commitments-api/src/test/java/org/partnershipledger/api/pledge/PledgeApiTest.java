package org.partnershipledger.api.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PledgeApiTest extends ApiTest {

    private String partnership;
    private String priority;
    private String pledges;

    @BeforeEach
    void aPriorityToPledgeTo() {
        partnership = newPartnership();
        priority = newPriority(partnership);
        pledges = "/api/partnerships/" + partnership + "/priorities/" + priority + "/pledges";
    }

    private Http.Answer pledge(String id, String partner, long pence) {
        return http.post(pledges, """
                {"id": "%s", "partnerId": "%s", "amount": {"amountMinor": %d, "currency": "GBP"},
                 "financialYear": "2010/11", "kind": "CASH", "status": "COMMITTED",
                 "decision": {"reference": "Board 2010-09-14, minute 7"}}""".formatted(id, partner, pence));
    }

    @Test
    void aPartnerPledgesBudgetAndItIsReadBackToThePenny() {
        Http.Answer pledged = accepted(201, pledge("council-capital", "council", 10_000_001));
        assertThat(pledged.header("Location")).endsWith(pledges + "/council-capital");
        JsonNode pledge = read(pledged.header("Location"), pledged.version()).json();
        assertThat(pledge.path("amount").path("amountMinor").asLong()).isEqualTo(10_000_001);
        assertThat(pledge.path("status").asString()).isEqualTo("COMMITTED");
        assertThat(pledge.path("withdrawn").asBoolean()).isFalse();

        JsonNode totals = http.get("/api/partnerships/" + partnership + "/priorities/" + priority).json()
                .path("totals");
        assertThat(totals.path("pledged").get(0).path("amountMinor").asLong()).isEqualTo(10_000_001);
        assertThat(totals.path("committed").get(0).path("amountMinor").asLong()).isEqualTo(10_000_001);
        assertThat(totals.path("spent")).isEmpty();
    }

    @Test
    void aPledgeIsIndicativeCashUnlessSaid() {
        Http.Answer pledged = accepted(201, http.post(pledges,
                "{\"partnerId\": \"health\", \"amount\": {\"amountMinor\": 500}, \"financialYear\": \"2011/12\"}"));
        JsonNode pledge = read(pledged.header("Location"), pledged.version()).json();
        assertThat(pledge.path("kind").asString()).isEqualTo("CASH");
        assertThat(pledge.path("status").asString()).isEqualTo("INDICATIVE");
        assertThat(pledge.path("amount").path("currency").asString()).isEqualTo("GBP");
    }

    @Test
    void pledgesAreRevisedAndWithdrawnByNewEvents() {
        accepted(201, pledge("council-capital", "council", 10_000_000));
        accepted(200, http.post(pledges + "/council-capital/revise",
                "{\"amount\": {\"amountMinor\": 8000000}, \"reason\": \"Budget cut\"}"));
        Http.Answer withdrawn = accepted(200, http.post(pledges + "/council-capital/withdraw",
                "{\"reason\": \"Capital programme paused\"}"));
        JsonNode pledge = read(pledges + "/council-capital", withdrawn.version()).json();
        assertThat(pledge.path("amount").path("amountMinor").asLong()).isEqualTo(8_000_000);
        assertThat(pledge.path("withdrawn").asBoolean()).isTrue();
        JsonNode totals = http.get("/api/partnerships/" + partnership + "/priorities/" + priority).json()
                .path("totals");
        assertThat(totals.path("pledged")).isEmpty();
    }

    @Test
    void spendIsRecordedAndOverspendFlagged() {
        accepted(201, pledge("police-time", "police", 100_000));
        accepted(201, http.post(pledges + "/police-time/spend",
                "{\"id\": \"q1\", \"amount\": {\"amountMinor\": 60000}, \"spentOn\": \"2010-06-30\"}"));
        Http.Answer over = accepted(201, http.post(pledges + "/police-time/spend",
                "{\"id\": \"q2\", \"amount\": {\"amountMinor\": 50000}, \"spentOn\": \"2010-09-30\", \"note\": \"Overtime\"}"));
        assertThat(over.header("Location")).endsWith(pledges + "/police-time/spend/q2");

        JsonNode q2 = read(over.header("Location"), over.version()).json();
        assertThat(q2.path("exceedsPledge").asBoolean()).isTrue();
        JsonNode pledge = http.get(pledges + "/police-time").json();
        assertThat(pledge.path("spent").path("amountMinor").asLong()).isEqualTo(110_000);
        assertThat(pledge.path("spend").findValuesAsString("spendId")).containsExactly("q1", "q2");
        assertThat(http.get(pledges + "/police-time/spend").json()).hasSize(2);
    }

    @Test
    void pledgeRulesAreEnforced() {
        accepted(201, pledge("council-capital", "council", 10_000_000));
        refused(422, "amount.not-positive", () -> pledge("zero", "council", 0));
        refused(400, "request.invalid", () -> pledge("negative", "council", -1));
        refused(400, "request.malformed", () -> http.post(pledges,
                "{\"partnerId\": \"council\", \"amount\": {\"amountMinor\": 99999999999999999999999},"
                        + " \"financialYear\": \"2010/11\"}"));
        refused(404, "partner.not-found", () -> pledge("stranger", "stranger", 100));
        refused(409, "pledge.already-made", () -> pledge("council-capital", "council", 100));
        refused(422, "financial-year.outside-horizon", () -> http.post(pledges,
                "{\"partnerId\": \"council\", \"amount\": {\"amountMinor\": 1}, \"financialYear\": \"2030/31\"}"));
        refused(422, "currency.mismatch", () -> http.post(pledges + "/council-capital/revise",
                "{\"amount\": {\"amountMinor\": 1, \"currency\": \"EUR\"}, \"reason\": \"Wrong\"}"));
        refused(409, "pledge.unchanged", () -> http.post(pledges + "/council-capital/revise",
                "{\"amount\": {\"amountMinor\": 10000000}, \"reason\": \"Same\"}"));
        refused(404, "pledge.not-found", () -> http.post(pledges + "/nope/withdraw", "{\"reason\": \"R\"}"));
        refused(404, "pledge.not-found", () -> http.get(pledges + "/nope"));
        refused(400, "request.malformed", () -> http.post(pledges,
                "{\"partnerId\": \"council\", \"amount\": {\"amountMinor\": 1}, \"financialYear\": \"2010/11\","
                        + " \"kind\": \"GOLD\"}"));
        accepted(200, http.post(pledges + "/council-capital/withdraw", "{\"reason\": \"Cut\"}"));
        refused(409, "pledge.withdrawn", () -> http.post(pledges + "/council-capital/spend",
                "{\"amount\": {\"amountMinor\": 1}, \"spentOn\": \"2010-06-30\"}"));
        accepted(200, http.post("/api/partnerships/" + partnership + "/priorities/" + priority + "/achieve", "{}"));
        refused(409, "priority.closed", () -> pledge("late", "council", 100));
    }
}
