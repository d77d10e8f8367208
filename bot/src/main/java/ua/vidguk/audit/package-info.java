/**
 * The audit trail: who did what and when. Records each successful call of a controller method
 * marked {@link ua.vidguk.access.Audited} (credentials issued and revoked, campaigns created,
 * paused, cancelled, staff-link codes issued) and each {@link ua.vidguk.access.SignInFailed}, and
 * answers admins on {@code GET /api/v1/audit}. An entry holds the caller, the action, the method
 * and path (no query string), the status and the client's address: never a request body, so never
 * a secret or a phone number. Entries older than {@code vidguk.audit.retention} are removed daily.
 *
 * <p>It must not know any feature's data: what a call did is the action's name and its path.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package ua.vidguk.audit;

import org.jspecify.annotations.NullMarked;
