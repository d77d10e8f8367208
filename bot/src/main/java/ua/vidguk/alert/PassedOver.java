package ua.vidguk.alert;

/** Why a chat on an alert's way was passed over, as the chat that got it instead is told. */
enum PassedOver {
    /** No chat is linked for the scope. */
    MISSING,
    /** The bot cannot write there (removed from the group, the chat is gone). */
    UNUSABLE,
    /** Telegram kept failing for as many attempts as allowed. */
    FAILED
}
