/**
 * Viber: sends {@link ua.vidguk.channel.OutboundMessage}s through Viber's REST API (answered by an
 * in-process fake when no auth token is set: the sandbox), and turns Viber's signed callbacks into replies for the
 * {@link ua.vidguk.channel.Inbox}, a visitor entering the bot (with the visit token or centre code
 * of the link), opt-outs, contact links and {@link ua.vidguk.channel.DeliveryReported} events.
 *
 * <p>It owns the Viber client, the signature check and the welcome-message capture. It must not
 * know surveys or sessions: what a visitor sees when they open the bot is decided by {@link
 * ua.vidguk.conversation.MessengerEntry}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Viber")
package ua.vidguk.channel.viber;

import org.jspecify.annotations.NullMarked;
