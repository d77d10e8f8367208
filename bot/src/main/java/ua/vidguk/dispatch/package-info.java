/**
 * Dispatch: from reported visits and campaigns to invitations, on time and never twice. Campaigns
 * and visits make invitations ({@link ua.vidguk.dispatch.Scheduling}); a Quartz job takes what is
 * due from the scheduler module's {@code DueQueue} and sends it through the conversation
 * feature's {@code Inviter} ({@link ua.vidguk.dispatch.Dispatcher}). MongoDB holds everything, so
 * any number of instances share the work and a restart loses nothing.
 */
@NullMarked
package ua.vidguk.dispatch;

import org.jspecify.annotations.NullMarked;
