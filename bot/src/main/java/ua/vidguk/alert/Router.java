package ua.vidguk.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import ua.vidguk.alert.Outbox.Item;
import ua.vidguk.stafflink.LinkedChat;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.StaffLinks;

/**
 * Finds the chat for a case's messages and queues them there. An alert goes to the centre's chat,
 * else the region's, each passed over when it has none or the bot cannot write there; the
 * ministry's chat takes it only when a chat on the way is broken (unusable, or Telegram kept
 * failing): a centre merely not linked yet is its region's to follow up, and the many centres not
 * linked yet would flood the ministry. Staff in the chat that gets it are told, above the alert,
 * which chats were passed over and why. With no chat to take it, the case waits and is routed
 * again when a chat is linked or at the next sweep. Queues only; the caller drains the chat.
 */
@Component
class Router {

    private record Skipped(Scope scope, PassedOver why) {}

    private record Target(Scope scope, long chatId, List<Skipped> skipped) {}

    private final StaffLinks links;
    private final Outbox outbox;
    private final Cases cases;
    private final AlertTexts texts;
    private final Clock clock;

    Router(StaffLinks links, Outbox outbox, Cases cases, AlertTexts texts, Clock clock) {
        this.links = links;
        this.outbox = outbox;
        this.cases = cases;
        this.texts = texts;
        this.clock = clock;
    }

    /** @return the chat the alert is queued for (now or before); empty while no chat will take it */
    OptionalLong route(AlertCase c) {
        List<Skipped> skipped = new ArrayList<>();
        Optional<Target> target = pick(alertChain(c), skipped);
        noteUnusableCentre(c, skipped);
        return target.map(to -> queue("alert:" + c.id(), to, c, header(c, to) + c.alert(), true))
                .orElse(OptionalLong.empty());
    }

    /** Queues a message about a case for a scope's chat, or the ministry's when that one is unusable. */
    OptionalLong note(String id, Scope scope, AlertCase c, String text) {
        return pick(List.of(scope), new ArrayList<>())
                .map(to -> queue(id, to, c, header(c, to) + text, false))
                .orElse(OptionalLong.empty());
    }

    /**
     * Sends a waiting item that its chat would not take to the next chat up, told why.
     *
     * @return the chat it now waits for; empty when no chat above will take it
     */
    OptionalLong redirect(Item item, PassedOver why) {
        if (item.caseId() == null) {
            return OptionalLong.empty(); // a daily summary is for its own chat only
        }
        AlertCase c = cases.find(item.caseId()).orElse(null);
        if (c == null) {
            return OptionalLong.empty();
        }
        Scope from = Scope.parse(item.scope());
        List<Skipped> skipped = new ArrayList<>(List.of(new Skipped(from, why)));
        List<Scope> chain = item.isAlert() ? alertChain(c) : List.of(from);
        int at = chain.indexOf(from);
        // Only upwards: a chat below already had its turn, and going back could go round in circles.
        Optional<Target> target = pick(at < 0 ? List.of() : chain.subList(at + 1, chain.size()), skipped);
        noteUnusableCentre(c, skipped);
        if (target.isEmpty()) {
            return OptionalLong.empty();
        }
        Target to = target.get();
        String text = header(c, to) + (item.isAlert() ? c.alert() : item.text());
        return outbox.redirect(item.id(), item.chatId(), to.chatId(), to.scope().key(), text, clock.instant())
                ? OptionalLong.of(to.chatId())
                : OptionalLong.empty();
    }

    /** The first usable chat of the chain, else the ministry's if something on the way is broken. */
    private Optional<Target> pick(List<Scope> chain, List<Skipped> skipped) {
        for (Scope scope : chain) {
            var found = usable(scope, skipped);
            if (found.isPresent()) {
                return found;
            }
        }
        boolean broken = skipped.stream().anyMatch(s -> s.why() != PassedOver.MISSING);
        boolean national = skipped.stream().anyMatch(s -> s.scope().equals(Scope.NATIONAL));
        return broken && !national ? usable(Scope.NATIONAL, skipped) : Optional.empty();
    }

    private Optional<Target> usable(Scope scope, List<Skipped> skipped) {
        Optional<LinkedChat> link = links.linkOf(scope);
        if (link.isEmpty()) {
            skipped.add(new Skipped(scope, PassedOver.MISSING));
            return Optional.empty();
        }
        if (!link.get().usable()) {
            skipped.add(new Skipped(scope, PassedOver.UNUSABLE));
            return Optional.empty();
        }
        return Optional.of(new Target(scope, link.get().chatId(), List.copyOf(skipped)));
    }

    private static List<Scope> alertChain(AlertCase c) {
        return c.region() == null
                ? List.of(Scope.cnap(c.cnapCode()))
                : List.of(Scope.cnap(c.cnapCode()), Scope.region(c.region()));
    }

    private void noteUnusableCentre(AlertCase c, List<Skipped> skipped) {
        if (skipped.contains(new Skipped(Scope.cnap(c.cnapCode()), PassedOver.UNUSABLE))) {
            cases.centreChatUnusable(c.id());
        }
    }

    /** A line for each chat passed over, then a blank line; nothing when none was. */
    private String header(AlertCase c, Target to) {
        List<String> lines = new ArrayList<>();
        for (Skipped skipped : to.skipped()) {
            boolean classic = skipped.why() == PassedOver.MISSING
                    && skipped.scope().level() == Scope.Level.CNAP
                    && to.scope().level() == Scope.Level.REGION;
            lines.add(classic ? texts.noCentreChat(c.cnapCode()) : texts.passedOver(skipped.scope(), skipped.why()));
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n\n";
    }

    private OptionalLong queue(String id, Target to, AlertCase c, String text, boolean buttons) {
        Instant now = clock.instant();
        outbox.queue(new Item(id, to.chatId(), to.scope().key(), c.id(), text, c.line(), buttons, now, now, null, 0));
        return OptionalLong.of(to.chatId());
    }
}
