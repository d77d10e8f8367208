package ua.vidguk.channel.sms;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when Twilio's credentials are missing, i.e. when SMS runs as a sandbox. */
final class TwilioSandbox implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return blank(environment.getProperty("vidguk.twilio.account-sid"))
                || blank(environment.getProperty("vidguk.twilio.auth-token"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
