/**
 * Visits reported by the centres: the intake API ({@code POST /api/v1/visits}, JSON, and {@code
 * POST /api/v1/visits/import}, CSV), checked row by row, stored once per {@code externalId}.
 */
@NullMarked
package ua.vidguk.visit;

import org.jspecify.annotations.NullMarked;
