/**
 * Time-ordered work shared by the features: a due queue that instances claim entries from by
 * {@code _id}, and the send window (hours and weekdays in Europe/Kyiv) an invitation must fall in.
 *
 * <p>A plain package of the scheduler jar: it must not know the bot, its channels or its
 * conversations.
 */
@NullMarked
package ua.vidguk.scheduler;

import org.jspecify.annotations.NullMarked;
