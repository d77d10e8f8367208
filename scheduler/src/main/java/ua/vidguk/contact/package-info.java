/**
 * Who a visitor is to Vidguk: a typed contact address ({@code tel:+380…}, {@code viber:…}, {@code
 * telegram:…}), a mobile phone number checked as one, the links between a phone number and the
 * messenger identities proven to belong to it, and the opt-outs that keep a person out of every
 * survey.
 *
 * <p>A plain package of the scheduler jar: it must not know the bot, its channels or its
 * conversations.
 */
@NullMarked
package ua.vidguk.contact;

import org.jspecify.annotations.NullMarked;
