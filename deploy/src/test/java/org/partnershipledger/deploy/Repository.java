package org.partnershipledger.deploy;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Files of the repository the deployment descriptions refer to, read the way the tools would read them. */
final class Repository {

    /** The repository root: the deploy module runs its tests from deploy/. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final Path SERVICE_RESOURCES = ROOT.resolve("commitments-api/src/main/resources");

    private Repository() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        return (Map<String, Object>) new Yaml().load(read(file));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml().loadAll(read(file)).forEach(d -> documents.add((Map<String, Object>) d));
        return documents;
    }

    /** The name the build gives the service's jar ({@code finalName} of commitments-api). */
    static String serviceJar() {
        Matcher m = Pattern.compile("<finalName>([^<]+)</finalName>")
                .matcher(read(ROOT.resolve("commitments-api/pom.xml")));
        if (!m.find()) {
            throw new IllegalStateException("commitments-api names no finalName");
        }
        return "commitments-api/target/" + m.group(1) + ".jar";
    }

    /** Whether the service has configuration for a Spring profile. */
    static boolean profileExists(String profile) {
        return Files.exists(SERVICE_RESOURCES.resolve("application-" + profile + ".yml"));
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m) || !m.containsKey(key)) {
                throw new AssertionError("no '" + String.join(".", path) + "' (missing '" + key + "')");
            }
            current = m.get(key);
        }
        return (T) current;
    }
}
