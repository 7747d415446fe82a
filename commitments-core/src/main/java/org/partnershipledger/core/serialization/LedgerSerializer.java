package org.partnershipledger.core.serialization;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one serializer of the ledger: every command, event and snapshot is JSON written by Jackson.
 * Events are the permanent contract, so the mapping is fixed here rather than left to framework defaults:
 * dates as ISO-8601 text, decimals exact, unknown properties tolerated (a newer writer may add fields).
 */
public final class LedgerSerializer {

    private LedgerSerializer() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // after the module, so its date reader is found first
                .addModule(new SimpleModule("ledger-dates").addDeserializer(LocalDate.class, new DateReader()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // aggregate state (snapshots) is read and written through its fields, never through getters
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .build();
    }

    public static JacksonSerializer create() {
        return new ClassRemembering(JacksonSerializer.builder().objectMapper(objectMapper()));
    }

    /**
     * Axon's Jackson serializer, remembering the class each serialized type names once it is found. Axon looks the
     * class up again (a {@code Class.forName}) for every payload and every metadata it deserializes: about a
     * twentieth of the time spent reading events in a rebuild. A type whose class is not found is still looked up
     * again each time, as Axon does, so a class that becomes available is then found. It also keeps the reader
     * Jackson makes for each class, which Axon asks Jackson for anew on every deserialization (type resolution
     * and a new reader each time). Readers are immutable and safe to share between threads.
     */
    static final class ClassRemembering extends JacksonSerializer {

        private static final String METADATA = MetaData.class.getName();

        private final Map<String, Class<?>> found = new ConcurrentHashMap<>();
        private final ClassValue<ObjectReader> readers = new ClassValue<>() {
            @Override
            protected ObjectReader computeValue(Class<?> type) {
                return readerMadeFor(type);
            }
        };

        ClassRemembering(Builder builder) {
            super(builder);
            // registered after Axon's own metadata deserializer, so found before it
            getObjectMapper().registerModule(
                    new SimpleModule("ledger-metadata").addDeserializer(MetaData.class, new MetaDataReader()));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Class classForType(SerializedType type) {
            Class<?> known = found.get(type.getName());
            if (known != null) {
                return known;
            }
            Class<?> looked = super.classForType(type);
            if (looked != UnknownSerializedType.class && looked != Void.class) {
                found.put(type.getName(), looked);
            }
            return looked;
        }

        /**
         * Every ledger serializer writes and reads exactly as every other: all are made by {@link #create()} from
         * the same mapping. Equal, so that Axon, asked to serialize a message with one of them that another read,
         * answers the bytes it read (what was stored) instead of writing the payload again.
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof ClassRemembering;
        }

        @Override
        public int hashCode() {
            return ClassRemembering.class.hashCode();
        }

        @Override
        protected ObjectReader getReader(Class<?> type) {
            return readers.get(type);
        }

        /**
         * Reads metadata whose JSON is one flat object of text values, each named once — what the ledger writes for
         * every event — straight from the parser into the map; anything else (a number, a nested value, a name
         * given twice, JSON that does not parse) is left to Axon's way through the reader, so every other answer and
         * every refusal is Jackson's own. Going through the reader cost a fifth of a rebuild's reading thread.
         */
        @Override
        @SuppressWarnings("unchecked")
        public <S, T> T deserialize(SerializedObject<S> serialized) {
            if (serialized.getData() instanceof byte[] json && METADATA.equals(serialized.getType().getName())) {
                MetaData flat = flatMetaData(json);
                if (flat != null) {
                    return (T) flat;
                }
            }
            return super.deserialize(serialized);
        }

        /** The metadata, if the JSON is one object of text values each named once; otherwise null. */
        private MetaData flatMetaData(byte[] json) {
            try (JsonParser parser = getReader(MetaData.class).createParser(json)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                Map<String, Object> values = new HashMap<>();
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                    if (token != JsonToken.FIELD_NAME) {
                        return null;
                    }
                    String name = parser.currentName();
                    if (parser.nextToken() != JsonToken.VALUE_STRING || values.put(name, parser.getText()) != null) {
                        return null;
                    }
                }
                return MetaData.from(values);
            } catch (IOException notFlat) {
                return null;
            }
        }

        private ObjectReader readerMadeFor(Class<?> type) {
            return super.getReader(type);
        }
    }

    /**
     * Reads dates as the Java time module does, but a date in exactly the form the ledger writes it —
     * {@code yyyy-MM-dd}, ten characters — straight from the parser's characters: the general ISO parser, with its
     * resolution of fields, took a tenth of a rebuild's reading thread. Any other text, and a date that does not
     * exist, is left to the module's reader, so every answer and every refusal is the module's own. A field whose
     * format is set by annotation is read in that format, by the module's reading only.
     */
    static final class DateReader extends LocalDateDeserializer {

        DateReader() {
            super();
        }

        // each way the module makes a reader for a property's format, leniency, shape or features keeps this one's
        // reading of the ledger's form: it is used only while the format stays ISO's

        private DateReader(DateReader base, DateTimeFormatter format) {
            super(base, format);
        }

        private DateReader(DateReader base, Boolean leniency) {
            super(base, leniency);
        }

        private DateReader(DateReader base, JsonFormat.Shape shape) {
            super(base, shape);
        }

        private DateReader(DateReader base, JacksonFeatureSet<JavaTimeFeature> features) {
            super(base, features);
        }

        @Override
        protected LocalDateDeserializer withDateFormat(DateTimeFormatter format) {
            return new DateReader(this, format);
        }

        @Override
        protected LocalDateDeserializer withLeniency(Boolean leniency) {
            return new DateReader(this, leniency);
        }

        @Override
        protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
            return new DateReader(this, shape);
        }

        @Override
        public LocalDateDeserializer withFeatures(JacksonFeatureSet<JavaTimeFeature> features) {
            return new DateReader(this, features);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (_formatter == DateTimeFormatter.ISO_LOCAL_DATE && parser.hasToken(JsonToken.VALUE_STRING)
                    && parser.getTextLength() == 10) {
                char[] text = parser.getTextCharacters();
                int at = parser.getTextOffset();
                int year = digits(text, at, 4);
                int month = digits(text, at + 5, 2);
                int day = digits(text, at + 8, 2);
                if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && text[at + 4] == '-'
                        && text[at + 7] == '-' && day <= Month.of(month).length(Year.isLeap(year))) {
                    return LocalDate.of(year, month, day);
                }
            }
            return super.deserialize(parser, context);
        }

        /** The number the ASCII digits at {@code from} write, or -1 if any of them is not a digit. */
        private static int digits(char[] text, int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; i++) {
                char c = text[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }

    /**
     * Reads metadata as Axon's own {@code MetaDataDeserializer} does — a JSON object into a map of names to plain
     * values — but with the map's deserializer found once, when this one is made, rather than looked up (type and
     * deserializer caches, class introspection) for every event read: a twentieth of a rebuild's reading thread.
     */
    static final class MetaDataReader extends StdDeserializer<MetaData> implements ResolvableDeserializer {

        private transient JsonDeserializer<Object> map;

        MetaDataReader() {
            super(MetaData.class);
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            map = context.findRootValueDeserializer(
                    context.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        }

        @Override
        @SuppressWarnings("unchecked")
        public MetaData deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return MetaData.from((Map<String, ?>) map.deserialize(parser, context, new HashMap<>()));
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context,
                                          TypeDeserializer types) throws IOException {
            return types.deserializeTypedFromObject(parser, context);
        }
    }
}
