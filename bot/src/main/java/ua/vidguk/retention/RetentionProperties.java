package ua.vidguk.retention;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of personal data lives; each feature's {@link RetentionJob} reads its own.
 * The reasons are in the README's settings table and docs/architecture.md.
 *
 * @param visits how long a reported visit (phone, administrator) is kept after the visit: longer
 *     than the longest look-back of a new campaign ({@code maxVisitAge}, at most 30 days) and a
 *     centre's late re-report, which it answers as a duplicate
 * @param invitationContacts how long an invitation that is no longer waiting keeps its copy of the
 *     visit's phone and administrator after its last change; the rest (status, channel, campaign)
 *     stays for the campaign's progress
 * @param invitedNumbers how long the time a number was last invited is kept: at least the longest
 *     {@code noRepeatDays} a campaign may have (365)
 * @param conversationContacts how long a conversation's visit token and response keep the
 *     visitor's contact after the conversation began: while a case about it may still be handled
 *     and the visitor called back; the answers stay for exports and reports
 * @param messages how long the log of messages out (contact, text, delivery status) is kept:
 *     delivery reports, the latest a messenger's "seen", come within days
 * @param inboundMessages how long messages in (sender, text) are kept: they make a provider's
 *     redelivery harmless, and providers redeliver within hours
 * @param caseDetails how long a resolved case keeps the visitor's phone, the comment as written
 *     and the staff's names after it was resolved; then the phone is masked, phone numbers and
 *     e-mail addresses in the text are masked, and the names removed, while the status, times and
 *     resolution stay for reports
 * @param contactLinks how long a proven link between a phone number and a messenger account is
 *     kept after it was last made: the person is invited by SMS again after that, and links again
 *     by opening the link in the messenger
 */
@ConfigurationProperties("vidguk.retention")
public record RetentionProperties(
        @DefaultValue("90d") Duration visits,
        @DefaultValue("30d") Duration invitationContacts,
        @DefaultValue("365d") Duration invitedNumbers,
        @DefaultValue("90d") Duration conversationContacts,
        @DefaultValue("30d") Duration messages,
        @DefaultValue("7d") Duration inboundMessages,
        @DefaultValue("180d") Duration caseDetails,
        @DefaultValue("730d") Duration contactLinks) {

    /** The longest {@code noRepeatDays} a campaign may have (campaign's own check). */
    public static final Duration LONGEST_NO_REPEAT = Duration.ofDays(365);

    public RetentionProperties {
        var least = Map.of(
                "visits", Map.entry(visits, Duration.ofDays(31)),
                "invitation-contacts", Map.entry(invitationContacts, Duration.ofDays(2)),
                "invited-numbers", Map.entry(invitedNumbers, LONGEST_NO_REPEAT),
                "conversation-contacts", Map.entry(conversationContacts, Duration.ofDays(2)),
                "messages", Map.entry(messages, Duration.ofDays(3)),
                "inbound-messages", Map.entry(inboundMessages, Duration.ofDays(2)),
                "case-details", Map.entry(caseDetails, Duration.ofDays(1)),
                "contact-links", Map.entry(contactLinks, Duration.ofDays(1)));
        least.forEach((name, setting) -> {
            if (setting.getKey().compareTo(setting.getValue()) < 0) {
                throw new IllegalArgumentException("vidguk.retention." + name + " must be at least "
                        + setting.getValue().toDays() + " days, not " + setting.getKey());
            }
        });
    }
}
