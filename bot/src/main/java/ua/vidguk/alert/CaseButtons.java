package ua.vidguk.alert;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.StaffButtonPressed;
import ua.vidguk.channel.StaffChatMessageReceived;
import ua.vidguk.channel.StaffMessenger;
import ua.vidguk.channel.StaffPost;
import ua.vidguk.message.MessageName;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.StaffLinks;

/**
 * «Беру в роботу» and «Вирішено»: what they carry, what a press does, and the outcome typed in
 * reply. Every press is answered; only a chat that serves the case's centre, region or the whole
 * country may act on it; a press that comes too late (taken, closed) changes nothing and says so.
 */
@Component
class CaseButtons {

    static final String TAKE = "case:t:";
    static final String RESOLVE = "case:r:";
    private static final int MAX_OUTCOME = 500;

    private final Cases cases;
    private final StaffLinks links;
    private final OutcomePrompts prompts;
    private final StaffMessenger telegram;
    private final AlertEdits edits;
    private final AlertTexts texts;
    private final Clock clock;

    CaseButtons(
            Cases cases,
            StaffLinks links,
            OutcomePrompts prompts,
            StaffMessenger telegram,
            AlertEdits edits,
            AlertTexts texts,
            Clock clock) {
        this.cases = cases;
        this.links = links;
        this.prompts = prompts;
        this.telegram = telegram;
        this.edits = edits;
        this.texts = texts;
        this.clock = clock;
    }

    /** The buttons a posted alert carries while its case is open or taken. */
    List<Button> buttons(AlertCase c) {
        return switch (c.status()) {
            case OPEN ->
                List.of(button(MessageName.LABEL_TAKE, TAKE, c), button(MessageName.LABEL_RESOLVE, RESOLVE, c));
            case TAKEN -> List.of(button(MessageName.LABEL_RESOLVE, RESOLVE, c));
            case RESOLVED -> List.of();
        };
    }

    @EventListener
    void on(StaffButtonPressed press) {
        boolean take = press.data().startsWith(TAKE);
        if (!take && !press.data().startsWith(RESOLVE)) {
            answer(press, "foreign"); // every press is answered, or the member's button keeps spinning
            return;
        }
        String caseId = press.data().substring(TAKE.length());
        var found = cases.find(caseId).filter(c -> servedBy(c, press.chatId()));
        if (found.isEmpty()) {
            answer(press, "foreign");
            return;
        }
        if (found.get().status() == AlertCase.Status.RESOLVED) {
            answer(press, "closed");
        } else if (take) {
            take(press, caseId);
        } else {
            askForOutcome(press, found.get());
        }
    }

    @EventListener
    void on(StaffChatMessageReceived message) {
        if (message.replyToMessageId() == null) {
            return;
        }
        var prompt = prompts.find(message.chatId(), message.replyToMessageId())
                .filter(asked -> asked.userId() == message.userId());
        if (prompt.isEmpty()) {
            return;
        }
        String outcome = message.text().strip().lines().findFirst().orElse("");
        outcome = outcome.length() > MAX_OUTCOME ? outcome.substring(0, MAX_OUTCOME) + "…" : outcome;
        cases.resolve(prompt.get().caseId(), message.userName(), outcome, clock.instant())
                .ifPresent(this::showStatus);
        prompts.answered(prompt.get());
    }

    private void take(StaffButtonPressed press, String caseId) {
        var taken = cases.take(caseId, press.userName(), clock.instant());
        if (taken.isPresent()) {
            showStatus(taken.get());
            answer(press, "taken");
            return;
        }
        var now = cases.find(caseId).orElseThrow();
        if (now.status() == AlertCase.Status.RESOLVED) {
            answer(press, "closed");
        } else {
            telegram.answer(
                    press.callbackQueryId(),
                    texts.render(
                            MessageName.STAFF_PRESS_ANSWER, Map.of("alreadyTaken", true, "takenBy", now.takenBy())));
        }
    }

    private void askForOutcome(StaffButtonPressed press, AlertCase c) {
        String question = texts.render(MessageName.STAFF_ASK_OUTCOME, Map.of("name", press.userName()));
        if (telegram.askForReply(press.chatId(), press.messageId(), question, press.userId(), press.userName())
                instanceof StaffPost.Sent sent) {
            prompts.asked(press.chatId(), sent.messageId(), c.id(), press.userId(), clock.instant());
        }
        answer(press, "askedOutcome");
    }

    private void showStatus(AlertCase c) {
        edits.showStatus(c, buttons(c));
    }

    private boolean servedBy(AlertCase c, long chatId) {
        return Stream.of(Scope.cnap(c.cnapCode()), c.region() == null ? null : Scope.region(c.region()), Scope.NATIONAL)
                .filter(scope -> scope != null)
                .anyMatch(scope -> links.chatOf(scope).orElse(Long.MIN_VALUE) == chatId);
    }

    private Button button(MessageName label, String action, AlertCase c) {
        return new Button(texts.render(label, Map.of()), action + c.id());
    }

    private void answer(StaffButtonPressed press, String flag) {
        telegram.answer(press.callbackQueryId(), texts.render(MessageName.STAFF_PRESS_ANSWER, Map.of(flag, true)));
    }
}
