package ua.vidguk.channel.viber;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.sandbox.Loopback;
import ua.vidguk.channel.sandbox.SandboxButton;
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.channel.sandbox.Transcript;
import ua.vidguk.contact.PhoneNumber;

/**
 * Viber's side of the sandbox: the person's messages, taps and the opening of the bot become
 * callbacks signed with the generated token and posted to the webhook. The welcome message that
 * {@code conversation_started} is answered with lands in the transcript, as Viber shows it.
 */
final class SimulatedViber implements SimulatedChannel {

    private final Transcript transcript;
    private final ViberSignature signature;
    private final Loopback loopback;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong tokens = new AtomicLong(6_000_000_000_000_000_000L);

    SimulatedViber(Transcript transcript, ViberSignature signature, Loopback loopback, Clock clock) {
        this.transcript = transcript;
        this.signature = signature;
        this.loopback = loopback;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.VIBER;
    }

    @Override
    public Transcript transcript() {
        return transcript;
    }

    /** Viber ids are opaque base64-like strings; one derived from the number needs no storage. */
    @Override
    public String addressOf(PhoneNumber phone) {
        return "sim" + phone.e164().substring(1) + "==";
    }

    @Override
    public void write(String address, String text) {
        ObjectNode message = json.createObjectNode().put("type", "text").put("text", text);
        post(callback("message", address, text, message));
    }

    @Override
    public void tap(String address, SandboxMessage tapped, SandboxButton button, @Nullable PhoneNumber owner) {
        if (button.kind() == SandboxButton.Kind.SHARE_PHONE) {
            ObjectNode message = json.createObjectNode().put("type", "contact");
            message.putObject("contact")
                    .put("name", "Відвідувач")
                    .put(
                            "phone_number",
                            java.util.Objects.requireNonNull(owner, "owner").e164());
            post(callback("message", address, button.label(), message));
        } else {
            // A reply button sends its action body as the user's text; Viber shows the label.
            ObjectNode message = json.createObjectNode().put("type", "text").put("text", button.payload());
            post(callback("message", address, button.label(), message));
        }
    }

    @Override
    public void open(String address, String payload) {
        long token = tokens.incrementAndGet();
        ObjectNode event = json.createObjectNode()
                .put("event", "conversation_started")
                .put("timestamp", clock.millis())
                .put("message_token", token)
                .put("type", "open")
                .put("context", payload)
                .put("subscribed", false);
        event.putObject("user").put("id", address).put("name", "Відвідувач");
        String welcome = post(event);
        if (!welcome.isBlank()) {
            JsonNode body = json.readTree(welcome);
            transcript.add(address, SandboxViberApi.shown(body, "welcome-" + token, clock.instant()));
        }
    }

    private ObjectNode callback(String type, String address, String shown, ObjectNode message) {
        long token = tokens.incrementAndGet();
        transcript.add(address, new SandboxMessage(Long.toString(token), true, shown, List.of(), clock.instant()));
        ObjectNode event = json.createObjectNode()
                .put("event", type)
                .put("timestamp", clock.millis())
                .put("message_token", token);
        event.putObject("sender").put("id", address).put("name", "Відвідувач");
        event.set("message", message);
        return event;
    }

    private String post(ObjectNode event) {
        String body = json.writeValueAsString(event);
        var headers = new HttpHeaders();
        headers.set(ViberWebhookController.SIGNATURE, signature.sign(body));
        return loopback.post(ViberWebhookController.PATH, MediaType.APPLICATION_JSON, body, headers);
    }
}
