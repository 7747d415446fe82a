package org.partnershipledger.core.serialization;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger reads every date as the Java time module reads it — the same date, or a refusal where the module
 * refuses — though it reads dates in the ledger's own form by itself.
 */
class DateReaderTest {

    private final ObjectMapper ledger = LedgerSerializer.objectMapper();
    private final ObjectMapper module = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    record Measured(LocalDate on) {
    }

    record Minuted(@JsonFormat(pattern = "dd/MM/yyyy") LocalDate on) {
    }

    @Test
    void readsEveryDateAsTheModuleDoes() throws Exception {
        List<String> texts = new ArrayList<>(List.of("2011-03-31", "2012-02-29", "2000-02-29", "1900-02-29",
                "2011-02-29", "2011-02-30", "2011-04-31", "2011-13-01", "2011-00-10", "2011-01-00", "0000-01-01",
                "9999-12-31", "2011-1-31x", "2011/03/31", "20110331xx", "2011-03-3a", "a011-03-31", " 2011-03-31",
                "2011-03-31 ", "2011-03-31T10:15:00", "+12011-03-31", "-2011-03-31", "", "2011-03", "２０１１-03-31"));
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            texts.add(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
        }
        for (String text : texts) {
            String json = ledger.writeValueAsString(text);
            assertThat(read(ledger, json, LocalDate.class)).as(text).isEqualTo(read(module, json, LocalDate.class));
            String field = "{\"on\":" + json + "}";
            assertThat(read(ledger, field, Measured.class)).as(text).isEqualTo(read(module, field, Measured.class));
        }
        assertThat(ledger.readValue("\"2011-03-31\"", LocalDate.class)).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(ledger.readValue("[2011,3,31]", LocalDate.class)).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(ledger.readValue("{\"on\":null}", Measured.class)).isEqualTo(new Measured(null));
    }

    @Test
    void theLedgersReaderIsTheOneFound() throws Exception {
        DeserializationContext context = ((DefaultDeserializationContext) ledger.getDeserializationContext())
                .createInstance(ledger.getDeserializationConfig(), null, null);
        assertThat(context.findRootValueDeserializer(ledger.constructType(LocalDate.class)))
                .isInstanceOf(LedgerSerializer.DateReader.class);
    }

    @Test
    void aDateWhoseFormatIsSetByAnnotationIsReadInThatFormat() throws Exception {
        assertThat(ledger.readValue("{\"on\":\"31/03/2011\"}", Minuted.class))
                .isEqualTo(new Minuted(LocalDate.of(2011, 3, 31)));
        assertThat(read(ledger, "{\"on\":\"2011-03-31\"}", Minuted.class)).asString().as("not the ledger's form there")
                .startsWith("refused:");
    }

    /** What the mapper reads, or {@code refused:} and the kind of refusal. */
    private static Object read(ObjectMapper mapper, String json, Class<?> type) {
        try {
            return mapper.readValue(json, type);
        } catch (Exception e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }
}
