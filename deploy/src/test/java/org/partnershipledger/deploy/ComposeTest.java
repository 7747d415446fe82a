package org.partnershipledger.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeTest {

    private final Map<String, Object> compose = Repository.yaml(Repository.DEPLOY.resolve("docker-compose.yml"));
    private final Map<String, Object> services = Repository.at(compose, "services");

    @Test
    void itRunsPostgresAxonServerAndTheService() {
        assertThat(services).containsOnlyKeys("postgres", "axonserver", "ledger");
        assertThat((String) Repository.at(compose, "services", "axonserver", "image"))
                .matches(".*axoniq/axonserver:\\d{4}\\.\\d+\\.\\d+.*");
        assertThat((String) Repository.at(compose, "services", "postgres", "image")).startsWith("postgres:");
    }

    @Test
    void theServiceIsBuiltFromTheDockerfileAndWaitsForHealthyDependencies() {
        String context = Repository.at(compose, "services", "ledger", "build", "context");
        String dockerfile = Repository.at(compose, "services", "ledger", "build", "dockerfile");
        assertThat(Files.exists(Repository.DEPLOY.resolve(context).resolve(dockerfile).normalize())).isTrue();
        Map<String, Map<String, String>> dependsOn = Repository.at(compose, "services", "ledger", "depends_on");
        dependsOn.forEach((service, condition) -> {
            assertThat(services).containsKey(service);
            assertThat(condition).containsEntry("condition", "service_healthy");
            assertThat(Repository.<Map<String, Object>>at(services, service)).containsKey("healthcheck");
        });
    }

    @Test
    void theServiceUsesThePostgresAndAxonServerProfilesPointedAtTheOtherServices() {
        Map<String, String> environment = Repository.at(compose, "services", "ledger", "environment");
        List<String> profiles = Arrays.asList(environment.get("SPRING_PROFILES_ACTIVE").split(","));
        assertThat(profiles).containsExactlyInAnyOrder("postgres", "axonserver");
        profiles.forEach(profile -> assertThat(Repository.profileExists(profile)).as(profile).isTrue());
        assertThat(environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(environment.get("AXON_AXONSERVER_SERVERS")).isEqualTo("axonserver:8124");
        Map<String, String> database = Repository.at(compose, "services", "postgres", "environment");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).endsWith("/" + database.get("POSTGRES_DB"));
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(database.get("POSTGRES_USER"));
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
    }
}
