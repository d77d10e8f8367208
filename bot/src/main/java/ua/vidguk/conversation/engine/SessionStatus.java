package ua.vidguk.conversation.engine;

/** Where a conversation stands. Only an {@link #ACTIVE} session takes answers. */
public enum SessionStatus {
    /** Questions are being asked. */
    ACTIVE,
    /** Every question the survey asks was answered. */
    COMPLETED,
    /** The visitor went silent and the session was swept. */
    EXPIRED,
    /** The visitor sent an opt-out word during the survey. */
    OPTED_OUT,
    /** Closed politely after replies to the first question that were not answers. */
    CLOSED
}
