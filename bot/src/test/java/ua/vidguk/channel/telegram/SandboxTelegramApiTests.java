package ua.vidguk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.sandbox.SandboxButton;
import ua.vidguk.channel.sandbox.Transcript;

/** The Telegram sandbox answers telegrambots' own client as the Bot API would, in staff groups too. */
class SandboxTelegramApiTests {

    static final long STAFF_GROUP = -1001234567890L;

    final Transcript transcript = new Transcript(100);
    final OkHttpTelegramClient client = new OkHttpTelegramClient(
            new OkHttpClient.Builder()
                    .addInterceptor(new SandboxTelegramApi(
                            transcript, Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC)))
                    .build(),
            "1:sandbox",
            TelegramChannelConfiguration.url(java.net.URI.create("https://api.telegram.org")));

    @Test
    void aMessageToAStaffGroupIsKeptWithItsInlineKeyboardAndCanBeEdited() throws TelegramApiException {
        Message sent = client.execute(SendMessage.builder()
                .chatId(STAFF_GROUP)
                .text("Негативний відгук")
                .replyMarkup(Keyboards.inline(List.of(new Button("Беру", "take:1"))))
                .build());

        assertThat(sent.getChat().getType()).isEqualTo("group");
        assertThat(transcript.of(Long.toString(STAFF_GROUP))).singleElement().satisfies(kept -> {
            assertThat(kept.id()).isEqualTo(sent.getMessageId().toString());
            assertThat(kept.keyboard())
                    .containsExactly(List.of(new SandboxButton("Беру", "take:1", SandboxButton.Kind.ANSWER)));
        });

        client.execute(EditMessageText.builder()
                .chatId(STAFF_GROUP)
                .messageId(sent.getMessageId())
                .text("Негативний відгук\nВзяла: Оператор")
                .build());
        assertThat(transcript.of(Long.toString(STAFF_GROUP))).singleElement().satisfies(kept -> {
            assertThat(kept.text()).endsWith("Взяла: Оператор");
            assertThat(kept.keyboard()).isEmpty();
        });
    }

    @Test
    void everyGroupMemberIsAnAdministratorAndTapsAreAnswered() throws TelegramApiException {
        var member = client.execute(GetChatMember.builder()
                .chatId(STAFF_GROUP)
                .userId(SandboxTelegramApi.STAFF_USER_ID)
                .build());

        assertThat(member).isInstanceOf(ChatMemberAdministrator.class);
        assertThat(member.getUser().getId()).isEqualTo(SandboxTelegramApi.STAFF_USER_ID);
        assertThat(client.execute(AnswerCallbackQuery.builder()
                        .callbackQueryId("sandbox-1")
                        .build()))
                .isTrue();
    }
}
