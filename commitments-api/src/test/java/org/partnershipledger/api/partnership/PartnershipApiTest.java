package org.partnershipledger.api.partnership;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipApiTest extends ApiTest {

    @Test
    void establishingAPartnershipAnswersWithItsAddressAndVersion() {
        String id = unique("p");
        Http.Answer created = accepted(201, http.post("/api/partnerships", """
                {"id": "%s", "name": "Sutton Partnership", "place": "London Borough of Sutton",
                 "vision": "A fairer, safer and greener Sutton",
                 "decision": {"reference": "Board 2010-09-14, minute 7", "rationale": "Agreed"}}
                """.formatted(id)));

        assertThat(created.header("Location")).endsWith("/api/partnerships/" + id);
        assertThat(created.json().path("version").asLong()).isZero();
        assertThat(created.version()).isZero();

        JsonNode partnership = read(created.header("Location"), created.version()).json();
        assertThat(partnership.path("name").asString()).isEqualTo("Sutton Partnership");
        assertThat(partnership.path("vision").asString()).isEqualTo("A fairer, safer and greener Sutton");
        assertThat(http.get("/api/partnerships").json().findValuesAsString("partnershipId")).contains(id);
    }

    @Test
    void aGeneratedIdIsGivenWhenNoneIsChosen() {
        Http.Answer created = accepted(201, http.post("/api/partnerships",
                "{\"name\": \"Anywhere\", \"place\": \"Anywhere\", \"vision\": \"Better\"}"));
        assertThat(created.json().path("id").asString()).matches("[0-9a-f-]{36}");
    }

    @Test
    void establishingTheSameIdTwiceIsAConflict() {
        String id = newPartnership();
        refused(409, "partnership.already-established", () -> http.post("/api/partnerships",
                "{\"id\": \"" + id + "\", \"name\": \"Again\", \"place\": \"Here\", \"vision\": \"Same\"}"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        Http.Answer answer = refused(400, "request.invalid", () -> http.post("/api/partnerships",
                "{\"id\": \"x-1\", \"name\": \" \", \"decision\": {\"reference\": \"\"}}"));
        assertThat(answer.json().path("errors").findValuesAsString("field"))
                .contains("name", "place", "vision", "decision.reference");
    }

    @Test
    void malformedJsonIsABadRequest() {
        refused(400, "request.malformed", () -> http.post("/api/partnerships", "{\"name\": "));
        refused(400, "request.malformed", () -> http.post("/api/partnerships", "[1, 2]"));
    }

    @Test
    void unknownFieldsAreRefused() {
        Http.Answer answer = refused(400, "request.malformed", () -> http.post("/api/partnerships",
                "{\"name\": \"N\", \"place\": \"P\", \"vision\": \"V\", \"actor\": \"someone-else\"}"));
        assertThat(answer.json().path("errors").findValuesAsString("field")).containsExactly("actor");
    }

    @Test
    void anIdUnsafeInAPathIsRefused() {
        refused(400, "request.invalid", () -> http.post("/api/partnerships",
                "{\"id\": \"../etc\", \"name\": \"N\", \"place\": \"P\", \"vision\": \"V\"}"));
    }

    @Test
    void onlyJsonIsAccepted() {
        refused(415, "http.415", () -> http.post("/api/partnerships", "name=N", "application/x-www-form-urlencoded"));
    }

    @Test
    void anUnknownPartnershipIsNotFound() {
        refused(404, "partnership.not-found", () -> http.get("/api/partnerships/no-such-place"));
        refused(404, "partnership.not-found", () -> http.post("/api/partnerships/no-such-place/themes",
                "{\"name\": \"Fairer\"}"));
    }

    @Test
    void themesAreDefinedRenamedAndRetired() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id;
        Http.Answer defined = accepted(201, http.post(base + "/themes",
                "{\"id\": \"greener\", \"name\": \"Greener\", \"description\": \"Climate\"}"));
        assertThat(read(defined.header("Location"), defined.version()).json().path("name").asString())
                .isEqualTo("Greener");

        Http.Answer renamed = accepted(200, http.post(base + "/themes/greener/rename",
                "{\"name\": \"Greener Sutton\"}"));
        assertThat(read(base + "/themes/greener", renamed.version()).json().path("name").asString())
                .isEqualTo("Greener Sutton");

        Http.Answer retired = accepted(200, http.post(base + "/themes/greener/retire",
                "{\"reason\": \"Merged into Fairer\"}"));
        assertThat(read(base + "/themes", retired.version()).json().findValuesAsString("id"))
                .containsExactly("fairer", "safer", "greener");
        assertThat(http.get(base + "/themes/greener").json().path("retired").asBoolean()).isTrue();
    }

    @Test
    void themeRulesAreEnforced() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id;
        refused(409, "theme.already-defined", () -> http.post(base + "/themes", "{\"id\": \"fairer\", \"name\": \"F\"}"));
        refused(404, "theme.not-found", () -> http.post(base + "/themes/nope/rename", "{\"name\": \"N\"}"));
        newPriority(id);
        refused(409, "theme.has-open-priorities", () -> http.post(base + "/themes/fairer/retire",
                "{\"reason\": \"Merged\"}"));
        refused(400, "request.invalid", () -> http.post(base + "/themes/fairer/retire", "{}"));
        refused(404, "theme.not-found", () -> read(base + "/themes/nope", 0));
    }

    @Test
    void principlesAreDefinedRenamedAndRetired() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id;
        accepted(201, http.post(base + "/principles", "{\"id\": \"partnership\", \"name\": \"Partnership\"}"));
        accepted(200, http.post(base + "/principles/partnership/rename", "{\"name\": \"Working together\"}"));
        Http.Answer retired = accepted(200, http.post(base + "/principles/partnership/retire",
                "{\"reason\": \"Cross-cutting\"}"));
        JsonNode principle = read(base + "/principles/partnership", retired.version()).json();
        assertThat(principle.path("name").asString()).isEqualTo("Working together");
        assertThat(principle.path("retired").asBoolean()).isTrue();
        refused(409, "principle.retired", () -> http.post(base + "/principles/partnership/rename",
                "{\"name\": \"Again\"}"));
        refused(409, "principle.already-defined", () -> http.post(base + "/principles",
                "{\"id\": \"engagement\", \"name\": \"E\"}"));
    }

    @Test
    void sharedCommitmentsAreAgreedRewordedAndWithdrawn() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id + "/commitments";
        Http.Answer agreed = accepted(201, http.post(base,
                "{\"id\": \"openness\", \"statement\": \"To be open and transparent with all partners\"}"));
        assertThat(agreed.header("Location")).endsWith(base + "/openness");
        accepted(200, http.post(base + "/openness/reword", "{\"statement\": \"To be open with all partners\"}"));
        Http.Answer withdrawn = accepted(200, http.post(base + "/openness/withdraw",
                "{\"reason\": \"Replaced by the charter\"}"));
        JsonNode commitment = read(base + "/openness", withdrawn.version()).json();
        assertThat(commitment.path("statement").asString()).isEqualTo("To be open with all partners");
        assertThat(commitment.path("withdrawn").asBoolean()).isTrue();
        refused(409, "commitment.withdrawn", () -> http.post(base + "/openness/withdraw", "{\"reason\": \"Again\"}"));
        refused(404, "commitment.not-found", () -> http.post(base + "/nope/reword", "{\"statement\": \"S\"}"));
        refused(409, "commitment.already-agreed", () -> http.post(base,
                "{\"id\": \"openness\", \"statement\": \"Again\"}"));
    }

    @Test
    void everyListOfTheSuttonPartnershipIsReadable() {
        long version = storeVersion("sutton");
        String base = "/api/partnerships/sutton";
        assertThat(read(base + "/principles", version).json().findValuesAsString("id"))
                .containsExactly("value-for-money", "engagement", "partnership");
        assertThat(http.get(base + "/commitments").json()).hasSize(11);
        assertThat(http.get(base + "/partners").json().findValuesAsString("partnerId")).containsExactly("council",
                "police", "primary-care-trust", "fire-service", "voluntary-sector", "business-community");
        assertThat(http.get(base + "/priorities").json()).hasSizeGreaterThanOrEqualTo(26);
        assertThat(http.get(base + "/priorities/safest-borough/pledges").json().findValuesAsString("pledgeId"))
                .contains("police-safer-neighbourhood-time");
        JsonNode indicators = http.get(base + "/priorities/borough-wide-recycling/indicators").json();
        assertThat(indicators).hasSize(1);
        assertThat(indicators.get(0).path("indicatorId").asString()).isEqualTo("household-waste-recycled");
        assertThat(indicators.get(0).path("latestOutcomes")).hasSize(2);
        assertThat(http.get(base + "/priorities/safest-borough/pledges/police-safer-neighbourhood-time/spend/"
                + "2010-full-year").json().path("exceedsPledge").asBoolean()).isTrue();
    }
}
