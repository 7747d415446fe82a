package org.partnershipledger.projections.rows;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryRowsTest {

    private record Batch(ReadModelTable table, List<String> columns, List<Row> rows) {
    }

    /**
     * Rows of an append-only table are sent a batch at a time, each batch's rows with the columns it names: one batch
     * when they all have the same columns, and when one has others, a batch for each set of columns, in the order
     * the sets first came, each row sent once.
     */
    @Test
    void sendsAppendedRowsInBatchesOfTheirColumns() {
        List<Batch> sent = new ArrayList<>();
        MemoryRows rows = MemoryRows.streamingTo((table, columns, batch) ->
                sent.add(new Batch(table, columns, List.copyOf(batch))), 4);
        rows.at(1);
        for (int i = 0; i < 4; i++) {
            rows.insert(ReadModelTable.SPEND, spend("s" + i));
        }
        Row other = Row.of("partnership_id", "p", "pledge_id", "g", "spend_id", "s5");
        rows.insert(ReadModelTable.SPEND, spend("s4"));
        rows.insert(ReadModelTable.SPEND, other);
        rows.insert(ReadModelTable.SPEND, spend("s6"));
        rows.insert(ReadModelTable.SPEND, spend("s7"));

        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).columns()).isEqualTo(spend("x").columns());
        assertThat(sent.get(0).rows()).extracting(row -> row.get("spend_id")).containsExactly("s0", "s1", "s2", "s3");
        assertThat(sent.get(1).columns()).isEqualTo(spend("x").columns());
        assertThat(sent.get(1).rows()).extracting(row -> row.get("spend_id")).containsExactly("s4", "s6", "s7");
        assertThat(sent.get(2).columns()).containsExactly("partnership_id", "pledge_id", "spend_id");
        assertThat(sent.get(2).rows()).containsExactly(other);
        for (Batch batch : sent) {
            assertThat(batch.table()).isEqualTo(ReadModelTable.SPEND);
            assertThat(batch.rows()).allSatisfy(row -> assertThat(row.hasColumns(batch.columns())).isTrue());
        }
        assertThat(rows.written()).isEqualTo(8);
        assertThat(rows.held()).isZero();
    }

    /**
     * A table whose every row was deleted sends nothing of its own at the end, and its history only the versions that
     * ended before: a row made and deleted by one version leaves none. No empty batch is sent, and none without columns.
     */
    @Test
    void aTableEmptiedSendsNoEmptyBatch() {
        List<Batch> sent = new ArrayList<>();
        RowSink sink = (table, columns, batch) -> sent.add(new Batch(table, columns, List.copyOf(batch)));
        MemoryRows once = MemoryRows.streamingTo(sink, 1000);
        once.at(1);
        once.insert(ReadModelTable.THEME, Row.of("partnership_id", "p", "theme_id", "t1", "name", "Safer"));
        once.delete(ReadModelTable.THEME, Row.of("partnership_id", "p", "theme_id", "t1"));
        once.writeTo(sink);
        assertThat(sent).as("a row made and deleted by one version").isEmpty();

        MemoryRows twice = MemoryRows.streamingTo(sink, 1000);
        twice.at(1);
        twice.insert(ReadModelTable.THEME, Row.of("partnership_id", "p", "theme_id", "t2", "name", "Safer"));
        twice.at(2);
        twice.delete(ReadModelTable.THEME, Row.of("partnership_id", "p", "theme_id", "t2"));
        twice.writeTo(sink);
        assertThat(sent).extracting(Batch::table).containsExactly(ReadModelTable.THEME.history().orElseThrow());
        assertThat(sent.get(0).columns()).isNotNull();
        assertThat(sent.get(0).rows()).singleElement()
                .satisfies(row -> assertThat(row.get(ReadModelTable.VALID_TO)).isEqualTo(2L));
    }

    private static Row spend(String id) {
        return Row.of("partnership_id", "p", "pledge_id", "g", "spend_id", id, "amount_minor", 100L, "currency", "GBP");
    }
}
