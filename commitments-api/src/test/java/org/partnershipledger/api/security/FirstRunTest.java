package org.partnershipledger.api.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.api.LedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** With no users configured, the service makes an administrator with a random password — no known default. */
class FirstRunTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--server.port=0", "--ledger.data-directory=" + data);
    }

    private static int status(ConfigurableApplicationContext app, String user, String password)
            throws IOException, InterruptedException {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/partnerships"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theFirstRunAdministratorHasARandomPasswordOnlyItsOwnerCanRead() throws Exception {
        Path file = data.resolve("first-run-administrator-password");
        String password;
        try (ConfigurableApplicationContext app = start()) {
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(status(app, "administrator", password)).isEqualTo(200);
            assertThat(status(app, "administrator", "administrator")).isEqualTo(401);
            assertThat(status(app, "admin", "admin")).isEqualTo(401);
        }
        try (ConfigurableApplicationContext again = start()) {
            assertThat(Files.readString(file).strip()).isEqualTo(password);
            assertThat(status(again, "administrator", password)).isEqualTo(200);
        }
    }
}
