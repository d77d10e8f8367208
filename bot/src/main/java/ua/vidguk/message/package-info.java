/**
 * The texts the bot sends that are not survey questions: invitations, reminders, thanks, opt-out
 * and opt-in confirmations, re-prompts, button labels and the staff alert. It owns the registry of
 * message names and the variables each may use ({@link ua.vidguk.message.MessageName}), loads the
 * Mustache files of {@code messages/<locale>/}, proves each renders with sample values at start-up,
 * and renders them for callers ({@link ua.vidguk.message.Messages}). It must not know how a channel
 * delivers a text, nor compute the values: callers pass them, already formatted.
 */
@NullMarked
package ua.vidguk.message;

import org.jspecify.annotations.NullMarked;
