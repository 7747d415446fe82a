package org.partnershipledger.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: OAuth2 bearer tokens (JWT), the user named by a claim and the grants listed in another.
 * The tokens are signed here with a key whose public half the service is configured with, as an identity provider's
 * would be through its issuer.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.security.mode=jwt", "ledger.security.jwt.name-claim=preferred_username"})
class JwtTest {

    private static final KeyPair KEYS = keys();
    private static final KeyPair OTHER_KEYS = keys();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("ledger-jwt");
        Path publicKey = dir.resolve("issuer.pub");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
        registry.add("ledger.data-directory", dir::toString);
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(KeyPair keys, String user, List<String> grants, Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                    .subject(UUID.randomUUID().toString())
                    .claim("preferred_username", user)
                    .claim("ledger_grants", grants)
                    .issueTime(new Date())
                    .expirationTime(Date.from(expires))
                    .build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http as(String token) {
        return new Http(port).bearer(token);
    }

    @Test
    void grantsInTheTokenAllowAndTheUserItNamesIsTheActor() {
        Http secretary = as(token(KEYS, "jo.bloggs", List.of("secretariat:*", "auditor:*"),
                Instant.now().plusSeconds(300)));
        String id = "jwt-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer created = secretary.post("/api/partnerships",
                "{\"id\": \"" + id + "\", \"name\": \"N\", \"place\": \"P\", \"vision\": \"V\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Http.Answer trail = secretary.get("/api/partnerships/" + id + "/audit-trail?minVersion=" + created.version());
        assertThat(trail.json().path("entries").get(0).path("actor").asString()).isEqualTo("jo.bloggs");
    }

    @Test
    void aTokenWithoutGrantsAllowsNothing() {
        Http nobody = as(token(KEYS, "someone", List.of(), Instant.now().plusSeconds(300)));
        Http.Answer answer = nobody.post("/api/partnerships", "{\"name\": \"N\", \"place\": \"P\", \"vision\": \"V\"}");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("code").asString()).isEqualTo("auth.forbidden");
    }

    @Test
    void missingExpiredAndForeignTokensAreUnauthenticated() {
        Http.Answer none = new Http(port).get("/api/partnerships");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(as(token(KEYS, "late", List.of("reader:*"), Instant.now().minusSeconds(600)))
                .get("/api/partnerships").status()).isEqualTo(401);
        assertThat(as(token(OTHER_KEYS, "forger", List.of("secretariat:*"), Instant.now().plusSeconds(300)))
                .get("/api/partnerships").status()).isEqualTo(401);
    }
}
