package ua.vidguk.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method whose successful call goes into the audit trail, as {@code value}
 * (e.g. {@code campaign.created}), with the caller, the path and the answer's status. The path is
 * all it says of the target: never the request body, so never a secret or a phone number.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {
    String value();
}
