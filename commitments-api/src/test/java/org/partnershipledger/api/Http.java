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
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private final java.util.Map<String, String> headers;

    /** Unauthenticated. */
    public Http(int port) {
        this("http://localhost:" + port, null, java.util.Map.of());
    }

    private Http(String base, String authorization, java.util.Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** Signed in as one of the test users (see application-testusers.yml; passwords are "<name>-pw"). */
    public Http as(String user) {
        String token = java.util.Base64.getEncoder()
                .encodeToString((user + ":" + user + "-pw").getBytes(StandardCharsets.UTF_8));
        return new Http(base, "Basic " + token, headers);
    }

    /** With a bearer token. */
    public Http bearer(String token) {
        return new Http(base, "Bearer " + token, headers);
    }

    /** With an extra header on every request. */
    public Http with(String header, String value) {
        java.util.Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(header, value);
        return new Http(base, authorization, java.util.Map.copyOf(more));
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

    public Answer post(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
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
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
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
