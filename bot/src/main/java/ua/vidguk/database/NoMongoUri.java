package ua.vidguk.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when {@code spring.mongodb.uri} is unset. A plain lookup rather than an expression: the URI
 * may hold a password, and a failing expression would print it.
 */
class NoMongoUri implements Condition {

    static boolean isSet(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("spring.mongodb.uri"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !isSet(context);
    }

    /** The opposite: an external MongoDB is configured. */
    static class Configured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isSet(context);
        }
    }
}
