package org.partnershipledger.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileTest {

    private final List<String> instructions = Repository.read(Repository.DEPLOY.resolve("Dockerfile")).lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .collect(Collectors.toList());

    private List<String> all(String keyword) {
        return instructions.stream().filter(line -> line.startsWith(keyword + " "))
                .map(line -> line.substring(keyword.length() + 1).strip()).collect(Collectors.toList());
    }

    @Test
    void theImageStartsFromAJavaRuntimeTheServiceRunsOn() {
        assertThat(instructions.get(0)).startsWith("FROM ");
        assertThat(all("FROM")).singleElement().asString().matches("eclipse-temurin:(17|21|25)-jre");
    }

    @Test
    void itCopiesTheJarTheBuildProducesAndRunsIt() {
        assertThat(all("COPY")).anySatisfy(copy -> assertThat(copy).startsWith(Repository.serviceJar() + " "));
        assertThat(all("ENTRYPOINT")).singleElement().asString()
                .isEqualTo("[\"java\", \"-jar\", \"/app/partnership-ledger.jar\"]");
    }

    @Test
    void itRunsAsAnUnprivilegedUserOnThePortTheServiceListensOn() {
        assertThat(all("USER")).singleElement().asString().doesNotStartWith("root").doesNotStartWith("0");
        assertThat(all("EXPOSE")).containsExactly("8080");
    }
}
