package org.partnershipledger.api.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.LedgerApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor exports a bundle and verifies it with the service's jar alone — no database, no network — against the
 * published key; a bundle changed after export does not verify.
 */
class OfflineVerificationTest extends ApiTest {

    @TempDir
    Path work;

    private int verifyInAProcessOfItsOwn(Path bundle, Path key) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LedgerApplication.class.getName(), "verify",
                "--bundle", bundle.toString(), "--public-key", key.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("verify.log").toFile()).start();
        return process.waitFor();
    }

    @Test
    void anExportedBundleVerifiesOfflineAndATamperedOneDoesNot() throws Exception {
        String id = newPartnership();
        newPriority(id);
        Path bundle = work.resolve("bundle.json");
        Path key = work.resolve("ledger.vkey");
        Files.writeString(bundle, accepted(200, http.get("/api/partnerships/" + id + "/ledger/bundle")).text());
        Files.writeString(key, anonymous().get("/.well-known/ledger-checkpoint-key", "text/plain").text());

        assertThat(verifyInAProcessOfItsOwn(bundle, key)).isZero();
        assertThat(Files.readString(work.resolve("verify.log"))).startsWith("verified: " + (storeVersion(id) + 1)
                + " events");

        JsonMapper json = JsonMapper.builder().build();
        ObjectNode tampered = (ObjectNode) json.readTree(Files.readString(bundle));
        ObjectNode third = (ObjectNode) tampered.path("events").get(2);
        String payload = new String(Base64.getDecoder().decode(third.path("payload").asString()),
                StandardCharsets.UTF_8);
        third.put("payload", Base64.getEncoder().encodeToString(payload.replace("Safer", "Saner")
                .getBytes(StandardCharsets.UTF_8)));
        Path forged = work.resolve("forged.json");
        Files.writeString(forged, json.writeValueAsString(tampered));
        assertThat(verifyInAProcessOfItsOwn(forged, key)).isEqualTo(1);
        assertThat(Files.readString(work.resolve("verify.log"))).startsWith("NOT verified");

        Path otherKey = work.resolve("other.vkey");
        Files.writeString(otherKey, "partnership-ledger+00000000+" + Base64.getEncoder()
                .encodeToString(new byte[33]));
        assertThat(org.partnershipledger.core.verification.OfflineVerifier.run(
                List.of("--bundle", bundle.toString(), "--public-key", otherKey.toString()), System.out))
                .isEqualTo(1);
        JsonNode events = json.readTree(Files.readString(bundle)).path("events");
        assertThat(events.size()).isEqualTo(storeVersion(id) + 1);
    }
}
