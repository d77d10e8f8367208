package ua.vidguk.dispatch;

import java.time.Instant;

/**
 * The visit behind a conversation that an invitation opened: what staff may need about it, since
 * the conversation itself may have moved to a messenger and lost the phone number.
 *
 * @param phone the number the visit was reported with, in E.164
 * @param visitId the centre's own id of the visit
 */
public record InvitedVisit(String phone, Instant visitedAt, String visitId) {}
