package ua.vidguk.conversation;

/**
 * What a visit's link may show a visitor: which centre, and whether the survey still takes answers.
 * Nothing personal: whoever holds the link sees no phone number.
 */
public record Visit(String token, String cnapName, boolean open) {}
