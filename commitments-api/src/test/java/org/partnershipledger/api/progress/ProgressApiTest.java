package org.partnershipledger.api.progress;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Outcome progress is computed from the recorded outcomes by the documented RAG rule, never typed in. */
class ProgressApiTest extends ApiTest {

    @Test
    void coloursTrendsStalenessAndRollUpsFollowTheRule() throws Exception {
        String id = newPartnership();
        String base = "/api/partnerships/" + id;
        String school = newPriority(id);
        String indicators = base + "/priorities/" + school + "/indicators";
        // 33 → 50 over 1 April 2010 – 1 April 2014: expected ≈41.51 on 1 April 2012; amber within 2 points.
        define(indicators, "recycled", "HIGHER_IS_BETTER", "33", "2010-04-01", "50", "2014-04-01", "2", 12);
        Http.Answer first = outcome(indicators + "/recycled", "y1", "38", "2011-04-01");
        Instant afterFirst = justAfter(id, first.version());
        Thread.sleep(20);
        outcome(indicators + "/recycled", "y2", "40", "2012-04-01");
        // in the same cell, a long-running priority: lower is better, measured last month so not stale, on track
        String longRunning = "long-" + id;
        accepted(201, http.post(base + "/priorities", """
                {"id": "%s", "themeId": "fairer", "principleId": "value-for-money", "title": "Shorter waits",
                 "leadPartnerId": "council", "horizon": {"from": "2010-04-01", "to": "2060-03-31"}}"""
                .formatted(longRunning)));
        String longIndicators = base + "/priorities/" + longRunning + "/indicators";
        String inFiveYears = LocalDate.now().plusYears(5).toString();
        define(longIndicators, "waiting", "LOWER_IS_BETTER", "20", "2010-04-01", "10", inFiveYears, "1", 12);
        outcome(longIndicators + "/waiting", "now", "9", LocalDate.now().minusMonths(1).toString());
        define(longIndicators, "unmeasured", "HIGHER_IS_BETTER", "1", "2010-04-01", "2", inFiveYears, "0", 3);
        // a second priority in another cell, far behind: red
        String safer = "safer-" + id;
        accepted(201, http.post(base + "/priorities", """
                {"id": "%s", "themeId": "safer", "principleId": "engagement", "title": "Safer streets",
                 "leadPartnerId": "police", "horizon": {"from": "2010-04-01", "to": "2020-03-31"}}""".formatted(safer)));
        String saferIndicators = base + "/priorities/" + safer + "/indicators";
        define(saferIndicators, "crime", "LOWER_IS_BETTER", "70", "2010-04-01", "60", "2015-04-01", "1", 12);
        Http.Answer last = outcome(saferIndicators + "/crime", "y1", "75", "2011-04-01");

        JsonNode progress = read(base + "/progress", last.version()).json();
        JsonNode recycled = indicator(progress, "recycled");
        assertThat(recycled.path("latestValue").decimalValue()).isEqualByComparingTo("40");
        assertThat(recycled.path("expectedAtLatest").decimalValue()).isEqualByComparingTo("41.5058");
        assertThat(recycled.path("rag").asString()).isEqualTo("AMBER");
        assertThat(recycled.path("trend").asString()).isEqualTo("IMPROVING");
        assertThat(recycled.path("stale").asBoolean()).isTrue();
        assertThat(recycled.path("nextMeasurementDue").asString()).isEqualTo("2013-04-01");
        JsonNode waiting = indicator(progress, "waiting");
        assertThat(waiting.path("rag").asString()).isEqualTo("GREEN");
        assertThat(waiting.path("stale").asBoolean()).isFalse();
        assertThat(waiting.path("trend").asString()).isEqualTo("NOT_ENOUGH_DATA");
        assertThat(indicator(progress, "unmeasured").path("rag").asString()).isEqualTo("NOT_MEASURED");
        assertThat(indicator(progress, "crime").path("rag").asString()).isEqualTo("RED");

        assertThat(priority(progress, school).path("rollUp").path("worst").asString()).isEqualTo("AMBER");
        assertThat(priority(progress, longRunning).path("rollUp").path("worst").asString()).isEqualTo("GREEN");
        JsonNode sharedCell = cell(progress, "fairer", "value-for-money");
        assertThat(sharedCell.path("worst").asString()).isEqualTo("AMBER");
        assertThat(sharedCell.path("indicators").asInt()).isEqualTo(3);
        assertThat(sharedCell.path("green").asInt()).isEqualTo(1);
        assertThat(sharedCell.path("amber").asInt()).isEqualTo(1);
        assertThat(sharedCell.path("red").asInt()).isZero();
        assertThat(sharedCell.path("notMeasured").asInt()).isEqualTo(1);
        assertThat(sharedCell.path("stale").asInt()).isEqualTo(2);
        assertThat(cell(progress, "safer", "engagement").path("worst").asString()).isEqualTo("RED");
        assertThat(cell(progress, "safer", "value-for-money").path("indicators").asInt()).isZero();
        assertThat(progress.path("overall").path("worst").asString()).isEqualTo("RED");
        assertThat(progress.path("overall").path("indicators").asInt()).isEqualTo(4);
        assertThat(progress.path("on").asString()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .toString());

        // as of just after the first measurement: one measurement, ahead of the trajectory, no trend yet
        JsonNode then = accepted(200, http.get(base + "/progress?asOf=" + afterFirst)).json();
        JsonNode recycledThen = indicator(then, "recycled");
        assertThat(recycledThen.path("latestValue").decimalValue()).isEqualByComparingTo("38");
        assertThat(recycledThen.path("rag").asString()).isEqualTo("GREEN");
        assertThat(recycledThen.path("trend").asString()).isEqualTo("NOT_ENOUGH_DATA");
        assertThat(then.path("overall").path("indicators").asInt()).isEqualTo(1);

        // a retired priority keeps its own roll-up but no longer colours its cell
        Http.Answer retired = accepted(200, http.post(base + "/priorities/" + safer + "/retire",
                "{\"reason\": \"Merged into the community safety plan\"}"));
        JsonNode afterRetiring = read(base + "/progress", retired.version()).json();
        assertThat(priority(afterRetiring, safer).path("rollUp").path("worst").asString()).isEqualTo("RED");
        assertThat(cell(afterRetiring, "safer", "engagement").path("indicators").asInt()).isZero();
        assertThat(afterRetiring.path("overall").path("worst").asString()).isEqualTo("AMBER");

        assertThat(http.get("/api/partnerships/no-such-partnership/progress").status()).isEqualTo(404);
    }

    private void define(String indicators, String id, String polarity, String baseline, String baselineOn,
                        String target, String targetOn, String tolerance, int interval) {
        accepted(201, http.post(indicators, """
                {"id": "%s", "name": "Indicator %s", "unit": "%%", "polarity": "%s",
                 "baseline": {"value": %s, "on": "%s"}, "target": {"value": %s, "on": "%s"},
                 "tolerance": %s, "reportingIntervalMonths": %d}"""
                .formatted(id, id, polarity, baseline, baselineOn, target, targetOn, tolerance, interval)));
    }

    private Http.Answer outcome(String indicator, String id, String value, String measuredOn) {
        String reporter = indicator.contains("/safer-") ? "police" : "council";
        return accepted(201, http.post(indicator + "/outcomes", """
                {"id": "%s", "reportedBy": "%s", "value": %s, "measuredOn": "%s"}"""
                .formatted(id, reporter, value, measuredOn)));
    }


    private static JsonNode indicator(JsonNode progress, String id) {
        for (JsonNode priority : progress.path("priorities")) {
            for (JsonNode indicator : priority.path("indicators")) {
                if (indicator.path("indicatorId").asString().equals(id)) {
                    return indicator;
                }
            }
        }
        throw new AssertionError("no indicator " + id + " in " + progress);
    }

    private static JsonNode priority(JsonNode progress, String id) {
        for (JsonNode priority : progress.path("priorities")) {
            if (priority.path("priorityId").asString().equals(id)) {
                return priority;
            }
        }
        throw new AssertionError("no priority " + id);
    }

    private static JsonNode cell(JsonNode progress, String theme, String principle) {
        for (JsonNode cell : progress.path("cells")) {
            if (cell.path("themeId").asString().equals(theme) && cell.path("principleId").asString().equals(principle)) {
                return cell.path("rollUp");
            }
        }
        throw new AssertionError("no cell " + theme + " × " + principle);
    }
}
