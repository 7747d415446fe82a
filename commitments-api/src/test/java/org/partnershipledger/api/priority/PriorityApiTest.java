package org.partnershipledger.api.priority;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityApiTest extends ApiTest {

    @Test
    void aPriorityIsAdoptedIntoACellAndReadBack() {
        String id = newPartnership();
        Http.Answer adopted = accepted(201, http.post("/api/partnerships/" + id + "/priorities", """
                {"id": "safest", "themeId": "safer", "principleId": "value-for-money",
                 "title": "Make the borough the safest in London", "description": "All types of crime",
                 "leadPartnerId": "police", "supportingPartnerIds": ["council", "health"],
                 "horizon": {"from": "2010-04-01", "to": "2020-03-31"},
                 "decision": {"reference": "Board 2010-09-14, minute 7"}}"""));
        assertThat(adopted.header("Location")).endsWith("/api/partnerships/" + id + "/priorities/safest");

        JsonNode priority = read(adopted.header("Location"), adopted.version()).json().path("priority");
        assertThat(priority.path("themeId").asString()).isEqualTo("safer");
        assertThat(priority.path("status").asString()).isEqualTo("ADOPTED");
        assertThat(priority.path("leadPartnerId").asString()).isEqualTo("police");
        assertThat(priority.path("supportingPartnerIds").findValuesAsString("")).isEmpty();
        assertThat(priority.path("supportingPartnerIds").toString()).isEqualTo("[\"council\",\"health\"]");
        assertThat(priority.path("horizonTo").asString()).isEqualTo("2020-03-31");
        assertThat(http.get("/api/partnerships/" + id + "/priorities").json().findValuesAsString("priorityId"))
                .containsExactly("safest");
    }

    @Test
    void aPriorityIsRevisedMovedHandedOverAndItsSupportChanges() {
        String id = newPartnership();
        String priority = newPriority(id);
        String base = "/api/partnerships/" + id + "/priorities/" + priority;
        accepted(200, http.post(base + "/revise", """
                {"title": "Rebuild Stanley Park High", "horizon": {"from": "2010-04-01", "to": "2015-03-31"}}"""));
        accepted(200, http.post(base + "/move", "{\"themeId\": \"safer\", \"principleId\": \"engagement\"}"));
        accepted(200, http.post(base + "/lead", "{\"leadPartnerId\": \"police\"}"));
        accepted(200, http.post(base + "/supporting-partners", "{\"partnerId\": \"health\"}"));
        Http.Answer last = accepted(200, http.post(base + "/supporting-partners/health/remove",
                "{\"reason\": \"Capacity\"}"));

        JsonNode priorityNow = read(base, last.version()).json().path("priority");
        assertThat(priorityNow.path("title").asString()).isEqualTo("Rebuild Stanley Park High");
        assertThat(priorityNow.path("themeId").asString()).isEqualTo("safer");
        assertThat(priorityNow.path("principleId").asString()).isEqualTo("engagement");
        assertThat(priorityNow.path("leadPartnerId").asString()).isEqualTo("police");
        assertThat(priorityNow.path("supportingPartnerIds")).isEmpty();
        assertThat(priorityNow.path("horizonTo").asString()).isEqualTo("2015-03-31");
    }

    @Test
    void achievedAndRetiredPrioritiesAreClosed() {
        String id = newPartnership();
        String achieved = newPriority(id);
        String retired = newPriority(id);
        String base = "/api/partnerships/" + id + "/priorities/";
        accepted(200, http.post(base + achieved + "/achieve", "{\"note\": \"Opened September 2013\"}"));
        Http.Answer last = accepted(200, http.post(base + retired + "/retire", "{\"reason\": \"Superseded\"}"));

        assertThat(read(base + achieved, last.version()).json().path("priority").path("status").asString())
                .isEqualTo("ACHIEVED");
        JsonNode gone = http.get(base + retired).json().path("priority");
        assertThat(gone.path("status").asString()).isEqualTo("RETIRED");
        assertThat(gone.path("closingNote").asString()).isEqualTo("Superseded");
        refused(409, "priority.closed", () -> http.post(base + achieved + "/retire", "{\"reason\": \"R\"}"));
        refused(409, "priority.closed", () -> http.post(base + retired + "/revise",
                "{\"title\": \"T\", \"horizon\": {\"from\": \"2010-04-01\", \"to\": \"2011-03-31\"}}"));
    }

    @Test
    void priorityRulesAreEnforced() {
        String id = newPartnership();
        String priority = newPriority(id);
        String base = "/api/partnerships/" + id + "/priorities";
        String adopt = """
                {"themeId": "%s", "principleId": "value-for-money", "title": "%s", "leadPartnerId": "%s",
                 "supportingPartnerIds": %s, "horizon": {"from": "%s", "to": "2020-03-31"}}""";
        refused(404, "theme.not-found", () -> http.post(base, adopt.formatted("greener", "T", "council", "[]",
                "2010-04-01")));
        refused(404, "partner.not-found", () -> http.post(base, adopt.formatted("fairer", "T", "stranger", "[]",
                "2010-04-01")));
        refused(422, "priority.lead-cannot-support", () -> http.post(base, adopt.formatted("fairer", "T", "council",
                "[\"council\"]", "2010-04-01")));
        refused(400, "request.invalid", () -> http.post(base, adopt.formatted("fairer", " ", "council", "[]",
                "2010-04-01")));
        refused(422, "horizon.inverted", () -> http.post(base, adopt.formatted("fairer", "T", "council", "[]",
                "2021-04-01")));
        refused(400, "request.malformed", () -> http.post(base, adopt.formatted("fairer", "T", "council", "[]",
                "2010-13-45")));
        refused(409, "priority.already-in-cell", () -> http.post(base + "/" + priority + "/move",
                "{\"themeId\": \"fairer\", \"principleId\": \"value-for-money\"}"));
        refused(409, "priority.lead-unchanged", () -> http.post(base + "/" + priority + "/lead",
                "{\"leadPartnerId\": \"council\"}"));
        refused(409, "priority.partner-already-supporting", () -> http.post(base + "/" + priority
                + "/supporting-partners", "{\"partnerId\": \"police\"}"));
        refused(409, "priority.partner-not-supporting", () -> http.post(base + "/" + priority
                + "/supporting-partners/health/remove", "{}"));
        refused(404, "priority.not-found", () -> http.post(base + "/nope/achieve", "{}"));
        refused(404, "priority.not-found", () -> http.get(base + "/nope"));
        refused(409, "priority.already-adopted", () -> http.post(base, """
                {"id": "%s", "themeId": "fairer", "principleId": "engagement", "title": "Again",
                 "leadPartnerId": "council", "horizon": {"from": "2010-04-01", "to": "2020-03-31"}}"""
                .formatted(priority)));
    }
}
