package org.partnershipledger.api.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyEventIsInTheTrailInOrderWithWhoWhenWhichDecisionAndWhy() {
        String id = newPartnership();
        String priority = newPriority(id);
        Http.Answer pledged = accepted(201, http.post("/api/partnerships/" + id + "/priorities/" + priority
                + "/pledges", """
                {"id": "p1", "partnerId": "council", "amount": {"amountMinor": 150}, "financialYear": "2010/11",
                 "decision": {"reference": "Board 2010-09-14, minute 7", "rationale": "Capital programme"}}"""));

        JsonNode page = read("/api/partnerships/" + id + "/audit-trail", pledged.version()).json();
        assertThat(page.path("totalEntries").asLong()).isEqualTo(pledged.version() + 1);
        JsonNode entries = page.path("entries");
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).path("sequenceNumber").asLong()).isEqualTo(i);
            assertThat(entries.get(i).path("actor").asString()).isEqualTo("clerk");
            assertThat(entries.get(i).path("recordedAt").asString()).isNotBlank();
            assertThat(entries.get(i).path("summary").asString()).isNotBlank();
        }
        assertThat(entries.get(0).path("eventType").asString()).isEqualTo("PartnershipEstablished");
        assertThat(entries.get(0).path("decisionReference").asString()).isEqualTo("Board 2010-09-14, minute 7");
        JsonNode pledge = entries.get(entries.size() - 1);
        assertThat(pledge.path("eventType").asString()).isEqualTo("BudgetPledged");
        assertThat(pledge.path("decisionRationale").asString()).isEqualTo("Capital programme");
        assertThat(pledge.path("summary").asString()).contains("council", "GBP 1.50", priority);
        assertThat(pledge.path("data").path("amount").path("amountMinor").asLong()).isEqualTo(150);
    }

    @Test
    void theTrailIsFilteredAndPaged() {
        String id = newPartnership();
        String priority = newPriority(id);
        String base = "/api/partnerships/" + id + "/audit-trail";
        Http.Answer last = accepted(200, http.post("/api/partnerships/" + id + "/priorities/" + priority + "/achieve",
                "{}"));
        long total = read(base, last.version()).json().path("totalEntries").asLong();

        assertThat(http.get(base + "?eventType=PartnerAdmitted").json().path("totalEntries").asLong()).isEqualTo(3);
        assertThat(http.get(base + "?priorityId=" + priority).json().path("entries").findValuesAsString("eventType"))
                .containsExactly("PriorityAdopted", "PriorityAchieved");
        assertThat(http.get(base + "?partnerId=police").json().path("entries").findValuesAsString("eventType"))
                .containsExactly("PartnerAdmitted", "PriorityAdopted");

        JsonNode second = http.get(base + "?size=3&page=1").json();
        assertThat(second.path("entries")).hasSize(3);
        assertThat(second.path("entries").get(0).path("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(second.path("totalEntries").asLong()).isEqualTo(total);

        String future = URLEncoder.encode(Instant.now().plusSeconds(3600).toString(), StandardCharsets.UTF_8);
        String past = URLEncoder.encode("2000-01-01T00:00:00Z", StandardCharsets.UTF_8);
        assertThat(http.get(base + "?from=" + future).json().path("totalEntries").asLong()).isZero();
        assertThat(http.get(base + "?from=" + past + "&to=" + future).json().path("totalEntries").asLong())
                .isEqualTo(total);
        refused(400, "http.400", () -> http.get(base + "?from=yesterday"));
        refused(400, "http.400", () -> http.get(base + "?size=100000"));
    }

    @Test
    void theTrailExportsAsCsv() throws IOException {
        String id = newPartnership();
        long version = storeVersion(id);
        Http.Answer csv = accepted(200, http.get("/api/partnerships/" + id + "/audit-trail?minVersion=" + version,
                "text/csv"));
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text())).getRecords();
        assertThat(rows).hasSize((int) version + 1);
        assertThat(rows.get(0).toMap().keySet()).containsExactly("sequence_number", "recorded_at", "event_type",
                "actor", "decision_reference", "decision_rationale", "priority_id", "summary", "event_id", "data");
        assertThat(rows.get(0).get("event_type")).isEqualTo("PartnershipEstablished");
        assertThat(rows.get(0).get("data")).contains("\"vision\":\"A fairer place\"");
        assertThat(csv.text()).contains("\r\n");
    }

    /**
     * Each entry's data is the event as the event store holds it, read from the store for the page asked for: the
     * whole trail's pages, and a filtered page, whose entries are not consecutive.
     */
    @Test
    void eachEntryHoldsTheEventAsStored() {
        String id = newPartnership();
        newPriority(id);
        String base = "/api/partnerships/" + id + "/audit-trail";
        read(base, storeVersion(id));

        List<JsonNode> stored = jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number").param(id)
                .query((rs, n) -> JSON.readTree(new String(rs.getBytes(1), StandardCharsets.UTF_8))).list();
        List<JsonNode> trail = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            http.get(base + "?size=3&page=" + page).json().path("entries").forEach(e -> trail.add(e.path("data")));
        }
        assertThat(trail).containsExactlyElementsOf(stored.subList(0, 6));

        JsonNode admitted = http.get(base + "?eventType=PartnerAdmitted").json().path("entries");
        assertThat(admitted).hasSize(3);
        for (JsonNode entry : admitted) {
            assertThat(entry.path("data")).isEqualTo(stored.get(entry.path("sequenceNumber").asInt()));
            assertThat(entry.path("data").path("partnerId").asString()).isNotBlank();
        }
    }
}
