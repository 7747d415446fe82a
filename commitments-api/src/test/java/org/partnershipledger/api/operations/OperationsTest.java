package org.partnershipledger.api.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import org.partnershipledger.projections.Ledger;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTest extends ApiTest {

    @Autowired
    ReadModelProcessor processor;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventProcessorProperties properties;

    @Autowired
    TokenStore tokens;

    /**
     * The read-model processor running is the one registered with the shorter wait for events, and still has the
     * threads, batch size and segments its properties give (two threads and two segments on PostgreSQL, one of each
     * on H2). Axon keeps the wait and the batch size to itself, so they are read from its fields.
     */
    @Test
    void theReadModelProcessorWaitsBrieflyForEventsWithTheSettingsItsPropertiesGive() throws Exception {
        EventProcessorProperties.ProcessorSettings settings = properties.getProcessors().get(Ledger.PROCESSING_GROUP);
        TrackingEventProcessor running = processing
                .eventProcessor(Ledger.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();

        assertThat(field(running, "eventAvailabilityTimeout")).isEqualTo(200);
        assertThat(field(running, "batchSize")).isEqualTo(settings.getBatchSize()).isEqualTo(100);
        assertThat(running.maxCapacity()).isEqualTo(settings.getThreadCount());
        assertThat(tokens.fetchSegments(Ledger.PROCESSING_GROUP)).hasSize(settings.getInitialSegmentCount());
    }

    private static Object field(Object of, String name) throws ReflectiveOperationException {
        Field field = of.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(of);
    }

    @Test
    void healthIsReportedForProbes() {
        assertThat(accepted(200, http.get("/actuator/health")).json().path("status").asString()).isEqualTo("UP");
        assertThat(accepted(200, http.get("/actuator/health/readiness")).json().path("status").asString())
                .isEqualTo("UP");
        assertThat(accepted(200, http.get("/actuator/info")).json().path("product").asString())
                .isEqualTo("Partnership commitments ledger");
    }

    @Test
    void axonsCommandEventAndProcessorMetricsAreExportedWithTags() {
        newPartnership();
        String metrics = accepted(200, http.get("/actuator/prometheus", "text/plain")).text();
        assertThat(metrics).containsPattern("commandBus_[A-Za-z_]+\\{[^}]*payloadType=\"AdmitPartner\"");
        assertThat(metrics).containsPattern("eventProcessor[A-Za-z_]*\\{[^}]*processorName=\"ledger\"");
        assertThat(metrics).contains("eventStore_successCounter_total", "http_server_requests_seconds_count");
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        JsonNode openApi = accepted(200, http.get("/v3/api-docs")).json();
        JsonNode paths = openApi.path("paths");
        assertThat(paths.has("/api/partnerships")).isTrue();
        assertThat(paths.has("/api/partnerships/{partnershipId}/matrix")).isTrue();
        assertThat(paths.has("/api/partnerships/{partnershipId}/priorities/{priorityId}/pledges/{pledgeId}/spend"))
                .isTrue();
        assertThat(paths.has("/api/partnerships/{partnershipId}/priorities/{priorityId}/indicators/{indicatorId}"
                + "/outcomes")).isTrue();
        assertThat(paths.has("/api/partnerships/{partnershipId}/audit-trail")).isTrue();
        assertThat(paths.has("/api/partnerships/{partnershipId}/partners/{partnerId}/resource-declarations"))
                .isTrue();
        assertThat(accepted(200, http.get("/swagger-ui/index.html", "text/html")).text()).contains("Swagger UI");

        // the headers read and written around the controllers: on every command, and only there
        JsonNode pledge = paths.path("/api/partnerships/{partnershipId}/priorities/{priorityId}/pledges");
        assertThat(headerParameters(pledge.path("post"))).contains("Idempotency-Key", "If-Match");
        assertThat(headerParameters(pledge.path("get"))).doesNotContain("Idempotency-Key", "If-Match");
        JsonNode answered = pledge.path("post").path("responses").properties().stream()
                .filter(response -> response.getKey().startsWith("2")).findFirst().orElseThrow().getValue();
        assertThat(answered.path("headers").propertyNames())
                .contains("Ledger-Version", "ETag", "Idempotency-Replayed");
        List<JsonNode> commands = paths.properties().stream()
                .flatMap(path -> path.getValue().properties().stream()).map(Map.Entry::getValue)
                .filter(operation -> operation.path("responses").toString().contains("#/components/schemas/Receipt"))
                .toList();
        assertThat(commands).as("every command answers a receipt").hasSizeGreaterThan(20)
                .allSatisfy(command -> assertThat(headerParameters(command)).contains("Idempotency-Key", "If-Match"));
    }

    @Test
    void readyMeansTheReadModelsAreCaughtUp() throws Exception {
        JsonNode ready = accepted(200, http.get("/actuator/health/readiness")).json();
        assertThat(ready.path("components").path("readModels").path("status").asString()).isEqualTo("UP");
        assertThat(ready.path("components").path("readModels").path("details").path("lag").asLong()).isZero();

        processor.stop();
        try {
            Http.Answer stopped = http.get("/actuator/health/readiness");
            assertThat(stopped.status()).isEqualTo(503);
            assertThat(stopped.json().path("components").path("readModels").path("status").asString())
                    .isEqualTo("OUT_OF_SERVICE");
            assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        } finally {
            processor.start();
        }
        processor.awaitCaughtUp(java.time.Duration.ofSeconds(30));
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    private static List<String> headerParameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if (p.path("in").asString().equals("header")) {
                names.add(p.path("name").asString());
            }
        });
        return names;
    }
}
