package org.partnershipledger.api.indicator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorApiTest extends ApiTest {

    private String indicators;

    @BeforeEach
    void aPriorityToMeasure() {
        String partnership = newPartnership();
        String priority = newPriority(partnership);
        indicators = "/api/partnerships/" + partnership + "/priorities/" + priority + "/indicators";
    }

    private Http.Answer define(String id) {
        return http.post(indicators, """
                {"id": "%s", "name": "Life expectancy gap", "unit": "years", "polarity": "LOWER_IS_BETTER",
                 "baseline": {"value": 8.2, "on": "2010-04-01"}, "target": {"value": 6.50, "on": "2015-03-31"},
                 "tolerance": 0.3, "reportingIntervalMonths": 12}""".formatted(id));
    }

    @Test
    void anIndicatorIsDefinedMeasuredAndItsTargetRevised() {
        Http.Answer defined = accepted(201, define("gap"));
        assertThat(defined.header("Location")).endsWith(indicators + "/gap");
        accepted(201, http.post(indicators + "/gap/outcomes", """
                {"id": "2011", "reportedBy": "health", "value": 7.9, "measuredOn": "2011-03-31",
                 "evidence": "https://www.sutton.gov.uk/jsna-2011.pdf", "note": "JSNA"}"""));
        accepted(201, http.post(indicators + "/gap/outcomes",
                "{\"id\": \"2012\", \"reportedBy\": \"council\", \"value\": 7.8, \"measuredOn\": \"2012-03-31\"}"));
        Http.Answer revised = accepted(200, http.post(indicators + "/gap/target",
                "{\"target\": {\"value\": 6.0, \"on\": \"2016-03-31\"}, \"reason\": \"More ambition\"}"));

        JsonNode gap = read(indicators + "/gap", revised.version()).json();
        assertThat(gap.path("polarity").asString()).isEqualTo("LOWER_IS_BETTER");
        assertThat(gap.path("baselineValue").decimalValue()).isEqualByComparingTo("8.2");
        assertThat(gap.path("targetValue").decimalValue()).isEqualByComparingTo("6.0");
        assertThat(gap.path("targetOn").asString()).isEqualTo("2016-03-31");
        assertThat(gap.path("latestOutcomes").findValuesAsString("outcomeId")).containsExactly("2012", "2011");

        JsonNode outcomes = http.get(indicators + "/gap/outcomes").json();
        assertThat(outcomes.findValuesAsString("outcomeId")).containsExactly("2011", "2012");
        JsonNode first = http.get(indicators + "/gap/outcomes/2011").json();
        assertThat(first.path("evidence").asString()).isEqualTo("https://www.sutton.gov.uk/jsna-2011.pdf");
        assertThat(first.path("value").decimalValue()).isEqualByComparingTo("7.9");
    }

    @Test
    void indicatorRulesAreEnforced() {
        long defined = accepted(201, define("gap")).version();
        refused(409, "indicator.already-defined", () -> define("gap"));
        refused(422, "indicator.target-not-after-baseline", () -> http.post(indicators + "/gap/target",
                "{\"target\": {\"value\": 1, \"on\": \"2009-01-01\"}, \"reason\": \"Typo\"}"));
        refused(422, "date.outside-horizon", () -> http.post(indicators + "/gap/target",
                "{\"target\": {\"value\": 1, \"on\": \"2030-01-01\"}, \"reason\": \"Later\"}"));
        refused(422, "outcome.before-baseline", () -> http.post(indicators + "/gap/outcomes",
                "{\"reportedBy\": \"health\", \"value\": 9, \"measuredOn\": \"2009-03-31\"}"));
        refused(422, "evidence-link.invalid", () -> http.post(indicators + "/gap/outcomes",
                "{\"reportedBy\": \"health\", \"value\": 9, \"measuredOn\": \"2011-03-31\","
                        + " \"evidence\": \"file:///etc/passwd\"}"));
        refused(404, "partner.not-found", () -> http.post(indicators + "/gap/outcomes",
                "{\"reportedBy\": \"stranger\", \"value\": 9, \"measuredOn\": \"2011-03-31\"}"));
        refused(404, "indicator.not-found", () -> http.post(indicators + "/nope/outcomes",
                "{\"reportedBy\": \"health\", \"value\": 9, \"measuredOn\": \"2011-03-31\"}"));
        refused(400, "request.invalid", () -> http.post(indicators, """
                {"name": "N", "unit": "u", "polarity": "LOWER_IS_BETTER", "baseline": {"value": 1, "on": "2010-04-01"},
                 "target": {"value": 2, "on": "2011-04-01"}, "tolerance": -1, "reportingIntervalMonths": 0}"""));
        refused(404, "indicator.not-found", () -> http.get(indicators + "/nope"));
        refused(404, "outcome.not-found", () -> read(indicators + "/gap/outcomes/nope", defined));
    }
}
