package ua.vidguk.channel;

/** A way to reach a visitor. */
public enum Channel {
    SMS,
    VIBER,
    TELEGRAM
}
