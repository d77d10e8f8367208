package ua.vidguk.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.channel.Channel;
import ua.vidguk.conversation.RateGate;

/**
 * What one invitation's messages pass right before they go to the provider: the campaign's rate
 * slot, and, before the first message only, a last look and the mark. The wait for the slot can
 * be long (behind the whole pass, and other instances' sends), so the look comes after it, a
 * moment before the slot opens: the campaign's end and the send window are checked again for the
 * time the message would go, and the invitation is marked {@code SENDING} only if it still waits
 * (a pause, a cancel, or another instance moved it otherwise). The mark is how an instance taking
 * over a stopped one's claims knows which invitations may have gone.
 */
final class SendGate implements RateGate {

    /**
     * How long before its slot opens a send takes its last look and writes its mark, so that the
     * write does not delay the send, nor make it late for its slot. A stop in between leaves an
     * invitation unknown that did not go: that long at most before its provider call.
     */
    static final Duration LOOK_AHEAD = Duration.ofMillis(50);

    /** Why the gate held the invitation back. */
    enum Held {
        NOT,
        CAMPAIGN_ENDED,
        WINDOW_CLOSED,
        /** Paused, cancelled, or taken over meanwhile: whoever moved it took it on. */
        NO_LONGER_WAITING
    }

    private final String invitationId;
    private final Campaign campaign;
    private final InvitationStore invitations;
    private final RateSlots rates;
    private final Claims claims;
    private final Clock clock;
    // An invitation is sent on one thread: no need for more than plain fields.
    private boolean marked;
    private Held held = Held.NOT;
    private @Nullable Instant lookedAt;

    SendGate(
            String invitationId,
            Campaign campaign,
            InvitationStore invitations,
            RateSlots rates,
            Claims claims,
            Clock clock) {
        this.invitationId = invitationId;
        this.campaign = campaign;
        this.invitations = invitations;
        this.rates = rates;
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    public boolean acquire(Channel channel) {
        Integer rate = campaign.ratePerSecond().get(channel);
        if (rate == null) {
            return marked || lastLook(clock.instant());
        }
        while (true) {
            Instant slot = rates.takeSlot(campaign.id(), channel, rate);
            claims.holdUntil(slot);
            rates.sleepUntil(slot.minus(LOOK_AHEAD));
            // Once marked, the rest follow the first message: its next question, or the SMS after
            // a messenger refused it. The invitation began inside the window.
            if (!marked && !lastLook(slot)) {
                return false;
            }
            rates.sleepUntil(slot);
            if (rates.onTime(slot, rate)) {
                return true;
            }
        }
    }

    /** @param sendsAt when the message would go, if it may */
    private boolean lastLook(Instant sendsAt) {
        Instant now = clock.instant();
        Instant at = sendsAt.isAfter(now) ? sendsAt : now;
        lookedAt = at;
        if (at.isAfter(campaign.endsAt())) {
            held = Held.CAMPAIGN_ENDED;
        } else if (!campaign.sendWindow().isOpen(at)) {
            held = Held.WINDOW_CLOSED;
        } else if (invitations.sending(invitationId, now).isPresent()) {
            marked = true;
        } else {
            held = Held.NO_LONGER_WAITING;
        }
        return marked;
    }

    /** Whether the invitation was marked as on its way: then its outcome is this attempt's to record. */
    boolean marked() {
        return marked;
    }

    Held held() {
        return held;
    }

    /** When the message would have gone, as the last look saw it: null before the look. */
    @Nullable
    Instant lookedAt() {
        return lookedAt;
    }
}
