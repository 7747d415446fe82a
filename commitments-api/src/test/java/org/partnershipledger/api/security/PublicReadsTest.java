package org.partnershipledger.api.security;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerApplication;
import org.partnershipledger.api.TestStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A deployment may publish the matrix to everyone; nothing else opens up, and writes never do. */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.security.public-reads=true", "ledger.demo.sutton=true"})
@ActiveProfiles("testusers")
class PublicReadsTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.ownDataDirectory(registry, "ledger-public");
    }

    @Test
    void anyoneMayReadWhatTheDashboardShowsAndNothingElse() throws InterruptedException {
        Http anyone = new Http(port);
        Http.Answer matrix = anyone.get("/api/partnerships/sutton/matrix");
        for (int i = 0; i < 100 && matrix.status() == 404; i++) {
            Thread.sleep(50);
            matrix = anyone.get("/api/partnerships/sutton/matrix");
        }
        assertThat(matrix.status()).isEqualTo(200);
        assertThat(anyone.get("/api/partnerships").json().findValuesAsString("partnershipId")).contains("sutton");
        assertThat(anyone.get("/api/partnerships/sutton").status()).isEqualTo(200);
        assertThat(anyone.get("/api/partnerships/sutton/progress").status()).isEqualTo(200);
        assertThat(anyone.get("/api/partnerships/sutton/total-place").status()).isEqualTo(200);
        assertThat(anyone.get("/api/partnerships/sutton/priorities/borough-wide-recycling/indicators/"
                + "household-waste-recycled/outcomes").status()).isEqualTo(200);
        assertThat(anyone.get("/dashboard/").status()).isEqualTo(200);
        assertThat(anyone.get("/api/partnerships/sutton/priorities").status()).isEqualTo(401);
        assertThat(anyone.get("/api/partnerships/sutton/exports/pledges.csv").status()).isEqualTo(401);
        assertThat(anyone.get("/api/partnerships/sutton/exports/audit-trail.csv").status()).isEqualTo(401);
        assertThat(anyone.get("/api/partnerships/sutton/audit-trail").status()).isEqualTo(401);
        assertThat(anyone.post("/api/partnerships/sutton/themes", "{\"name\": \"Anonymous\"}").status())
                .isEqualTo(401);
    }
}
