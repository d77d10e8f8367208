package ua.vidguk.channel.viber;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.OutboundMessage;

/**
 * Holds back the first message to one receiver, on the current thread, so that it can be the
 * answer to {@code conversation_started}.
 *
 * <p>Why: Viber lets a bot write to someone who opened it but has not subscribed exactly once,
 * with the welcome message in the HTTP answer to {@code conversation_started}; a {@code
 * send_message} would be refused ("receiver not subscribed"). The conversation feature sends its
 * messages itself through the channel's sender, and it is channel-neutral; rather than teach it
 * about welcome messages, the webhook opens a capture around handing the opening to the {@link
 * ua.vidguk.channel.Inbox}, and the sender hands the first message for that receiver to the
 * capture instead of posting it. This relies on the opening's listeners running on the webhook's
 * thread (Spring's events are synchronous unless a listener says otherwise).
 */
final class WelcomeCapture {

    private final ThreadLocal<@Nullable Scope> current = new ThreadLocal<>();

    /** What was captured while {@code work} ran, if anything was sent to the receiver. */
    <T> Captured<T> around(String receiver, Supplier<T> work) {
        var scope = new Scope(receiver);
        current.set(scope);
        try {
            T result = work.get();
            return new Captured<>(result, Optional.ofNullable(scope.welcome));
        } finally {
            current.remove();
        }
    }

    /** Takes the message if a capture for its receiver is open and still empty. */
    boolean offer(String receiver, OutboundMessage message, String senderName) {
        Scope scope = current.get();
        if (scope == null || scope.welcome != null || !scope.receiver.equals(receiver)) {
            return false;
        }
        scope.welcome = ViberMessageBody.welcome(message, senderName);
        return true;
    }

    record Captured<T>(T result, Optional<Map<String, Object>> welcome) {}

    private static final class Scope {

        private final String receiver;
        private @Nullable Map<String, Object> welcome;

        Scope(String receiver) {
            this.receiver = receiver;
        }
    }
}
