package org.partnershipledger.api.config;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loaded partnerships stay loaded through garbage collections (a weakly held one did not), are handed back as the
 * very object stored (never a copy), and are bounded in number.
 */
class PartnershipCacheTest {

    @Test
    void keepsWhatItHoldsThroughCollectionsAndHandsBackTheSameObject() {
        try (PartnershipCache partnerships = new PartnershipCache(10, Duration.ofHours(1))) {
            Cache cache = partnerships.cache();
            Object partnership = new StringBuilder("sutton");
            cache.put("sutton", partnership);
            int identity = System.identityHashCode(partnership);
            partnership = null;
            for (int i = 0; i < 5; i++) {
                System.gc();
                byte[][] churn = new byte[64][];
                for (int j = 0; j < churn.length; j++) {
                    churn[j] = new byte[1 << 20];
                }
            }
            Object kept = cache.get("sutton");
            assertThat(kept).isNotNull();
            assertThat(System.identityHashCode(kept)).isEqualTo(identity);
        }
    }

    @Test
    void holdsAtMostTheNumberSet() throws InterruptedException {
        try (PartnershipCache partnerships = new PartnershipCache(3, Duration.ofHours(1))) {
            Cache cache = partnerships.cache();
            for (int i = 0; i < 20; i++) {
                cache.put("p" + i, new Object());
            }
            long held = 20;
            for (int attempt = 0; attempt < 100 && held > 3; attempt++) {
                Thread.sleep(20);
                held = java.util.stream.IntStream.range(0, 20).filter(i -> cache.containsKey("p" + i)).count();
            }
            assertThat(held).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void eachCacheIsItsOwn() {
        try (PartnershipCache one = new PartnershipCache(10, Duration.ofHours(1));
             PartnershipCache other = new PartnershipCache(10, Duration.ofHours(1))) {
            one.cache().put("sutton", "one");
            assertThat(other.cache().containsKey("sutton")).isFalse();
        }
    }
}
