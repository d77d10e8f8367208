package ua.vidguk.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reported visit as other features see it.
 *
 * @param phone the visitor's mobile number in E.164
 * @param service what the visit was for, when the centre reported it
 */
public record AcceptedVisit(
        String externalId,
        String cnapCode,
        String phone,
        Instant visitedAt,
        @Nullable String service) {}
