package ua.vidguk.channel;

/**
 * A tap answer in a messenger keyboard.
 *
 * @param label what the visitor sees
 * @param payload what comes back when it is tapped
 */
public record Button(String label, String payload) {}
