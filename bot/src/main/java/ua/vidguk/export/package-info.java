/**
 * Exports: the raw responses for the ministry's own analysis, {@code GET /api/v1/responses}, as
 * JSON pages or a streamed CSV with one column per question, kept to the caller's scope.
 *
 * <p>It reads responses only through {@link ua.vidguk.conversation.Responses}, which never hands
 * out the visitor's contact; it must not know how responses are stored, and it never writes.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Exports")
package ua.vidguk.export;

import org.jspecify.annotations.NullMarked;
