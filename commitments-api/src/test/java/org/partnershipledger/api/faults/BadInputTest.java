package org.partnershipledger.api.faults;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated corpus of malformed and adversarial requests — broken JSON, wrong types, huge numbers, negative and
 * overflowing money, unknown enum values, overlong strings, control characters, wrong content types, path traversal
 * in ids — each sent to the real service: every one is answered 4xx with a problem document, none 5xx, and the
 * event store does not move.
 */
class BadInputTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Fields that hold measured decimals rather than whole numbers. */
    private static final List<String> DECIMALS = List.of("value", "tolerance");
    private static final List<Object> NOT_TEXT = List.of(1, 1.5, true, List.of(), Map.of());
    private static final List<Object> NOT_A_NUMBER = List.of("12", "x", true, List.of(), Map.of(), "1e400");
    private static final List<Object> NOT_A_WHOLE_NUMBER = List.of(1.5, new java.math.BigDecimal("1e400"),
            new java.math.BigInteger("9".repeat(40)));

    /** A request of the corpus: what it is, and what is sent. */
    private record Bad(String what, String path, byte[] body, String contentType) {
    }

    @Test
    void everyBadRequestIsRefusedWithAProblemAndChangesNothing() {
        String id = newPartnership();
        String base = "/api/partnerships/" + id;
        String priority = newPriority(id);
        String pledges = base + "/priorities/" + priority + "/pledges";
        accepted(201, http.post(pledges, "{\"id\": \"capital\", \"partnerId\": \"council\","
                + " \"amount\": {\"amountMinor\": 100000}, \"financialYear\": \"2010/11\"}"));
        String indicators = base + "/priorities/" + priority + "/indicators";
        accepted(201, http.post(indicators, """
                {"id": "recycled", "name": "Recycled", "unit": "%", "polarity": "HIGHER_IS_BETTER",
                 "baseline": {"value": 33, "on": "2010-04-01"}, "target": {"value": 50, "on": "2014-04-01"},
                 "tolerance": 2, "reportingIntervalMonths": 12}"""));

        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("/api/partnerships", "{\"name\": \"P\", \"place\": \"Here\", \"vision\": \"V\"}");
        valid.put(base + "/themes", "{\"name\": \"Greener\", \"description\": \"More trees\"}");
        valid.put(base + "/partners", "{\"name\": \"Fire\", \"sector\": \"FIRE_AND_RESCUE\"}");
        valid.put(base + "/partners/council/resource-declarations",
                "{\"financialYear\": \"2011/12\", \"staff\": 10, \"volunteers\": 2, \"spend\": {\"amountMinor\": 500}}");
        valid.put(base + "/priorities", "{\"themeId\": \"fairer\", \"principleId\": \"engagement\","
                + " \"title\": \"Listen\", \"leadPartnerId\": \"council\","
                + " \"horizon\": {\"from\": \"2010-04-01\", \"to\": \"2015-03-31\"}}");
        valid.put(pledges, "{\"partnerId\": \"council\", \"amount\": {\"amountMinor\": 100, \"currency\": \"GBP\"},"
                + " \"financialYear\": \"2011/12\", \"kind\": \"CASH\", \"status\": \"COMMITTED\"}");
        valid.put(pledges + "/capital/revise", "{\"amount\": {\"amountMinor\": 90}, \"reason\": \"Cut\"}");
        valid.put(pledges + "/capital/spend", "{\"amount\": {\"amountMinor\": 50}, \"spentOn\": \"2011-01-01\"}");
        valid.put(indicators + "/recycled/outcomes",
                "{\"reportedBy\": \"council\", \"value\": 40, \"measuredOn\": \"2012-04-01\"}");

        List<Bad> corpus = new ArrayList<>();
        valid.forEach((path, body) -> corpus.addAll(mutations(path, body)));
        corpus.addAll(pathsAndIds(base, priority));

        List<String> wrong = new ArrayList<>();
        long before = eventsInStore();
        for (Bad bad : corpus) {
            Http.Answer answer = http.post(bad.path(), bad.body(), bad.contentType());
            String problem = check(answer);
            if (problem != null) {
                wrong.add(bad.what() + " → " + problem);
            }
        }
        assertThat(wrong).as("of %d bad requests", corpus.size()).isEmpty();
        assertThat(eventsInStore()).as("events appended by bad requests").isEqualTo(before);
        assertThat(corpus).hasSizeGreaterThan(300);
    }

    /** Null when the answer is a 4xx problem document without internals, else what is wrong with it. */
    private static String check(Http.Answer answer) {
        if (answer.status() < 400 || answer.status() >= 500) {
            return answer.status() + " " + abbreviate(answer.text());
        }
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return answer.status() + " with content type " + answer.contentType();
        }
        JsonNode problem = answer.json();
        if (problem.path("status").asInt() != answer.status() || problem.path("title").asString().isEmpty()) {
            return "not a problem document: " + abbreviate(answer.text());
        }
        if (answer.text().contains("Exception") || answer.text().contains("\tat ")) {
            return "internals shown: " + abbreviate(answer.text());
        }
        return null;
    }

    private static List<Bad> mutations(String path, String validBody) {
        List<Bad> bad = new ArrayList<>();
        byte[] valid = validBody.getBytes(StandardCharsets.UTF_8);
        // broken JSON
        for (int cut : new int[]{1, valid.length / 3, valid.length / 2, valid.length - 1}) {
            bad.add(json(path, "truncated at " + cut, new String(valid, 0, cut, StandardCharsets.UTF_8)));
        }
        for (String broken : List.of("", "{", "}", "[]", "null", "\"text\"", "42", "{\"a\":}", "{'name': 'x'}",
                validBody + "}", validBody + " trailing", "{\"name\": \"x\",}", "{\"name\" \"x\"}",
                validBody.replaceFirst("\\{", "{\"__proto__\": {},"), "\uFEFF" + validBody.replace("{", "{{"))) {
            bad.add(json(path, "broken JSON " + abbreviate(broken), broken));
        }
        bad.add(new Bad(path + " invalid UTF-8", path, new byte[]{'{', '"', 'n', '"', ':', '"', (byte) 0xC3,
                (byte) 0x28, '"', '}'}, "application/json"));
        bad.add(json(path, "nested 5000 deep", "{\"name\": " + "[".repeat(5000) + "]".repeat(5000) + "}"));
        // wrong content types
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream")) {
            bad.add(new Bad(path + " as " + type, path, valid, type));
        }
        // every field: wrong types, unknown enum values, overlong and hostile text, bad money and dates
        ObjectNode original = (ObjectNode) JSON.readTree(validBody);
        for (String field : fieldPaths(original, "")) {
            JsonNode sample = original.at("/" + field.replace('.', '/'));
            String leaf = field.substring(field.lastIndexOf('.') + 1);
            List<Object> wrongValues = new ArrayList<>(sample.isString() ? NOT_TEXT : NOT_A_NUMBER);
            if (DECIMALS.contains(leaf)) {
                wrongValues.addAll(List.of(new java.math.BigDecimal("1e400"), new java.math.BigInteger("9".repeat(40)),
                        new java.math.BigDecimal("0.0000001")));
            } else if (sample.isIntegralNumber()) {
                wrongValues.addAll(NOT_A_WHOLE_NUMBER);
            }
            for (Object value : wrongValues) {
                variant(bad, path, original, field, value, "wrong type");
            }
            variant(bad, path, original, field, "x".repeat(70_000), "70 000 characters");
            variant(bad, path, original, field, "Council\u0000\u001b[31m", "control characters");
            variant(bad, path, original, field, "evil\u202Eedoc", "bidirectional override");
        }
        for (String field : fieldPaths(original, "")) {
            String leaf = field.substring(field.lastIndexOf('.') + 1);
            switch (leaf) {
                case "amountMinor" -> {
                    variant(bad, path, original, field, -1, "negative money");
                    variant(bad, path, original, field, Long.MAX_VALUE, "money at the 64-bit limit");
                    variant(bad, path, original, field, new java.math.BigInteger("9223372036854775808"),
                            "money past the 64-bit limit");
                    variant(bad, path, original, field, 100.5, "fractional minor units");
                }
                case "currency" -> {
                    variant(bad, path, original, field, "XXY", "no such currency");
                    variant(bad, path, original, field, "gbp", "lower-case currency");
                }
                case "sector", "kind", "status", "polarity" ->
                        variant(bad, path, original, field, "GOLDEN", "unknown enum value");
                case "financialYear" -> {
                    variant(bad, path, original, field, "2010/12", "not consecutive years");
                    variant(bad, path, original, field, "10/11", "short year");
                }
                case "from", "to", "spentOn", "measuredOn" -> {
                    variant(bad, path, original, field, "2010-02-30", "no such day");
                    variant(bad, path, original, field, "yesterday", "not a date");
                }
                case "staff", "volunteers" -> variant(bad, path, original, field, -5, "negative count");
                case "name", "title", "reason", "place", "vision" -> {
                    variant(bad, path, original, field, "   ", "blank");
                    variant(bad, path, original, field, "x".repeat(4001), "4001 characters");
                }
                default -> {
                }
            }
        }
        ObjectNode unknown = original.deepCopy();
        unknown.put("isAdmin", true);
        bad.add(json(path, "unknown field", unknown.toString()));
        for (String id : List.of("../../etc/passwd", "a/b", "sutton\u0000", "x".repeat(81), "<script>", "a b",
                "%2e%2e")) {
            ObjectNode withId = original.deepCopy();
            withId.put("id", id);
            bad.add(json(path, "id " + abbreviate(id), withId.toString()));
        }
        return bad;
    }

    private static List<Bad> pathsAndIds(String base, String priority) {
        List<Bad> bad = new ArrayList<>();
        String body = "{\"name\": \"Renamed\"}";
        for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..;", "a%00b", "%252e%252e", "x".repeat(300),
                "%E2%80%AEevil", "%C3%28", "sutton%0d%0aSet-Cookie:x=y")) {
            bad.add(json(base + "/themes/" + id + "/rename", "theme id " + abbreviate(id), body));
            bad.add(json("/api/partnerships/" + id + "/themes", "partnership id " + abbreviate(id), body));
            bad.add(json(base + "/priorities/" + priority + "/pledges/" + id + "/revise", "pledge id " + abbreviate(id),
                    "{\"amount\": {\"amountMinor\": 1}, \"reason\": \"r\"}"));
        }
        return bad;
    }

    private static void variant(List<Bad> bad, String path, ObjectNode original, String field, Object value,
                                String what) {
        ObjectNode copy = original.deepCopy();
        String[] parts = field.split("\\.");
        ObjectNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.set(parts[parts.length - 1], JSON.valueToTree(value));
        String text = copy.toString();
        if (value instanceof String s && s.equals("1e400")) {
            text = text.replace("\"1e400\"", "1e400");
        }
        bad.add(json(path, field + " = " + abbreviate(String.valueOf(value)) + " (" + what + ")", text));
    }

    private static List<String> fieldPaths(ObjectNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String path = prefix + field.getKey();
            if (field.getValue() instanceof ObjectNode child) {
                paths.addAll(fieldPaths(child, path + "."));
            } else {
                paths.add(path);
            }
        }
        return paths;
    }

    private static Bad json(String path, String what, String body) {
        return new Bad(path + ": " + what, path, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static String abbreviate(String text) {
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
