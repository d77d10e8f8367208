/**
 * Staff-chat linking: which Telegram group is the staff chat of a centre, a region or the whole
 * country (a {@link ua.vidguk.stafflink.Scope}), the one-time codes coordinators issue for it, and
 * the {@code /link} and {@code /unlink} an administrator sends in the group. Other features ask
 * {@link ua.vidguk.stafflink.StaffLinks} where a scope's messages go and whether the bot can still
 * write there, tell it when Telegram says a group moved to a supergroup or is closed to the bot,
 * name a scope with {@link ua.vidguk.stafflink.ScopeNames}, and hear {@link
 * ua.vidguk.stafflink.StaffChatLinked}.
 *
 * <p>Hears the Telegram channel's staff-chat messages and answers through {@link
 * ua.vidguk.channel.StaffMessenger}. It must not know alerts, cases or what a staff chat is sent:
 * the alert feature depends on it, never the other way round.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Staff chat links")
package ua.vidguk.stafflink;

import org.jspecify.annotations.NullMarked;
