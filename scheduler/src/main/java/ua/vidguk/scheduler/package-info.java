/**
 * Visits, contacts and opt-outs, campaigns and dispatch: who is invited, on which channel, and when.
 *
 * <p>A plain jar. It owns the phone-number identity of a visitor and will own the dispatch queue;
 * it defines the port that actually sends an invitation and must not know the bot, its channels
 * or its conversations.
 */
package ua.vidguk.scheduler;
