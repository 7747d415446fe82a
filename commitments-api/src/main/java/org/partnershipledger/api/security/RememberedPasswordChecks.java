package org.partnershipledger.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * HTTP Basic sends the password with every request, and checking it against its bcrypt hash costs tens of
 * milliseconds of CPU by design — more than the request itself. This remembers, for a few minutes, that a password
 * matched its hash: only an HMAC of the pair under a key made afresh at every start is kept, never the password;
 * failed checks are never remembered, so guessing still pays the full price every time.
 */
final class RememberedPasswordChecks implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Cache<String, Boolean> matched;
    private final SecretKeySpec key;

    RememberedPasswordChecks(PasswordEncoder delegate, Duration remember, long maximumEntries) {
        this.delegate = delegate;
        this.matched = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(maximumEntries).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        if (matched.getIfPresent(fingerprint) != null) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            matched.put(fingerprint, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(encodedPassword.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
