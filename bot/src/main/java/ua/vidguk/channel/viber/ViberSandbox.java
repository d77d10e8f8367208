package ua.vidguk.channel.viber;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no auth token is set, i.e. when Viber runs as a sandbox. */
final class ViberSandbox implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("vidguk.viber.auth-token");
        return token == null || token.isBlank();
    }
}
