package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.operations.StoredRows.Found;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The table a rebuild holds a table's stored rows in: every row added is found by its key's hash and fingerprint
 * and matched once, through many growths of the table (which keep what was matched) — rows whose keys' hashes are
 * equal, or equal but for the bit that marks a match, or 0, and fingerprints of zeros included; a rebuilt row with a
 * stored key's hash and another fingerprint finds the key; one with neither finds nothing.
 */
class StoredRowsTest {

    @Test
    void rowsAreFoundByKeyAndFingerprintAndMatchedOnceThroughGrowth() {
        StoredRows.Fingerprints held = new StoredRows.Fingerprints();
        Random random = new Random(42);
        long[][] added = new long[200_000][];
        for (int i = 0; i < added.length; i++) {
            long key = random.nextLong();
            if (i % 10 == 1) {
                // the same key hash as the row before, another fingerprint: two keys with one hash
                key = added[i - 1][0];
            } else if (i % 10 == 2) {
                // equal to the row before but for the top bit, which the table keeps for its mark
                key = added[i - 1][0] ^ Long.MIN_VALUE;
            }
            added[i] = new long[]{key, random.nextLong(), random.nextLong()};
            held.add(added[i][0], added[i][1], added[i][2]);
        }
        held.add(0, 0, 0);
        assertThat(held.size()).isEqualTo(added.length + 1);

        for (int i = 0; i < added.length; i += 2) {
            assertThat(held.match(added[i][0], added[i][1], added[i][2])).as("row " + i).isEqualTo(Found.SAME);
        }
        assertThat(held.matched()).isEqualTo(added.length / 2);
        // growing again keeps what was matched
        for (int i = 0; i < added.length; i++) {
            held.add(random.nextLong(), random.nextLong(), random.nextLong());
        }
        assertThat(held.matched()).isEqualTo(added.length / 2);
        for (int i = 0; i < added.length; i++) {
            assertThat(held.unmatched(added[i][0], added[i][1], added[i][2])).as("row " + i).isEqualTo(i % 2 == 1);
        }
        assertThat(held.unmatched(0, 0, 0)).isTrue();
        assertThat(held.match(0, 0, 0)).isEqualTo(Found.SAME);
        assertThat(held.unmatched(0, 0, 0)).isFalse();

        assertThat(held.match(added[1][0], added[1][1], added[1][2] + 1)).as("a stored key, changed").isEqualTo(Found.KEY);
        assertThat(held.match(added[1][0], added[1][1], added[1][2])).as("the stored row itself").isEqualTo(Found.SAME);
        assertThat(held.match(random.nextLong(), random.nextLong(), random.nextLong())).isEqualTo(Found.NONE);
        assertThat(held.unmatched(random.nextLong(), random.nextLong(), random.nextLong())).isFalse();

        assertThatThrownBy(() -> held.match(added[0][0], added[0][1], added[0][2])).hasMessageContaining("twice");
        assertThatThrownBy(() -> held.add(added[3][0], added[3][1], added[3][2]))
                .hasMessageContaining("one fingerprint");
    }

    @Test
    void rowsAddedTogetherAreHeldAsRowsAddedOneByOne() {
        StoredRows.Fingerprints together = new StoredRows.Fingerprints();
        StoredRows.Fingerprints oneByOne = new StoredRows.Fingerprints();
        Random random = new Random(11);
        long[] rows = new long[3 * 1000];
        int added = 0;
        for (int batch = 0; batch < 60; batch++) {
            // full batches, and some partly filled, through many growths of the table
            int count = batch % 7 == 3 ? batch * 13 : 1000;
            for (int r = 0; r < count; r++) {
                rows[3 * r] = r % 10 == 1 ? rows[3 * (r - 1)] : random.nextLong();
                rows[3 * r + 1] = random.nextLong();
                rows[3 * r + 2] = random.nextLong();
                oneByOne.add(rows[3 * r], rows[3 * r + 1], rows[3 * r + 2]);
            }
            together.addAll(rows, count);
            added += count;
        }
        together.addAll(rows, 0);
        assertThat(together.size()).isEqualTo(added);
        assertThat(together.listed()).isEqualTo(oneByOne.listed());
        // the last batch is found, and only those rows are matched
        for (int r = 0; r < 1000; r++) {
            assertThat(together.match(rows[3 * r], rows[3 * r + 1], rows[3 * r + 2])).isEqualTo(Found.SAME);
        }
        assertThat(together.matched()).isEqualTo(1000);
        assertThatThrownBy(() -> together.addAll(rows, 2)).hasMessageContaining("one fingerprint");
    }

    @Test
    void keysThatWereNeverStoredAreNotFound() {
        StoredRows.Fingerprints held = new StoredRows.Fingerprints();
        Random random = new Random(7);
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long key = random.nextLong();
            keys.add(key & Long.MAX_VALUE);
            held.add(key, random.nextLong(), random.nextLong());
        }
        int wrong = 0;
        for (int i = 0; i < 100_000; i++) {
            long other = random.nextLong();
            Found found = held.match(other, random.nextLong(), random.nextLong());
            if (found != (keys.contains(other & Long.MAX_VALUE) ? Found.KEY : Found.NONE)) {
                wrong++;
            }
        }
        assertThat(wrong).isZero();
        assertThat(held.matched()).isZero();
    }
}
