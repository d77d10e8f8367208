/**
 * Pages for people: the web survey, a centre's {@code /c/<code>} (what its QR code opens) and a
 * survey's page {@code /v/<token>} (also what an invitation's link opens), which ask the questions
 * one a page through {@link ua.vidguk.conversation.WebSurveys} and let a browser begin a centre's
 * survey once a Kyiv day; and the public ratings ({@code /ratings}, {@code /ratings.json}), which
 * show only what {@link ua.vidguk.figures.PublicRatings} publishes.
 *
 * <p>Server-rendered, no front-end build, no script. Shows nothing personal, since anyone holding a
 * link sees it. Must not know how conversations are stored.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package ua.vidguk.web;

import org.jspecify.annotations.NullMarked;
