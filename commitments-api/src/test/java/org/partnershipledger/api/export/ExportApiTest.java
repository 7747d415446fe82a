package org.partnershipledger.api.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every export is RFC 4180 UTF-8 CSV (or 360Giving JSON) with its documented columns, matching the API. */
class ExportApiTest extends ApiTest {

    private static final String AWKWARD_NOTE = "Invoice \"A-1\", part paid\nsecond line — café";

    @Test
    void csvExportsHoldTheLedgerFiguresUnderTheirDocumentedColumns() throws Exception {
        String id = newPartnership();
        String base = "/api/partnerships/" + id;
        String priority = newPriority(id);
        String pledges = base + "/priorities/" + priority + "/pledges";
        accepted(201, http.post(base + "/partners/council/resource-declarations", """
                {"financialYear": "2010/11", "staff": 2535, "spend": {"amountMinor": 45300000007}}"""));
        accepted(201, http.post(pledges, """
                {"id": "capital", "partnerId": "council", "amount": {"amountMinor": 200000010},
                 "financialYear": "2010/11", "status": "COMMITTED"}"""));
        Http.Answer spent = accepted(201, http.post(pledges + "/capital/spend", """
                {"id": "q3", "amount": {"amountMinor": 2010}, "spentOn": "2010-12-15", "note": %s}"""
                .formatted(json(AWKWARD_NOTE))));
        Instant before = justAfter(id, spent.version());
        Thread.sleep(20);
        accepted(201, http.post(pledges, """
                {"id": "later", "partnerId": "police", "amount": {"amountMinor": 500, "currency": "EUR"},
                 "financialYear": "2011/12"}"""));
        accepted(201, http.post(base + "/priorities/" + priority + "/indicators", """
                {"id": "recycled", "name": "Recycled", "unit": "%", "polarity": "HIGHER_IS_BETTER",
                 "baseline": {"value": 33, "on": "2010-04-01"}, "target": {"value": 50, "on": "2014-04-01"},
                 "tolerance": 2, "reportingIntervalMonths": 12}"""));
        Http.Answer last = accepted(201, http.post(base + "/priorities/" + priority + "/indicators/recycled/outcomes",
                "{\"id\": \"y2\", \"reportedBy\": \"council\", \"value\": 40, \"measuredOn\": \"2012-04-01\"}"));
        read(base, last.version());

        List<CSVRecord> pledgeRows = csv(base + "/exports/pledges.csv", CsvExports.PLEDGES);
        assertThat(pledgeRows).hasSize(2);
        CSVRecord capital = pledgeRows.get(0);
        assertThat(capital.get("pledge_id")).isEqualTo("capital");
        assertThat(capital.get("amount_minor")).isEqualTo("200000010");
        assertThat(capital.get("amount")).isEqualTo("2000000.10");
        assertThat(capital.get("spent_minor")).isEqualTo("2010");
        assertThat(capital.get("spent")).isEqualTo("20.10");
        assertThat(capital.get("status")).isEqualTo("COMMITTED");
        assertThat(capital.get("withdrawn")).isEqualTo("false");
        assertThat(pledgeRows.get(1).get("currency")).isEqualTo("EUR");
        assertThat(pledgeRows.get(1).get("amount")).isEqualTo("5.00");

        List<CSVRecord> spendRows = csv(base + "/exports/spend.csv", CsvExports.SPEND);
        assertThat(spendRows).hasSize(1);
        assertThat(spendRows.get(0).get("note")).isEqualTo(AWKWARD_NOTE);
        assertThat(spendRows.get(0).get("pledge_id")).isEqualTo("capital");
        assertThat(spendRows.get(0).get("financial_year")).isEqualTo("2010/11");
        assertThat(spendRows.get(0).get("spent_on")).isEqualTo("2010-12-15");

        List<CSVRecord> matrixRows = csv(base + "/exports/matrix.csv", CsvExports.MATRIX);
        // 2 × 2 cells; the priority has money in two currencies, so two rows; three empty cells one row each
        assertThat(matrixRows).hasSize(5);
        List<CSVRecord> ours = matrixRows.stream().filter(r -> r.get("priority_id").equals(priority)).toList();
        assertThat(ours).extracting(r -> r.get("currency")).containsExactly("EUR", "GBP");
        assertThat(ours.get(1).get("pledged_minor")).isEqualTo("200000010");
        assertThat(ours.get(1).get("committed_minor")).isEqualTo("200000010");
        assertThat(ours.get(0).get("committed_minor")).isEqualTo("0");
        assertThat(ours.get(1).get("rag")).isEqualTo("AMBER");
        assertThat(ours.get(1).get("supporting_partner_ids")).isEqualTo("police");
        assertThat(matrixRows.get(matrixRows.size() - 1).get("priority_id")).isEmpty();

        List<CSVRecord> outcomeRows = csv(base + "/exports/outcomes.csv", CsvExports.OUTCOMES);
        assertThat(outcomeRows).hasSize(1);
        assertThat(outcomeRows.get(0).get("expected_value")).isEqualTo("41.5058");
        assertThat(outcomeRows.get(0).get("rag")).isEqualTo("AMBER");

        List<CSVRecord> declared = csv(base + "/exports/resource-declarations.csv", CsvExports.RESOURCE_DECLARATIONS);
        assertThat(declared).hasSize(1);
        assertThat(declared.get(0).get("partner_name")).isEqualTo("Testborough Council");
        assertThat(declared.get(0).get("spend")).isEqualTo("453000000.07");

        List<CSVRecord> trail = csv(base + "/exports/audit-trail.csv", List.of("sequence_number", "recorded_at",
                "event_type", "actor", "decision_reference", "decision_rationale", "priority_id", "summary", "event_id",
                "data"));
        assertThat(trail).hasSize((int) last.version() + 1);

        // as of an earlier instant the later pledge is absent
        assertThat(csv(base + "/exports/pledges.csv?asOf=" + before, CsvExports.PLEDGES)).hasSize(1);
        assertThat(http.get("/api/partnerships/nobody-here/exports/pledges.csv", "text/csv").status()).isEqualTo(404);
    }

    @Test
    void committedPledgesAreGrantsIn360GivingShape() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id;
        String priority = newPriority(id);
        String pledges = base + "/priorities/" + priority + "/pledges";
        accepted(201, http.post(pledges, """
                {"id": "capital", "partnerId": "council", "amount": {"amountMinor": 200000010},
                 "financialYear": "2010/11", "status": "COMMITTED"}"""));
        accepted(201, http.post(pledges + "/capital/spend",
                "{\"id\": \"q3\", \"amount\": {\"amountMinor\": 75000000}, \"spentOn\": \"2010-12-15\"}"));
        accepted(201, http.post(pledges, """
                {"id": "maybe", "partnerId": "police", "amount": {"amountMinor": 100}, "financialYear": "2010/11"}"""));
        accepted(201, http.post(pledges, """
                {"id": "gone", "partnerId": "police", "amount": {"amountMinor": 100}, "financialYear": "2010/11",
                 "status": "COMMITTED"}"""));
        Http.Answer last = accepted(200, http.post(pledges + "/gone/withdraw", "{\"reason\": \"Cut\"}"));

        Http.Answer answer = accepted(200, read(base + "/exports/360giving.json", last.version()));
        assertThat(answer.header("Content-Disposition")).contains("attachment");
        JsonNode grants = answer.json().path("grants");
        assertThat(grants).hasSize(1);
        JsonNode grant = grants.get(0);
        assertThat(grant.path("id").asString()).isEqualTo("360G-ledger-" + id + "-capital");
        assertThat(grant.path("currency").asString()).isEqualTo("GBP");
        assertThat(grant.path("amountAwarded").decimalValue()).isEqualByComparingTo("2000000.10");
        assertThat(grant.path("amountDisbursed").decimalValue()).isEqualByComparingTo("750000.00");
        assertThat(grant.path("fundingOrganization").get(0).path("name").asString()).isEqualTo("Testborough Council");
        assertThat(grant.path("recipientOrganization").get(0).path("name").asString()).isEqualTo("Test Partnership");
        assertThat(grant.path("plannedDates").get(0).path("startDate").asString()).isEqualTo("2010-04-01");
        assertThat(grant.path("plannedDates").get(0).path("endDate").asString()).isEqualTo("2011-03-31");
        assertThat(grant.path("title").asString()).isEqualTo("Rebuild the school");
        assertThat(grant.path("classifications").get(0).path("code").asString()).isEqualTo("fairer");
    }

    private List<CSVRecord> csv(String path, List<String> columns) throws IOException {
        Http.Answer answer = accepted(200, http.get(path, "text/csv"));
        assertThat(answer.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(answer.header("Content-Disposition")).startsWith("attachment;");
        assertThat(answer.text()).contains("\r\n");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(answer.text()))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(columns);
            return parser.getRecords();
        }
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
