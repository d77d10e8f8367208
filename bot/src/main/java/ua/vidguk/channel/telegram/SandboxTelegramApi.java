package ua.vidguk.channel.telegram;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import ua.vidguk.channel.sandbox.SandboxButton;
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.Transcript;

/**
 * The Bot API in-process, for the Telegram sandbox: an OkHttp interceptor under telegrambots'
 * client, so the real sender with its limiter and retries runs unchanged. It answers the calls
 * Vidguk makes as Telegram would and keeps what was sent per chat, private chats and staff groups
 * (negative ids) alike: {@code sendMessage}, {@code editMessageText}, {@code
 * editMessageReplyMarkup}, {@code answerCallbackQuery}, {@code getChatMember} (everyone is an
 * administrator, so a simulated staff member may take alerts), {@code getMe}; anything else is
 * answered {@code true}.
 */
final class SandboxTelegramApi implements Interceptor {

    /** The simulated staff member who writes and taps in group chats. */
    static final long STAFF_USER_ID = 100_000_001L;

    private static final MediaType JSON = MediaType.get("application/json");

    private final Transcript transcript;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger messageIds = new AtomicInteger();

    SandboxTelegramApi(Transcript transcript, Clock clock) {
        this.transcript = transcript;
        this.clock = clock;
    }

    java.time.Instant now() {
        return clock.instant();
    }

    int nextMessageId() {
        return messageIds.incrementAndGet();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        var request = chain.request();
        String path = request.url().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        var body = new Buffer();
        if (request.body() != null) {
            request.body().writeTo(body);
        }
        JsonNode call = body.size() == 0 ? json.createObjectNode() : json.readTree(body.readUtf8());
        String result = switch (method) {
            case "sendmessage" -> sent(call);
            case "editmessagetext", "editmessagereplymarkup" -> edited(call);
            case "getchatmember" -> administrator(call.path("user_id").asLong());
            case "getme" -> "{\"id\":1,\"is_bot\":true,\"first_name\":\"Vidguk\",\"username\":\"vidguk_sandbox_bot\"}";
            default -> "true";
        };
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create("{\"ok\":true,\"result\":" + result + "}", JSON))
                .build();
    }

    private String sent(JsonNode call) {
        String chatId = call.path("chat_id").asString();
        int id = nextMessageId();
        String text = call.path("text").asString("");
        transcript.add(
                chatId,
                new SandboxMessage(
                        Integer.toString(id), false, text, keyboard(call.path("reply_markup")), clock.instant()));
        return message(chatId, id, text, call.path("reply_markup"));
    }

    private String edited(JsonNode call) {
        String chatId = call.path("chat_id").asString();
        String id = call.path("message_id").asString();
        var markup = call.path("reply_markup");
        transcript.edit(chatId, id, kept -> kept.edited(call.path("text").asString(kept.text()), keyboard(markup)));
        return message(chatId, Integer.parseInt(id), call.path("text").asString(""), markup);
    }

    private String message(String chatId, int id, String text, JsonNode markup) {
        ObjectNode message = json.createObjectNode()
                .put("message_id", id)
                .put("date", clock.instant().getEpochSecond())
                .put("text", text);
        message.set("chat", chat(json, Long.parseLong(chatId)));
        if (markup.has("inline_keyboard")) {
            message.set("reply_markup", markup);
        }
        return json.writeValueAsString(message);
    }

    static ObjectNode chat(JsonMapper json, long chatId) {
        ObjectNode chat = json.createObjectNode().put("id", chatId).put("type", chatId < 0 ? "group" : "private");
        if (chatId < 0) {
            chat.put("title", "ЦНАП: персонал");
        }
        return chat;
    }

    private String administrator(long userId) {
        return "{\"status\":\"administrator\",\"user\":{\"id\":" + userId
                + ",\"is_bot\":false,\"first_name\":\"Оператор\"},\"can_be_edited\":false,\"is_anonymous\":false,"
                + "\"can_manage_chat\":true,\"can_delete_messages\":true,\"can_manage_video_chats\":false,"
                + "\"can_restrict_members\":false,\"can_promote_members\":false,\"can_change_info\":false,"
                + "\"can_invite_users\":true,\"can_post_stories\":false,\"can_edit_stories\":false,"
                + "\"can_delete_stories\":false}";
    }

    /** An inline keyboard's buttons answer with their callback data; a reply keyboard's share the phone or send their text. */
    static List<List<SandboxButton>> keyboard(JsonNode markup) {
        List<List<SandboxButton>> rows = new ArrayList<>();
        if (markup.path("force_reply").asBoolean(false)) {
            rows.add(List.of(new SandboxButton("Відповісти", "", SandboxButton.Kind.REPLY)));
            return rows;
        }
        boolean inline = markup.has("inline_keyboard");
        for (JsonNode row : markup.path(inline ? "inline_keyboard" : "keyboard")) {
            List<SandboxButton> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                String label = button.path("text").asString("");
                if (inline) {
                    buttons.add(new SandboxButton(
                            label, button.path("callback_data").asString(""), SandboxButton.Kind.ANSWER));
                } else if (button.path("request_contact").asBoolean(false)) {
                    buttons.add(new SandboxButton(label, label, SandboxButton.Kind.SHARE_PHONE));
                } else {
                    buttons.add(new SandboxButton(label, label, SandboxButton.Kind.ANSWER));
                }
            }
            rows.add(buttons);
        }
        return rows;
    }
}
