package org.partnershipledger.core.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipledger.core.pledge.BudgetPledged;
import org.partnershipledger.core.priority.PriorityAdopted;
import org.partnershipledger.core.shared.Money;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event and command of the ledger goes through the production serializer and comes back equal.
 * The classes are found on the class path, so a new event cannot be forgotten here.
 */
class MessageRoundTripTest {

    private static final JacksonSerializer SERIALIZER = LedgerSerializer.create();
    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();

    static List<Class<?>> events() {
        return coreRecords().stream().filter(c -> c.isAnnotationPresent(Revision.class)).collect(Collectors.toList());
    }

    static List<Class<?>> commands() {
        return coreRecords().stream()
                .filter(c -> Stream.of(c.getRecordComponents())
                        .anyMatch(rc -> rc.getAnnotation(TargetAggregateIdentifier.class) != null
                                || fieldAnnotated(c, rc)))
                .collect(Collectors.toList());
    }

    @Test
    void theWholeLanguageIsFound() {
        assertThat(events()).hasSizeGreaterThanOrEqualTo(28);
        assertThat(commands()).hasSizeGreaterThanOrEqualTo(28);
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventSurvivesTheRoundTripUnchanged(Class<?> eventType) {
        Object event = SampleValues.of(eventType);
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(event, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(eventType.getName());
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        Object back = SERIALIZER.deserialize(serialized);
        assertThat(back).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandSurvivesTheRoundTripUnchanged(Class<?> commandType) {
        Object command = SampleValues.of(commandType);
        Object back = SERIALIZER.deserialize(SERIALIZER.serialize(command, byte[].class));
        assertThat(back).isEqualTo(command);
    }

    @ParameterizedTest
    @MethodSource("events")
    void eventsCarryNoFrameworkTypes(Class<?> eventType) {
        for (RecordComponent component : eventType.getRecordComponents()) {
            String typeName = component.getGenericType().getTypeName();
            assertThat(typeName).doesNotContain("axonframework", "springframework", "jakarta.persistence");
            assertThat(component.getType()).isNotIn(double.class, float.class, Double.class, Float.class);
        }
    }

    @Test
    void theJsonIsPlainAndReadable() throws IOException {
        JsonNode pledge = JSON.readTree(SERIALIZER.serialize(SampleValues.of(BudgetPledged.class), byte[].class)
                .getData());
        assertThat(pledge.get("partnerId").isTextual()).isTrue();
        assertThat(pledge.get("financialYear").asText()).matches("\\d{4}/\\d{2}");
        assertThat(pledge.get("amount").get("amountMinor").isIntegralNumber()).isTrue();
        assertThat(pledge.get("amount").get("currency").asText()).isEqualTo(Money.DEFAULT_CURRENCY);
        assertThat(pledge.get("decision").get("reference").isTextual()).isTrue();

        JsonNode adopted = JSON.readTree(SERIALIZER.serialize(SampleValues.of(PriorityAdopted.class), byte[].class)
                .getData());
        assertThat(adopted.get("horizon").get("from").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(adopted.get("supportingPartnerIds").isArray()).isTrue();
        assertThat(adopted.get("supportingPartnerIds").get(0).isTextual()).isTrue();
    }

    private static boolean fieldAnnotated(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static List<Class<?>> coreRecords() {
        try {
            Path root = Path.of(PriorityAdopted.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
                        .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .map(MessageRoundTripTest::load)
                        .filter(Class::isRecord)
                        .sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .collect(Collectors.toList());
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the core's classes", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
