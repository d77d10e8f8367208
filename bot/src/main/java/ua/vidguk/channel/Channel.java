package ua.vidguk.channel;

/** A way to reach a visitor. */
public enum Channel {
    SMS,
    VIBER,
    TELEGRAM,
    /**
     * A survey answered on web pages (a centre's QR code, or an invitation's link continued in the
     * browser). Nothing is sent on it: its questions are the pages the visitor asks for, so it has
     * no {@link ChannelSender}.
     */
    WEB
}
