/**
 * The channels that carry surveys: SMS (Twilio), Viber, Telegram, and a sandbox used when a
 * channel has no credentials. A channel turns a provider's webhooks into {@link MessageReceived},
 * {@link MessengerOpened} and {@link DeliveryReported} events, and sends {@link OutboundMessage}s
 * through a {@link ChannelSender}. Each provider's code lives in a sub-package of its own, internal
 * to this module; the {@code sandbox} sub-package is its named interface for the web console.
 *
 * <p>Each channel verifies its provider's signatures and drops redeliveries by the provider's
 * message id. This package must not know surveys, sessions or answers.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Channels")
package ua.vidguk.channel;

import org.jspecify.annotations.NullMarked;
