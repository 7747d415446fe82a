package org.partnershipledger.api.config;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

/**
 * The cache of loaded partnerships, as Axon's repository uses it: a Caffeine cache through JCache, holding
 * partnerships by reference (never copied), bounded in number and in idle time. Each application context has a
 * cache of its own, removed when the context closes.
 */
final class PartnershipCache implements AutoCloseable {

    private final CacheManager manager;
    private final String name = "partnerships-" + UUID.randomUUID();
    private final Cache cache;

    PartnershipCache(int maximum, Duration idle) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setStoreByValue(false);
        configuration.setMaximumSize(OptionalLong.of(maximum));
        configuration.setExpireAfterAccess(OptionalLong.of(idle.toNanos()));
        CachingProvider provider = Caching.getCachingProvider(CaffeineCachingProvider.class.getName(),
                PartnershipCache.class.getClassLoader());
        this.manager = provider.getCacheManager(provider.getDefaultURI(), PartnershipCache.class.getClassLoader());
        this.cache = new JCacheAdapter(manager.createCache(name, configuration));
    }

    Cache cache() {
        return cache;
    }

    @Override
    public void close() {
        manager.destroyCache(name);
    }
}
