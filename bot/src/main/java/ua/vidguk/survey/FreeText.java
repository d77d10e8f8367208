package ua.vidguk.survey;

/**
 * The limits of a text question.
 *
 * @param maxLength the longest answer kept, in characters
 * @param skippable whether the visitor may skip the question (canonical answer {@code ""})
 */
public record FreeText(int maxLength, boolean skippable) {}
