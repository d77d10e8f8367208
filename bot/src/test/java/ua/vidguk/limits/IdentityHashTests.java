package ua.vidguk.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** With {@code vidguk.limits.secret} set, the hash needs no database. */
class IdentityHashTests {

    private static IdentityHash withSecret(String secret) {
        return new IdentityHash(null, new LimitsProperties(10, 3, secret, 10, Duration.ofMinutes(30)));
    }

    @Test
    void anIdentityIsKeptAs128BitsOfItsKeyedHashNeverAsGiven() {
        String hashed = withSecret("a-secret-of-sixteen-plus").of("203.0.113.7");

        assertThat(hashed).hasSize(22).matches("[A-Za-z0-9_-]+").doesNotContain("203", "113");
    }

    @Test
    void theSameIdentityHashesAlikeAndAnotherDifferently() {
        IdentityHash hash = withSecret("a-secret-of-sixteen-plus");

        assertThat(hash.of("telegram:777001")).isEqualTo(hash.of("telegram:777001"));
        assertThat(hash.of("telegram:777001")).isNotEqualTo(hash.of("telegram:777002"));
    }

    @Test
    void anotherSecretGivesAnotherHash() {
        assertThat(withSecret("a-secret-of-sixteen-plus").of("203.0.113.7"))
                .isNotEqualTo(withSecret("another-secret-of-sixteen").of("203.0.113.7"));
    }
}
