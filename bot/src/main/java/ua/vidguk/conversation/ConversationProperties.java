package ua.vidguk.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import ua.vidguk.conversation.engine.EngineSettings;

/**
 * @param survey the survey sent after a visit
 * @param locale the language a new conversation starts in
 * @param maxReprompts how often a question is asked again after replies that are not answers
 * @param expireAfter how long a conversation waits for the next reply before it closes
 * @param sweepEvery how often conversations past their time are closed
 */
@ConfigurationProperties("vidguk.conversation")
record ConversationProperties(
        @DefaultValue("cnap-visit") String survey,
        @DefaultValue("uk") String locale,
        @DefaultValue("2") int maxReprompts,
        @DefaultValue("24h") Duration expireAfter,
        @DefaultValue("1m") Duration sweepEvery) {

    EngineSettings engineSettings() {
        return new EngineSettings(maxReprompts, expireAfter);
    }
}
