package org.partnershipledger.api.security;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads carry the partnership's version as an ETag; a write with a stale If-Match changes nothing. */
class OptimisticConcurrencyTest extends ApiTest {

    @Test
    void aWriteOnTheVersionLastReadSucceedsAndAStaleOneIsRefused() {
        String id = newPartnership();
        String themes = "/api/partnerships/" + id + "/themes";
        Http.Answer read = accepted(200, read(themes, storeVersion(id)));
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"" + storeVersion(id) + "\"");

        Http.Answer renamed = accepted(200, http.with("If-Match", etag).post(themes + "/fairer/rename",
                "{\"name\": \"Fairer Sutton\"}"));
        assertThat(renamed.header("ETag")).isEqualTo("\"" + renamed.version() + "\"");

        Http.Answer stale = refused(412, "partnership.version-mismatch", () -> http.with("If-Match", etag)
                .post(themes + "/safer/rename", "{\"name\": \"Safer Sutton\"}"));
        assertThat(stale.json().path("detail").asString()).contains("version " + renamed.version());

        accepted(200, http.with("If-Match", "W/\"" + renamed.version() + "\"").post(themes + "/safer/rename",
                "{\"name\": \"Safer Sutton\"}"));
        accepted(200, http.with("If-Match", "*").post(themes + "/safer/rename", "{\"name\": \"Safer\"}"));
        refused(400, "http.400", () -> http.with("If-Match", "version 3").post(themes + "/safer/rename",
                "{\"name\": \"Safer\"}"));
    }
}
