/**
 * SMS over Twilio: sends {@link ua.vidguk.channel.OutboundMessage}s with twilio-java (to an
 * in-process fake of Twilio's API when no credentials are set: the sandbox), and turns Twilio's signed webhooks into {@link
 * ua.vidguk.channel.MessageReceived} and {@link ua.vidguk.channel.DeliveryReported} events.
 *
 * <p>It owns the Twilio client, its single retry policy, the signature check and the record of
 * inbound message ids that drops redeliveries. It must not know surveys, sessions or opt-outs:
 * a refusal with code 21610 is reported, and others decide what it means for the contact.
 */
@NullMarked
package ua.vidguk.channel.sms;

import org.jspecify.annotations.NullMarked;
