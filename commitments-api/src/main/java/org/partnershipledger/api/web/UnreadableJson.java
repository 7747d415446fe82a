package org.partnershipledger.api.web;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/** Says in plain words what was wrong with a JSON value, without leaking class names or parser internals. */
final class UnreadableJson {

    private UnreadableJson() {
    }

    static String explain(DatabindException failure) {
        if (failure instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (failure instanceof InvalidFormatException invalid) {
            return "'" + abbreviate(String.valueOf(invalid.getValue())) + "' is not " + describe(invalid.getTargetType());
        }
        if (failure instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType());
        }
        return "could not be read";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2011-03-31T23:59:59Z";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number in range";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return type.isRecord() ? "an object or value of the expected shape" : "a valid value";
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
