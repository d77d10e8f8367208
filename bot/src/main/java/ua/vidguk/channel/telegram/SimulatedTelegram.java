package ua.vidguk.channel.telegram;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.sandbox.Loopback;
import ua.vidguk.channel.sandbox.SandboxButton;
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.channel.sandbox.Transcript;
import ua.vidguk.contact.PhoneNumber;

/**
 * Telegram's side of the sandbox: what a simulated person writes or taps becomes an update posted
 * to the webhook with the generated secret. In a private chat the person is the chat (as in
 * Telegram, a private chat's id is the user's id); in a group (a negative id) it is the simulated
 * staff member {@link SandboxTelegramApi#STAFF_USER_ID}.
 */
final class SimulatedTelegram implements SimulatedChannel {

    private final Transcript transcript;
    private final SandboxTelegramApi api;
    private final TelegramConnection connection;
    private final Loopback loopback;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong updateIds = new AtomicLong();

    SimulatedTelegram(Transcript transcript, SandboxTelegramApi api, TelegramConnection connection, Loopback loopback) {
        this.transcript = transcript;
        this.api = api;
        this.connection = connection;
        this.loopback = loopback;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public Transcript transcript() {
        return transcript;
    }

    /** A phone number's digits are a valid, stable user id, so a simulated phone needs no storage. */
    @Override
    public String addressOf(PhoneNumber phone) {
        return phone.e164().substring(1);
    }

    @Override
    public void write(String address, String text) {
        ObjectNode message = message(address, text);
        message.put("text", text);
        post(update().set("message", message));
    }

    /** A reply quotes the message it answers, which is how the bot knows what a staff member's outcome is for. */
    @Override
    public void reply(String address, SandboxMessage to, String text) {
        ObjectNode message = message(address, text);
        message.put("text", text);
        ObjectNode quoted = json.createObjectNode()
                .put("message_id", Integer.parseInt(to.id()))
                .put("date", to.at().getEpochSecond())
                .put("text", to.text());
        quoted.set("chat", SandboxTelegramApi.chat(json, Long.parseLong(address)));
        message.set("reply_to_message", quoted);
        post(update().set("message", message));
    }

    @Override
    public void open(String address, String payload) {
        write(address, payload.isBlank() ? "/start" : "/start " + payload);
    }

    @Override
    public void tap(String address, SandboxMessage tapped, SandboxButton button, @Nullable PhoneNumber owner) {
        if (button.kind() == SandboxButton.Kind.SHARE_PHONE) {
            ObjectNode message = message(address, button.label());
            message.putObject("contact")
                    .put(
                            "phone_number",
                            java.util.Objects.requireNonNull(owner, "owner")
                                    .e164()
                                    .substring(1))
                    .put("first_name", "Відвідувач")
                    .put("user_id", userId(address));
            post(update().set("message", message));
            return;
        }
        if (tapped.keyboard().isEmpty() || !isInline(tapped)) {
            write(address, button.payload());
            return;
        }
        ObjectNode original = json.createObjectNode()
                .put("message_id", Integer.parseInt(tapped.id()))
                .put("date", tapped.at().getEpochSecond())
                .put("text", tapped.text());
        original.set("chat", SandboxTelegramApi.chat(json, Long.parseLong(address)));
        ArrayNode rows = original.putObject("reply_markup").putArray("inline_keyboard");
        for (List<SandboxButton> row : tapped.keyboard()) {
            ArrayNode buttons = rows.addArray();
            row.forEach(each -> buttons.addObject().put("text", each.label()).put("callback_data", each.payload()));
        }
        ObjectNode query = json.createObjectNode()
                .put("id", "sandbox-" + updateIds.incrementAndGet())
                .put("chat_instance", address)
                .put("data", button.payload());
        query.set("from", user(address));
        query.set("message", original);
        post(update().set("callback_query", query));
    }

    /** What the person sees in the chat at once, as Telegram shows one's own message before the bot answers. */
    private ObjectNode message(String address, String shown) {
        int id = api.nextMessageId();
        transcript.add(address, new SandboxMessage(Integer.toString(id), true, shown, List.of(), api.now()));
        ObjectNode message = json.createObjectNode()
                .put("message_id", id)
                .put("date", api.now().getEpochSecond());
        message.set("chat", SandboxTelegramApi.chat(json, Long.parseLong(address)));
        message.set("from", user(address));
        return message;
    }

    private ObjectNode update() {
        return json.createObjectNode().put("update_id", updateIds.incrementAndGet());
    }

    private ObjectNode user(String address) {
        return json.createObjectNode()
                .put("id", userId(address))
                .put("is_bot", false)
                .put("first_name", Long.parseLong(address) < 0 ? "Оператор" : "Відвідувач");
    }

    private static long userId(String address) {
        long chat = Long.parseLong(address);
        return chat < 0 ? SandboxTelegramApi.STAFF_USER_ID : chat;
    }

    private static boolean isInline(SandboxMessage message) {
        return message.keyboard().stream()
                        .flatMap(List::stream)
                        .noneMatch(b -> b.kind() == SandboxButton.Kind.SHARE_PHONE)
                && !message.fromPerson();
    }

    private void post(ObjectNode update) {
        var headers = new HttpHeaders();
        headers.set(TelegramWebhookController.SECRET, connection.webhookSecret());
        loopback.post(
                TelegramWebhookController.PATH, MediaType.APPLICATION_JSON, json.writeValueAsString(update), headers);
    }
}
