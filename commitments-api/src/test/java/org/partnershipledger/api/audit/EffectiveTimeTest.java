package org.partnershipledger.api.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recorded time and effective time: a pledge for 2010/11 recorded in the following year counts in 2010/11 as the
 * ledger now stands, and is absent from 2010/11 as it had been recorded by the end of that year; outcomes count on
 * the day they were measured, whenever they were recorded.
 */
class EffectiveTimeTest extends ApiTest {

    @Test
    void moneyReadsCountOneFinancialYearAsRecordedThenOrNow() throws Exception {
        String id = newPartnership();
        String priority = newPriority(id);
        String base = "/api/partnerships/" + id;
        String pledges = base + "/priorities/" + priority + "/pledges";
        pledge(pledges, "first-year", "council", 10_000, "2010/11");
        pledge(pledges, "second-year", "police", 700, "2011/12");
        Http.Answer spent = accepted(201, http.post(pledges + "/first-year/spend",
                "{\"id\": \"q1\", \"amount\": {\"amountMinor\": 2500}, \"spentOn\": \"2010-06-30\"}"));
        declare(base, "council", "2010/11", 40);
        Http.Answer declared = declare(base, "council", "2011/12", 45);
        Instant yearEnd = justAfter(id, declared.version());
        Thread.sleep(20);
        // recorded after the instant we call "the end of 2010/11", but for 2010/11
        Http.Answer late = pledge(pledges, "late", "council", 300, "2010/11");
        read(base + "/matrix", late.version());
        String year = "financialYear=2010/11";

        JsonNode allYears = accepted(200, http.get(base + "/matrix")).json();
        assertThat(allYears.path("financialYear").isNull()).isTrue();
        assertThat(pledged(allYears.path("totals"))).isEqualTo(11_000);
        JsonNode yearNow = accepted(200, http.get(base + "/matrix?" + year)).json();
        assertThat(yearNow.path("financialYear").asString()).isEqualTo("2010/11");
        assertThat(pledged(yearNow.path("totals"))).isEqualTo(10_300);
        assertThat(yearNow.path("totals").path("spent").get(0).path("amountMinor").asLong()).isEqualTo(2500);
        JsonNode cell = yearNow.path("cells").get(0);
        assertThat(cell.path("themeId").asString()).isEqualTo("fairer");
        assertThat(pledged(cell.path("totals"))).isEqualTo(10_300);
        JsonNode yearAsRecorded = accepted(200, http.get(base + "/matrix?" + year + "&asOf=" + yearEnd)).json();
        assertThat(pledged(yearAsRecorded.path("totals"))).isEqualTo(10_000);
        assertThat(pledged(accepted(200, http.get(base + "/matrix?financialYear=2011/12")).json().path("totals")))
                .isEqualTo(700);
        assertThat(accepted(200, http.get(base + "/matrix?financialYear=2015/16")).json().path("totals")
                .path("pledged")).isEmpty();

        JsonNode priorityNow = accepted(200, http.get(base + "/priorities/" + priority + "?" + year)).json();
        assertThat(priorityNow.path("financialYear").asString()).isEqualTo("2010/11");
        assertThat(priorityNow.path("pledges").findValuesAsString("pledgeId")).containsExactly("first-year", "late");
        assertThat(pledged(priorityNow.path("totals"))).isEqualTo(10_300);
        assertThat(accepted(200, http.get(pledges + "?" + year + "&asOf=" + yearEnd)).json()
                .findValuesAsString("pledgeId")).containsExactly("first-year");
        assertThat(accepted(200, http.get(pledges + "?financialYear=2011/12")).json()
                .findValuesAsString("pledgeId")).containsExactly("second-year");
        assertThat(accepted(200, http.get(pledges)).json().findValuesAsString("pledgeId"))
                .containsExactly("first-year", "second-year", "late");

        JsonNode councilNow = accepted(200, http.get(base + "/partners/council/commitments?" + year)).json();
        assertThat(councilNow.path("financialYear").asString()).isEqualTo("2010/11");
        assertThat(councilNow.path("pledges").findValuesAsString("pledgeId")).containsExactly("first-year", "late");
        assertThat(councilNow.path("resourceDeclarations").findValuesAsString("financialYear"))
                .containsExactly("2010/11");
        JsonNode councilThen = accepted(200, http.get(base + "/partners/council/commitments?" + year
                + "&asOf=" + yearEnd)).json();
        assertThat(councilThen.path("pledges").findValuesAsString("pledgeId")).containsExactly("first-year");
        assertThat(pledged(councilThen.path("totals"))).isEqualTo(10_000);
        assertThat(accepted(200, http.get(base + "/partners/police/commitments?" + year)).json().path("pledges"))
                .isEmpty();

        assertThat(csv(base + "/exports/pledges.csv?" + year)).extracting(r -> r.get("pledge_id"))
                .containsExactly("first-year", "late");
        assertThat(csv(base + "/exports/pledges.csv?" + year + "&asOf=" + yearEnd)).extracting(r -> r.get("pledge_id"))
                .containsExactly("first-year");
        assertThat(csv(base + "/exports/spend.csv?financialYear=2011/12")).isEmpty();
        assertThat(csv(base + "/exports/spend.csv?" + year)).extracting(r -> r.get("spend_id")).containsExactly("q1");
        assertThat(csv(base + "/exports/matrix.csv?" + year + "&asOf=" + yearEnd))
                .filteredOn(r -> r.get("priority_id").equals(priority))
                .extracting(r -> r.get("pledged_minor")).containsExactly("10000");
        assertThat(spent.version()).isLessThan(late.version());

        refused(400, "http.400", () -> http.get(base + "/matrix?financialYear=2010/12"));
        refused(400, "http.400", () -> http.get(base + "/partners/council/commitments?financialYear=last"));
    }

    @Test
    void progressIsJudgedOnTheDayAskedWhateverWasRecordedLater() throws Exception {
        String id = newPartnership();
        String base = "/api/partnerships/" + id;
        String indicators = base + "/priorities/" + newPriority(id) + "/indicators";
        // 33 → 50 over 1 April 2010 – 1 April 2014, reported yearly; amber within 2 points.
        accepted(201, http.post(indicators, """
                {"id": "recycled", "name": "Recycled", "unit": "%", "polarity": "HIGHER_IS_BETTER",
                 "baseline": {"value": 33, "on": "2010-04-01"}, "target": {"value": 50, "on": "2014-04-01"},
                 "tolerance": 2, "reportingIntervalMonths": 12}"""));
        Http.Answer onTrack = outcome(indicators, "y1", "38", "2011-04-01");
        Instant recordedFirst = justAfter(id, onTrack.version());
        Thread.sleep(20);
        // the 2012 measurement, recorded after the instant kept above
        Http.Answer behind = outcome(indicators, "y2", "36", "2012-04-01");
        read(base + "/progress", behind.version());

        JsonNode in2011 = indicator(accepted(200, http.get(base + "/progress?on=2011-06-30")).json());
        assertThat(in2011.path("latestValue").decimalValue()).isEqualByComparingTo("38");
        assertThat(in2011.path("rag").asString()).isEqualTo("GREEN");
        assertThat(in2011.path("measurements").asInt()).isEqualTo(1);
        assertThat(in2011.path("stale").asBoolean()).isFalse();

        JsonNode in2012 = indicator(accepted(200, http.get(base + "/progress?on=2012-06-30")).json());
        assertThat(in2012.path("latestValue").decimalValue()).isEqualByComparingTo("36");
        assertThat(in2012.path("rag").asString()).isEqualTo("RED");
        assertThat(in2012.path("measurements").asInt()).isEqualTo(2);

        JsonNode in2012AsRecordedEarlier = indicator(accepted(200,
                http.get(base + "/progress?on=2012-06-30&asOf=" + recordedFirst)).json());
        assertThat(in2012AsRecordedEarlier.path("latestValue").decimalValue()).isEqualByComparingTo("38");
        assertThat(in2012AsRecordedEarlier.path("measurements").asInt()).isEqualTo(1);
        assertThat(in2012AsRecordedEarlier.path("stale").asBoolean()).isTrue();

        assertThat(accepted(200, http.get(base + "/progress?on=2011-06-30")).json().path("on").asString())
                .isEqualTo("2011-06-30");
        refused(400, "http.400", () -> http.get(base + "/progress?on=30/06/2011"));
    }

    private Http.Answer pledge(String pledges, String id, String partner, long amountMinor, String year) {
        return accepted(201, http.post(pledges, """
                {"id": "%s", "partnerId": "%s", "amount": {"amountMinor": %d}, "financialYear": "%s",
                 "status": "COMMITTED"}""".formatted(id, partner, amountMinor, year)));
    }

    private Http.Answer declare(String base, String partner, String year, int staff) {
        return accepted(201, http.post(base + "/partners/" + partner + "/resource-declarations", """
                {"financialYear": "%s", "staff": %d, "spend": {"amountMinor": 100000}}""".formatted(year, staff)));
    }

    private Http.Answer outcome(String indicators, String id, String value, String measuredOn) {
        return accepted(201, http.post(indicators + "/recycled/outcomes", """
                {"id": "%s", "reportedBy": "council", "value": %s, "measuredOn": "%s"}"""
                .formatted(id, value, measuredOn)));
    }


    private List<CSVRecord> csv(String path) throws Exception {
        Http.Answer answer = accepted(200, http.get(path));
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(answer.text())).getRecords();
    }

    private static long pledged(JsonNode totals) {
        return totals.path("pledged").get(0).path("amountMinor").asLong();
    }

    private static JsonNode indicator(JsonNode progress) {
        for (JsonNode priority : progress.path("priorities")) {
            for (JsonNode indicator : priority.path("indicators")) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator in " + progress);
    }
}
