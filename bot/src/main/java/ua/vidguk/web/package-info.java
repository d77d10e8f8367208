/**
 * Pages for people: the visit page that an invitation's link opens, where a visitor picks a
 * messenger to continue the survey in; and the public ratings ({@code /ratings}, {@code
 * /ratings.json}), which show only what {@link ua.vidguk.figures.PublicRatings} publishes.
 *
 * <p>Server-rendered, no front-end build. Shows nothing personal, since anyone holding a link sees
 * it. Must not know how conversations are stored.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package ua.vidguk.web;

import org.jspecify.annotations.NullMarked;
