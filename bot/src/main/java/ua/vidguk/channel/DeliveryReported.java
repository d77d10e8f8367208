package ua.vidguk.channel;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A provider reported what happened to a message it accepted.
 *
 * @param status the provider's status in lower case: {@code queued}, {@code sent}, {@code
 *     delivered}, {@code undelivered}, {@code failed}, …
 * @param errorCode the provider's error code when delivery failed
 */
public record DeliveryReported(
        Channel channel,
        String providerMessageId,
        String status,
        @Nullable String errorCode,
        Instant reportedAt) {}
