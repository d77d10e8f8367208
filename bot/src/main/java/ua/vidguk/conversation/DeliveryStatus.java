package ua.vidguk.conversation;

import java.util.Locale;

/** Where a message is on its way, ordered so that a later stage is never overwritten by an earlier one. */
enum DeliveryStatus {
    ACCEPTED(1),
    QUEUED(2),
    SENDING(3),
    SENT(4),
    DELIVERED(5),
    READ(6),
    UNDELIVERED(5),
    FAILED(5),
    UNKNOWN(1);

    private final int stage;

    DeliveryStatus(int stage) {
        this.stage = stage;
    }

    boolean isFurtherThan(DeliveryStatus other) {
        return stage > other.stage;
    }

    /** Twilio's and the messengers' status words; anything new is kept as UNKNOWN rather than refused. */
    static DeliveryStatus fromProvider(String status) {
        return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "accepted", "scheduled" -> ACCEPTED;
            case "queued" -> QUEUED;
            case "sending" -> SENDING;
            case "sent" -> SENT;
            case "delivered" -> DELIVERED;
            case "read", "seen" -> READ;
            case "undelivered" -> UNDELIVERED;
            case "failed", "canceled" -> FAILED;
            default -> UNKNOWN;
        };
    }
}
