package org.partnershipledger.core.serialization;

import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.Money;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

/**
 * Builds a valid, fully populated instance of any record of the ledger's language from its components' types,
 * so that serialization is tested on every field of every message.
 */
final class SampleValues {

    private SampleValues() {
    }

    static Object of(Class<?> recordType) {
        RecordComponent[] components = recordType.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = valueFor(components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = recordType.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot build a sample " + recordType.getSimpleName(), e);
        }
    }

    private static Object valueFor(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Set.class) {
            return Set.of(valueFor(parameterized.getActualTypeArguments()[0]));
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "Reduce the existing life expectancy gap in the borough";
        } else if (raw == int.class) {
            return 12;
        } else if (raw == boolean.class) {
            return true;
        } else if (raw == Money.class) {
            return Money.pence(2_330_000_005L);
        } else if (raw == FinancialYear.class) {
            return FinancialYear.parse("2010/11");
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2012, 9, 1);
        } else if (raw == BigDecimal.class) {
            return new BigDecimal("12.50");
        } else if (raw == URI.class) {
            return URI.create("https://www.sutton.gov.uk/evidence.pdf");
        } else if (raw == Decision.class) {
            return Decision.of("Board 2010-09-14, minute 7", "Agreed unanimously");
        } else if (raw == Horizon.class) {
            return new Horizon(LocalDate.of(2010, 4, 1), LocalDate.of(2020, 3, 31));
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[constants.length - 1];
        } else if (raw.isRecord()) {
            return identifierOrRecord(raw);
        }
        throw new IllegalArgumentException("no sample value for " + type);
    }

    private static Object identifierOrRecord(Class<?> raw) {
        RecordComponent[] components = raw.getRecordComponents();
        if (components.length == 1 && components[0].getType() == String.class) {
            try {
                return raw.getDeclaredConstructor(String.class).newInstance("sample-" + raw.getSimpleName()
                        .toLowerCase());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return of(raw);
    }
}
