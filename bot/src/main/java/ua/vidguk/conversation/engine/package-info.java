/**
 * The pure conversation engine, in the manner of nyaruka/goflow: a start, a reply or an expiry goes
 * in with the {@link ua.vidguk.conversation.engine.Session} and the survey; the new session, the
 * messages to send (channel-independent {@link ua.vidguk.conversation.engine.Prompt}s) and the
 * events come out as a {@link ua.vidguk.conversation.engine.Step}. It owns how a visitor's text is
 * read as an answer, the re-prompt limit, branching through the survey, opt-out words, and how a
 * prompt is worded for SMS or a messenger ({@link ua.vidguk.conversation.engine.PromptRenderer}). It
 * does no I/O and reads no clock: it must not know storage, Spring, providers, or the time except
 * what the caller passes in; the caller stores the session and sends the messages.
 */
@NullMarked
package ua.vidguk.conversation.engine;

import org.jspecify.annotations.NullMarked;
