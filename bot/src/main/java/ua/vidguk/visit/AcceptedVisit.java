package ua.vidguk.visit;

import java.time.Instant;

/**
 * A reported visit as other features see it.
 *
 * @param phone the visitor's mobile number in E.164
 */
public record AcceptedVisit(String externalId, String cnapCode, String phone, Instant visitedAt) {}
