/**
 * Viber: sends {@link ua.vidguk.channel.OutboundMessage}s through Viber's REST API (answered by an
 * in-process fake when no auth token is set: the sandbox), and turns Viber's signed callbacks into
 * replies and openings of the bot (with the visit token or centre code of the link) for the {@link
 * ua.vidguk.channel.Inbox}, opt-outs, contact links and {@link ua.vidguk.channel.DeliveryReported}
 * events.
 *
 * <p>Internal to the channels: other features see only the channels' API. It owns the Viber
 * client, the signature check and the welcome-message capture. It must not know surveys or
 * sessions: what a visitor sees when they open the bot is decided by whoever listens to {@link
 * ua.vidguk.channel.MessengerOpened}.
 */
@NullMarked
package ua.vidguk.channel.viber;

import org.jspecify.annotations.NullMarked;
