package ua.vidguk.alert;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.StaffMessenger;
import ua.vidguk.channel.StaffPost;

/**
 * Edits a posted alert to show who took or resolved it. When its group has become a supergroup
 * since, the group is followed (its links and waiting messages move, see {@link ChatTrouble}) and
 * the alert is posted again there with its status and buttons: the old message lives under the
 * old id, where the bot can no longer edit it. Other failures are logged; the case is right either
 * way, and the API shows it.
 */
@Component
class AlertEdits {

    private static final Logger log = LoggerFactory.getLogger(AlertEdits.class);

    private final StaffMessenger telegram;
    private final ChatTrouble trouble;
    private final Cases cases;
    private final AlertTexts texts;

    AlertEdits(StaffMessenger telegram, ChatTrouble trouble, Cases cases, AlertTexts texts) {
        this.telegram = telegram;
        this.trouble = trouble;
        this.cases = cases;
        this.texts = texts;
    }

    /** A folded alert has no message of its own, and is left as it is. */
    void showStatus(AlertCase c, List<Button> buttons) {
        if (c.chatId() == null || c.messageId() == null || c.folded()) {
            return;
        }
        String text = texts.withStatus(c);
        StaffPost edited = telegram.edit(c.chatId(), c.messageId(), text, buttons);
        if (edited instanceof StaffPost.Moved moved) {
            long to = trouble.moved(c.chatId(), moved.chatId());
            // At once, outside the chat's budget: it replaces a message, it does not add to the flow.
            StaffPost reposted = telegram.post(to, text, buttons);
            if (reposted instanceof StaffPost.Sent sent) {
                cases.reposted(c.id(), to, sent.messageId());
            } else {
                log.warn("Case {}: its alert could not be posted again in supergroup {}: {}", c.id(), to, reposted);
            }
        } else if (!(edited instanceof StaffPost.Sent)) {
            log.debug("Case {}: its alert in chat {} was not edited: {}", c.id(), c.chatId(), edited);
        }
    }
}
