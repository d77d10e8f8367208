/**
 * Printable material for the centres' walls: each centre's QR code ({@code qr.svg}, {@code
 * qr.png}) leading to its web survey ({@link ua.vidguk.poster.SurveyAddress}), its A4 poster as a
 * PDF, and a region's posters as one ZIP, for signed-in callers whose scope covers them. Its API
 * is {@link ua.vidguk.poster.PosterFiles} (the answers, scope checked), which both the bearer API
 * here and the console's session use, and {@link ua.vidguk.poster.SurveyAddress}.
 *
 * <p>Reads centres from the registry; must not know surveys, conversations or answers: a poster
 * carries only the centre's name, code and public address.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Posters")
package ua.vidguk.poster;

import org.jspecify.annotations.NullMarked;
