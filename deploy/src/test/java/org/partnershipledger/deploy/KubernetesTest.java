package org.partnershipledger.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class KubernetesTest {

    private final List<Map<String, Object>> manifests = manifests();

    private static List<Map<String, Object>> manifests() {
        try (Stream<Path> files = Files.list(Repository.DEPLOY.resolve("k8s"))) {
            List<Map<String, Object>> all = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .forEach(f -> all.addAll(Repository.yamlDocuments(f)));
            return all;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> one(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }

    @Test
    void everyManifestNamesItsApiKindAndName() {
        assertThat(manifests).extracting(m -> m.get("kind"))
                .containsExactlyInAnyOrder("ConfigMap", "Deployment", "Secret", "Service");
        manifests.forEach(m -> {
            assertThat(m.get("apiVersion")).isNotNull();
            assertThat((String) Repository.at(m, "metadata", "name")).isNotBlank();
        });
    }

    @Test
    void theDeploymentSelectsItsPodsAndTheServiceReachesTheirNamedPort() {
        Map<String, Object> deployment = one("Deployment");
        Map<String, String> podLabels = Repository.at(deployment, "spec", "template", "metadata", "labels");
        assertThat(podLabels).containsAllEntriesOf(Repository.at(deployment, "spec", "selector", "matchLabels"));
        assertThat(podLabels).containsAllEntriesOf(Repository.at(one("Service"), "spec", "selector"));
        List<Map<String, Object>> ports = Repository.at(one("Service"), "spec", "ports");
        List<Object> containerPorts = container().get("ports") instanceof List<?> list
                ? list.stream().map(p -> ((Map<?, ?>) p).get("name")).collect(Collectors.toList()) : List.of();
        ports.forEach(port -> assertThat(containerPorts).contains(port.get("targetPort")));
    }

    @Test
    void readinessMeansCaughtUpAndLivenessMeansAlive() {
        Map<String, Object> container = container();
        assertThat((String) Repository.at(container, "readinessProbe", "httpGet", "path"))
                .isEqualTo("/actuator/health/readiness");
        assertThat((String) Repository.at(container, "livenessProbe", "httpGet", "path"))
                .isEqualTo("/actuator/health/liveness");
        Map<String, Object> service = Repository.yaml(Repository.SERVICE_RESOURCES.resolve("application.yml"));
        assertThat((String) Repository.at(service, "management", "endpoint", "health", "group", "readiness",
                "include")).contains("readModels");
        assertThat((Boolean) Repository.at(service, "management", "endpoint", "health", "probes", "enabled")).isTrue();
    }

    @Test
    void configurationAndSecretsComeFromTheManifestsThemselves() {
        List<Map<String, Map<String, String>>> sources = Repository.at(container(), "envFrom");
        String configMap = Repository.at(one("ConfigMap"), "metadata", "name");
        String secret = Repository.at(one("Secret"), "metadata", "name");
        assertThat(sources).anySatisfy(s -> assertThat(s.get("configMapRef")).containsEntry("name", configMap));
        assertThat(sources).anySatisfy(s -> assertThat(s.get("secretRef")).containsEntry("name", secret));
        Map<String, String> config = Repository.at(one("ConfigMap"), "data");
        for (String profile : config.get("SPRING_PROFILES_ACTIVE").split(",")) {
            assertThat(Repository.profileExists(profile)).as(profile).isTrue();
        }
        assertThat(Repository.<Map<String, String>>at(one("Secret"), "stringData"))
                .containsKey("SPRING_DATASOURCE_PASSWORD");
        assertThat(config).doesNotContainKey("SPRING_DATASOURCE_PASSWORD");
    }

    private Map<String, Object> container() {
        List<Map<String, Object>> containers = Repository.at(one("Deployment"), "spec", "template", "spec",
                "containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }
}
