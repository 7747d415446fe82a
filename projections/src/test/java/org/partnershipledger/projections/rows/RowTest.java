package org.partnershipledger.projections.rows;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowTest {

    /** A column name equal to the constant but not the same string, as names read from elsewhere are. */
    private static String copyOf(String name) {
        return new String(name.toCharArray());
    }

    @Test
    void keepsColumnsInOrderAndAColumnNamedTwiceInItsFirstPlace() {
        Row row = Row.of("a", 1, "b", null, "c", "x", "a", 2);

        assertThat(row.columns()).containsExactly("a", "b", "c");
        assertThat(row.asMap().keySet()).containsExactly("a", "b", "c");
        assertThat(row.asMap()).containsEntry("a", 2).containsEntry("b", null).containsEntry("c", "x");
        assertThat(row.get("a")).isEqualTo(2);
        assertThat(row.get(copyOf("c"))).isEqualTo("x");
        assertThat(row.has("b")).isTrue();
        assertThat(row.get("b")).isNull();
        assertThat(row.has("d")).isFalse();
        assertThat(row.get("d")).isNull();
        assertThat(row).hasToString("{a=2, b=null, c=x}");
    }

    /**
     * With more columns than a row's 64 bits of column names, many of them sharing a bit, every column is found by a
     * name equal to its own, a name it has not got is not, a column named again keeps its place — in the row, in a
     * copy changed by another row, and in a copy without some columns.
     */
    @Test
    void findsEveryColumnAmongManyThatShareBits() {
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pairs.add("column_" + i);
            pairs.add(i);
        }
        pairs.add("column_7");
        pairs.add("again");
        Row row = Row.of(pairs.toArray());

        assertThat(row.size()).isEqualTo(300);
        for (int i = 0; i < 300; i++) {
            assertThat(row.get(copyOf("column_" + i))).as("column_" + i).isEqualTo(i == 7 ? "again" : i);
            assertThat(row.columns().get(i)).isEqualTo("column_" + i);
            assertThat(row.has("other_" + i)).as("other_" + i).isFalse();
        }
        Row changed = row.changedBy(Row.of("column_299", "changed", "added", true));
        assertThat(changed.size()).isEqualTo(301);
        assertThat(changed.get("column_299")).isEqualTo("changed");
        assertThat(changed.get(copyOf("added"))).isEqualTo(true);
        assertThat(changed.get("column_0")).isEqualTo(0);
        Row without = row.without(Set.of("column_0", "column_150"), "column_1", "one", "added", false);
        assertThat(without.size()).isEqualTo(299);
        assertThat(without.has("column_0")).isFalse();
        assertThat(without.has("column_150")).isFalse();
        assertThat(without.get(copyOf("column_1"))).isEqualTo("one");
        assertThat(without.get("column_151")).isEqualTo(151);
        assertThat(without.get("added")).isEqualTo(false);
        assertThat(without.columns().get(0)).isEqualTo("column_1");
    }

    @Test
    void comparesColumnsByNameAndOrder() {
        Row row = Row.of("a", 1, "b", 2);

        assertThat(row.hasColumns(List.of("a", "b"))).isTrue();
        assertThat(row.hasColumns(List.of(copyOf("a"), copyOf("b")))).isTrue();
        assertThat(row.hasColumns(List.of("b", "a"))).isFalse();
        assertThat(row.hasColumns(List.of("a"))).isFalse();
        assertThat(row.hasColumns(List.of("a", "b", "c"))).isFalse();
        assertThat(row.onlyOf(Set.of("a", "b", "c"))).isTrue();
        assertThat(row.onlyOf(Set.of("a"))).isFalse();
        assertThat(Row.of().onlyOf(Set.of())).isTrue();
    }

    @Test
    void givesValuesInTheOrderAskedAndByPlace() {
        Row row = Row.of("a", 1, "b", 2, "c", 3);

        assertThat(row.valuesOf(List.of("a", "b", "c"))).containsExactly(1, 2, 3);
        assertThat(row.valuesOf(List.of("c", copyOf("a"), "d"))).containsExactly(3, 1, null);
        assertThat(row.valuesOf(List.of(copyOf("a"), copyOf("b")))).containsExactly(1, 2);
        assertThat(row.valueAt(0)).isEqualTo(1);
        assertThat(row.valueAt(2)).isEqualTo(3);
        assertThatThrownBy(() -> row.valueAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> row.valueAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void changesKeepTheirPlaceAndNewColumnsComeAfter() {
        Row row = Row.of("a", 1, "b", 2);

        Row changed = row.changedBy(Row.of("c", 3, copyOf("a"), 10));

        assertThat(changed.asMap()).containsExactly(Map.entry("a", 10), Map.entry("b", 2), Map.entry("c", 3));
        assertThat(row.asMap()).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
        assertThat(row.changedBy(Row.of()).asMap()).isEqualTo(row.asMap());
    }

    @Test
    void dropsColumnsAndAddsOthersAfterItsOwn() {
        Row row = Row.of("a", 1, "b", 2, "c", 3);

        Row version = row.without(Set.of("b"), "from", 4L, "a", 5);

        assertThat(version.asMap()).containsExactly(Map.entry("a", 5), Map.entry("c", 3), Map.entry("from", 4L));
        assertThat(row.without(Set.of("a", "b", "c")).columns()).isEmpty();
        assertThat(row.asMap()).containsExactly(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 3));
    }

    @Test
    void refusesOddArgumentsAndColumnsWithoutName() {
        assertThatThrownBy(() -> Row.of("a", 1, "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Row.of("a", 1, null, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }

    @Test
    void itsColumnsCannotBeChangedFromOutside() {
        Row row = Row.of("a", 1);
        List<String> columns = row.columns();

        assertThatThrownBy(() -> columns.set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.asMap().put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.valuesOf(List.of("a")).set(0, 2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(new ArrayList<>(columns)).containsExactly("a");
    }
}
