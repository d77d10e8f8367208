package ua.vidguk.dispatch;

import java.util.Map;

/**
 * How far a campaign got, in one read of its invitations.
 *
 * @param invitations invitations by status, and by reason for the skipped and failed
 * @param reach what its completed SMS invitations cost in SMS, with and without the link taken
 */
public record CampaignProgress(Map<String, Long> invitations, SmsReach reach) {}
