package org.partnershipledger.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain HTTP client against the service's real port: what a REST client sends is what the test sends. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    /** An answer: status, headers and body (parsed as JSON when it is JSON). */
    public record Answer(int status, java.net.http.HttpHeaders headers, String text) {

        public JsonNode json() {
            return JSON.readTree(text);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public long version() {
            return Long.parseLong(header("Ledger-Version"));
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json"));
    }

    public Answer get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", accept));
    }

    public Answer post(String path, String json) {
        return post(path, json, "application/json");
    }

    public Answer post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Answer post(String path, Object body) {
        return post(path, JSON.writeValueAsString(body));
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
