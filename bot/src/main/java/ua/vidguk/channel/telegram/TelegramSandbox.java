package ua.vidguk.channel.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no bot token is set, i.e. when Telegram runs as a sandbox. */
final class TelegramSandbox implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("vidguk.telegram.bot-token");
        return token == null || token.isBlank();
    }
}
