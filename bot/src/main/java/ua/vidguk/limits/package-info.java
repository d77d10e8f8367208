/**
 * Abuse limits of the anonymous channels: how many surveys one identity (a web client's address,
 * a messenger account) may open about one centre in an hour ({@link ua.vidguk.limits.EntryLimits}),
 * and whether a response is part of a burst of anonymous negative responses against one centre
 * ({@link ua.vidguk.limits.SuspectBursts}). Counts live in MongoDB, one document per counter
 * changed by single-document atomic updates, so instances share them; a job removes old ones.
 *
 * <p>It stores no identity as given: only a keyed hash (HMAC) of it, for at most about two hours.
 * It must not know surveys, sessions, channels or staff chats: callers say what an entry or a
 * response is, and decide what a refusal or a suspicion means.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Abuse limits")
package ua.vidguk.limits;

import org.jspecify.annotations.NullMarked;
