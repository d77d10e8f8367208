/**
 * Demo data for a fresh installation, so that one command gives something to try: a centre in
 * every oblast centre and in Kyiv, and a campaign that invites a reported visitor a minute later.
 * Written once, when the registry is empty; never touches an installation that has its own data.
 *
 * <p>It must not know how centres or campaigns are stored: it uses their features' APIs.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package ua.vidguk.demo;

import org.jspecify.annotations.NullMarked;
