package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sets a rebuild holds the stored rows in: every fingerprint added is found and matched once, through many
 * growths of the table (which keep what was matched), fingerprints that share half their bits or are all zeros
 * included; one that was never added is not found.
 */
class StoredRowsTest {

    @Test
    void fingerprintsAreFoundAndMatchedOnceThroughGrowth() {
        StoredRows.Fingerprints held = new StoredRows.Fingerprints();
        Random random = new Random(42);
        long[][] added = new long[200_000][];
        for (int i = 0; i < added.length; i++) {
            // every tenth shares its high half with the one before: the same first slot, a different fingerprint
            long high = i % 10 == 1 ? added[i - 1][0] : random.nextLong();
            added[i] = new long[]{high, random.nextLong()};
            held.add(added[i][0], added[i][1]);
        }
        held.add(0, 0);
        assertThat(held.size()).isEqualTo(added.length + 1);

        for (int i = 0; i < added.length; i += 2) {
            assertThat(held.match(added[i][0], added[i][1])).as("fingerprint " + i).isTrue();
        }
        assertThat(held.matched()).isEqualTo(added.length / 2);
        // growing again keeps what was matched
        for (int i = 0; i < added.length; i++) {
            held.add(random.nextLong(), random.nextLong());
        }
        assertThat(held.matched()).isEqualTo(added.length / 2);
        for (int i = 0; i < added.length; i++) {
            assertThat(held.unmatched(added[i][0], added[i][1])).as("fingerprint " + i).isEqualTo(i % 2 == 1);
        }
        assertThat(held.unmatched(0, 0)).isTrue();
        assertThat(held.match(0, 0)).isTrue();
        assertThat(held.match(added[1][0], added[1][1] + 1)).as("never added").isFalse();
        assertThat(held.unmatched(random.nextLong(), random.nextLong())).isFalse();

        assertThatThrownBy(() -> held.match(added[0][0], added[0][1])).hasMessageContaining("twice");
        assertThatThrownBy(() -> held.add(added[3][0], added[3][1])).hasMessageContaining("one fingerprint");
    }

    @Test
    void keyHashesAreFoundThroughGrowthAndOthersAreNot() {
        StoredRows.KeyHashes held = new StoredRows.KeyHashes();
        Random random = new Random(7);
        Set<Long> added = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long hash = random.nextLong();
            added.add(hash);
            held.add(hash);
        }
        held.add(0);
        for (long hash : added) {
            assertThat(held.contains(hash)).isTrue();
        }
        assertThat(held.contains(0)).isTrue();
        int falsePositives = 0;
        for (int i = 0; i < 100_000; i++) {
            long other = random.nextLong();
            if (!added.contains(other) && held.contains(other)) {
                falsePositives++;
            }
        }
        assertThat(falsePositives).isZero();
    }
}
