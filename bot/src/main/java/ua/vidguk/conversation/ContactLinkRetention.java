package ua.vidguk.conversation;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import ua.vidguk.contact.LinkRetention;
import ua.vidguk.retention.RetentionJob;
import ua.vidguk.retention.RetentionProperties;

/**
 * Forgets the proven links between phone numbers and messenger accounts not made again for {@code
 * vidguk.retention.contact-links}: the conversations make them (a visit link opened in a
 * messenger), so they say how long they are kept. Nightly.
 */
@Component
class ContactLinkRetention implements RetentionJob {

    private final LinkRetention links;
    private final Duration keep;

    ContactLinkRetention(LinkRetention links, RetentionProperties retention) {
        this.links = links;
        this.keep = retention.contactLinks();
    }

    @Override
    public long run(Instant now) {
        return links.forgetLinkedBefore(now.minus(keep));
    }
}
