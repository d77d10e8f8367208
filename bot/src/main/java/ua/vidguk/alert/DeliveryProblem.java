package ua.vidguk.alert;

import java.time.Instant;

/**
 * A chat that would not take a message about a case, as the case keeps it for coordinators.
 *
 * @param scope whose chat it was ({@code cnap:…}, {@code region:…}, {@code national})
 * @param reason Telegram's answer, such as {@code 403 Forbidden: bot was kicked from the group chat}
 */
record DeliveryProblem(String scope, long chatId, Kind kind, String reason, Instant at) {

    enum Kind {
        /** The bot can no longer write to the chat; it stays so until the chat is linked again. */
        CHAT_UNUSABLE,
        /** Telegram failed {@code delivery-attempts} times in a row; the chat itself may be fine. */
        GAVE_UP
    }
}
