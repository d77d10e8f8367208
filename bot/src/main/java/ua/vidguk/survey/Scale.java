package ua.vidguk.survey;

/**
 * The labels of a scale question's ends. The range is fixed so that every scale fits a one-digit SMS
 * reply and every rating means the same across surveys and reports.
 *
 * @param low what {@link #MIN} means, e.g. "very poor"
 * @param high what {@link #MAX} means, e.g. "excellent"
 */
public record Scale(LocalizedText low, LocalizedText high) {

    public static final int MIN = 1;
    public static final int MAX = 5;
}
