/**
 * Who may call the coordinator API: a bearer token on {@code /api/v1/**} and on the actuator's
 * operational endpoints. The national coordinator's token comes from {@code vidguk.admin-token},
 * or is generated once and kept in the data directory; API keys and people's accounts (invited by
 * a one-time link, with a password of their own) are held in memory once loaded. The web console
 * signs in with an account or the admin token through a form, then holds a session (with CSRF
 * tokens on its forms); that session does not open the API.
 *
 * <p>Webhooks, health and the web pages are outside this rule: providers prove who they are by
 * signatures that each channel checks itself. This package must not know any feature's data.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package ua.vidguk.access;

import org.jspecify.annotations.NullMarked;
