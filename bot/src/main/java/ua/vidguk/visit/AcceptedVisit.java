package ua.vidguk.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reported visit as other features see it.
 *
 * @param phone the visitor's mobile number in E.164
 * @param service what the visit was for, when the centre reported it
 * @param administrator who served the visit, when the centre reported it: a staff member's name
 *     or queue id, personal data that is never logged
 */
public record AcceptedVisit(
        String externalId,
        String cnapCode,
        String phone,
        Instant visitedAt,
        @Nullable String service,
        @Nullable String administrator) {}
