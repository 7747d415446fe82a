package org.partnershipledger.projections.rows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Column values of a read-model row (or of part of one: a key, or the columns to change), in a fixed order. */
public final class Row {

    private final LinkedHashMap<String, Object> values;

    private Row(int columns) {
        // sized so that the columns fit without the map growing
        values = new LinkedHashMap<>(columns * 4 / 3 + 1);
    }

    /** A row from alternating column names and values. */
    public static Row of(Object... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values must come in pairs");
        }
        Row row = new Row(columnsAndValues.length / 2);
        row.put(columnsAndValues);
        return row;
    }

    public Set<String> columns() {
        return Collections.unmodifiableSet(values.keySet());
    }

    public Object get(String column) {
        return values.get(column);
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }

    /** Whether the row has exactly these columns, in this order. */
    public boolean hasColumns(List<String> columns) {
        if (columns.size() != values.size()) {
            return false;
        }
        int i = 0;
        for (String column : values.keySet()) {
            if (!column.equals(columns.get(i++))) {
                return false;
            }
        }
        return true;
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** The values of the columns named, in that order. */
    public List<Object> valuesOf(List<String> columns) {
        List<Object> of = new ArrayList<>(columns.size());
        for (String column : columns) {
            of.add(values.get(column));
        }
        return Collections.unmodifiableList(of);
    }

    /** A copy of this row without the columns named, and with the other columns and values given after its own. */
    Row without(Set<String> dropped, Object... columnsAndValues) {
        Row changed = new Row(values.size() + columnsAndValues.length / 2);
        values.forEach((column, value) -> {
            if (!dropped.contains(column)) {
                changed.values.put(column, value);
            }
        });
        changed.put(columnsAndValues);
        return changed;
    }

    private void put(Object... columnsAndValues) {
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
    }

    /** A copy of this row with the changes applied. */
    Row changedBy(Row changes) {
        Row changed = new Row(values.size() + changes.values.size());
        changed.values.putAll(values);
        changed.values.putAll(changes.values);
        return changed;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
