package ua.vidguk.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Wrong tokens counted per client address in fixed windows: after {@code maxFailures} in one
 * window the address waits for the window's end, so guessing costs time. Counted per instance
 * (several instances each allow as many): with 256-bit tokens this is a brake on noise and a log of
 * it, not what keeps a token secret. Behind a proxy the address is the client's only with {@code
 * server.forward-headers-strategy} set.
 */
@Component
class FailedAttempts {

    private static final Logger log = LoggerFactory.getLogger(FailedAttempts.class);

    private final AccessProperties.SignIn limits;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Cache<String, Window> windows;

    FailedAttempts(AccessProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.limits = properties.signIn();
        this.clock = clock;
        this.events = events;
        this.windows = Caffeine.newBuilder()
                .expireAfterWrite(limits.window())
                .maximumSize(100_000)
                .build();
    }

    /** How long the address must wait before its next attempt is heard; empty when it may try now. */
    Optional<Duration> waitFor(String address) {
        Window window = windows.getIfPresent(address);
        if (window == null || window.failures.get() < limits.maxFailures()) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), window.start.plus(limits.window()));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    /** Counts a wrong token and logs it, with what was tried but never the token itself. */
    void failed(String address, String what) {
        failed(address, what, "");
    }

    /** @param who the account name typed, when there was one */
    void failed(String address, String what, String who) {
        Instant now = clock.instant();
        Window window = windows.asMap()
                .compute(
                        address,
                        (key, old) ->
                                old == null || !now.isBefore(old.start.plus(limits.window())) ? new Window(now) : old);
        int failures = window.failures.incrementAndGet();
        log.warn("Wrong {} from {}: {} in this {} window", what, address, failures, limits.window());
        events.publishEvent(new SignInFailed(what, who, address, now));
    }

    private static final class Window {
        private final Instant start;
        private final AtomicInteger failures = new AtomicInteger();

        private Window(Instant start) {
            this.start = start;
        }
    }
}
