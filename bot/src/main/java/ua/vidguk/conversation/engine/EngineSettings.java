package ua.vidguk.conversation.engine;

import java.time.Duration;

/**
 * How patient the engine is.
 *
 * @param maxReprompts how many times a question is asked again after replies that are not answers,
 *     before the survey moves on (or closes, on its first question)
 * @param expireAfter how long a session waits for the next reply before it is due to expire
 */
public record EngineSettings(int maxReprompts, Duration expireAfter) {

    /** Two re-prompts, as the product asks; a day to answer, since SMS replies often come hours later. */
    public static final EngineSettings DEFAULTS = new EngineSettings(2, Duration.ofHours(24));

    public EngineSettings {
        if (maxReprompts < 0) {
            throw new IllegalArgumentException("maxReprompts must not be negative: " + maxReprompts);
        }
        if (expireAfter == null || expireAfter.isNegative() || expireAfter.isZero()) {
            throw new IllegalArgumentException("expireAfter must be positive: " + expireAfter);
        }
    }
}
