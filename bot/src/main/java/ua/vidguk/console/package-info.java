/**
 * The web console at {@code /}: signed in with a person's account (invited by a one-time link to
 * {@code /invite/<token>}) or the admin token, server-rendered, no front-end build. Each person
 * sees the cases, campaigns and ratings dashboard of their own scope, and a centre's head its administrators' ratings; for the admin, a simulated phone shows each sandbox channel as the provider would (buttons included) and
 * sends what the person writes or taps through the channel's real webhook; a form reports a visit
 * to the real intake; campaigns show their progress; a coordinator tries a survey template on the
 * simulated phone before a campaign uses it; the posters and QR codes of the caller's centres
 * download with the session.
 *
 * <p>It only calls other features' APIs; it must not know how conversations, visits or
 * invitations are stored. What visitors and staff see is Ukrainian.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package ua.vidguk.console;

import org.jspecify.annotations.NullMarked;
