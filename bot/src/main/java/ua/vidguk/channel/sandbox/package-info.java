/**
 * The sandbox of channels without credentials: each channel keeps its real sender and webhook, and
 * only the provider's HTTP API is replaced by an in-process fake that answers as the provider would
 * and writes what was sent into a bounded {@link ua.vidguk.channel.sandbox.Transcript}. A {@link
 * ua.vidguk.channel.sandbox.SimulatedChannel} plays the provider's other half: what a simulated
 * person writes or taps is posted, signed with the sandbox's generated credentials, to the
 * channel's own webhook.
 *
 * <p>Exposed to other features (the web console) as the channels' named interface {@code sandbox}.
 * It must not know surveys or sessions.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("sandbox")
package ua.vidguk.channel.sandbox;

import org.jspecify.annotations.NullMarked;
