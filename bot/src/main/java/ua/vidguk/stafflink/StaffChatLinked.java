package ua.vidguk.stafflink;

import java.time.Instant;

/**
 * A group became the staff chat of a scope ({@code /link} with a valid code, sent by an
 * administrator), after the group was told. Published synchronously, within the handling of the
 * Telegram update: a listener that throws makes the update count as not received.
 */
public record StaffChatLinked(Scope scope, long chatId, Instant linkedAt) {}
