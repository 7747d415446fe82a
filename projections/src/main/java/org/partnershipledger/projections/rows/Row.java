package org.partnershipledger.projections.rows;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Column values of a read-model row (or of part of one: a key, or the columns to change), in a fixed order.
 *
 * <p>Held as two arrays, names and values: a row has a handful of columns, and a rebuild makes millions of rows, so
 * a hash map per row (with its entries, and a key set made at each comparison of columns) cost more than scanning a
 * short array. Column names are the constants of the projectors, so names are compared by identity first.
 */
public final class Row {

    private final String[] names;
    private final Object[] values;
    private int size;
    /**
     * For each column, the bit numbered by the low six bits of its name's hash code: a name whose bit is not set is
     * not among the columns, which is known without looking at them. A row is built a column at a time, each new
     * column first looked for among those before it, so without this building a row of n columns took n² / 2
     * comparisons (looking columns up was a tenth of a rebuild's applying thread, most of it building rows).
     */
    private long columnBits;

    private Row(int columns) {
        names = new String[columns];
        values = new Object[columns];
    }

    /** A row from alternating column names and values; a column named twice keeps its place and the later value. */
    public static Row of(Object... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values must come in pairs");
        }
        Row row = new Row(columnsAndValues.length / 2);
        row.put(columnsAndValues);
        return row;
    }

    /** The columns, in order. */
    public List<String> columns() {
        return Collections.unmodifiableList(Arrays.asList(names).subList(0, size));
    }

    public Object get(String column) {
        int at = indexOf(column);
        return at < 0 ? null : values[at];
    }

    public boolean has(String column) {
        return indexOf(column) >= 0;
    }

    /** Whether the row has exactly these columns, in this order. */
    public boolean hasColumns(List<String> columns) {
        if (columns.size() != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            String column = columns.get(i);
            if (column != names[i] && !column.equals(names[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether every column of the row is one of these. */
    boolean onlyOf(Collection<String> columns) {
        for (int i = 0; i < size; i++) {
            if (!columns.contains(names[i])) {
                return false;
            }
        }
        return true;
    }

    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            map.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The values of the columns named, in that order. */
    public List<Object> valuesOf(List<String> columns) {
        Object[] of = new Object[columns.size()];
        for (int i = 0; i < of.length; i++) {
            String column = columns.get(i);
            // nearly always asked in the row's own order
            of[i] = i < size && names[i] == column ? values[i] : get(column);
        }
        return Collections.unmodifiableList(Arrays.asList(of));
    }

    /** How many columns the row has. */
    public int size() {
        return size;
    }

    /** The value of the column at this place in {@link #columns()}. */
    public Object valueAt(int place) {
        if (place < 0 || place >= size) {
            throw new IndexOutOfBoundsException("no column " + place + " in a row of " + size);
        }
        return values[place];
    }

    /** A copy of this row without the columns named, and with the other columns and values given after its own. */
    Row without(Collection<String> dropped, Object... columnsAndValues) {
        Row changed = new Row(size + columnsAndValues.length / 2);
        for (int i = 0; i < size; i++) {
            if (!dropped.contains(names[i])) {
                changed.add(names[i], values[i]);
            }
        }
        changed.put(columnsAndValues);
        return changed;
    }

    /** A copy of this row with the changes applied: changed columns keep their place, new ones come after. */
    Row changedBy(Row changes) {
        Row changed = new Row(size + changes.size);
        System.arraycopy(names, 0, changed.names, 0, size);
        System.arraycopy(values, 0, changed.values, 0, size);
        changed.size = size;
        changed.columnBits = columnBits;
        for (int i = 0; i < changes.size; i++) {
            changed.set(changes.names[i], changes.values[i]);
        }
        return changed;
    }

    private void put(Object... columnsAndValues) {
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            set((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
    }

    /** Sets the column's value, adding the column after the others if the row has not got it (room is made ahead). */
    private void set(String column, Object value) {
        if (column == null) {
            throw new IllegalArgumentException("a column needs a name");
        }
        int at = indexOf(column);
        if (at >= 0) {
            values[at] = value;
            return;
        }
        add(column, value);
    }

    /** Adds a column the row has not got, after the others (room is made ahead). */
    private void add(String column, Object value) {
        names[size] = column;
        values[size++] = value;
        columnBits |= 1L << column.hashCode();
    }

    /**
     * The column's place, or -1. A name whose bit is not among the columns' is not looked for; otherwise names are
     * compared by identity, then by their hash codes (which strings keep once worked out), and only when those are
     * equal by their characters.
     */
    private int indexOf(String column) {
        if (column == null) {
            return -1;
        }
        int hash = column.hashCode();
        // a long shifted by an int is shifted by its low six bits
        if ((columnBits & (1L << hash)) == 0) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            String name = names[i];
            if (name == column || (name.hashCode() == hash && name.equals(column))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
