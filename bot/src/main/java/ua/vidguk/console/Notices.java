package ua.vidguk.console;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a page says after a form was posted, by the code the redirect carries. */
final class Notices {

    private static final Map<String, String> TEXTS = Map.of(
            "bad-phone", "Це не номер мобільного телефону України.",
            "not-taken", "Канал не прийняв повідомлення (див. журнал застосунку).",
            "visit-accepted", "Візит прийнято. Запрошення прийде на цей телефон, коли настане час за кампанією.",
            "visit-duplicate", "Цей візит уже було повідомлено раніше: нічого не змінилося.",
            "started", "Опитування почалося на цьому телефоні.",
            "busy",
                    "На цьому телефоні вже триває опитування: дайте відповідь на нього або зачекайте, поки воно завершиться.",
            "opted-out", "Цей номер відписався від опитувань (щоб повернутися, надішліть СТАРТ).",
            "refused", "Канал відмовився доставити перше повідомлення.");

    private Notices() {}

    static @Nullable String text(@Nullable String code) {
        return code == null ? null : TEXTS.getOrDefault(code, code);
    }
}
