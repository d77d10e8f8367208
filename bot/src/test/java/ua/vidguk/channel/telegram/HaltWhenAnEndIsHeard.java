package ua.vidguk.channel.telegram;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;

/**
 * Kills its own JVM, as {@code kill -9} would (no shutdown hooks, nothing flushed), at the moment a
 * negative end is first heard: after the end was stored, before any listener of the application's
 * acted on it. Not a component: only a test that names it in {@code spring.main.sources} and sets
 * {@code halt-when-an-end-is-heard} gets it.
 */
class HaltWhenAnEndIsHeard {

    private final boolean armed;

    HaltWhenAnEndIsHeard(Environment environment) {
        this.armed = environment.getProperty("halt-when-an-end-is-heard", Boolean.class, false);
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(NegativeFeedbackReceived negative) {
        if (armed) {
            Runtime.getRuntime().halt(137);
        }
    }
}
