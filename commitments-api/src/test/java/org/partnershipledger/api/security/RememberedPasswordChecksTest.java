package org.partnershipledger.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedPasswordChecksTest {

    private final AtomicInteger slowChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final RememberedPasswordChecks checks = new RememberedPasswordChecks(counting, Duration.ofMinutes(5), 100);

    @Test
    void aMatchedPasswordIsCheckedSlowlyOnlyOnce() {
        String hash = checks.encode("s3cret");
        assertThat(checks.matches("s3cret", hash)).isTrue();
        assertThat(checks.matches("s3cret", hash)).isTrue();
        assertThat(checks.matches("s3cret", hash)).isTrue();
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordPaysTheFullCheckEveryTimeAndNeverMatches() {
        String hash = checks.encode("s3cret");
        assertThat(checks.matches("s3cret", hash)).isTrue();
        assertThat(checks.matches("guess", hash)).isFalse();
        assertThat(checks.matches("guess", hash)).isFalse();
        assertThat(checks.matches("s3cret ", hash)).isFalse();
        assertThat(slowChecks).hasValue(4);
    }

    @Test
    void theRightPasswordForAnotherHashIsNotTakenForThisOne() {
        String first = checks.encode("s3cret");
        String second = checks.encode("other");
        assertThat(checks.matches("s3cret", first)).isTrue();
        assertThat(checks.matches("s3cret", second)).isFalse();
    }
}
