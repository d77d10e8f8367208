package ua.vidguk.channel.viber;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Posts callbacks to the application as Viber would: the raw JSON, signed with the auth token. */
record ViberWebhooks(RestTestClient http) {

    RestTestClient.ResponseSpec postSigned(String json) {
        return post(json, sign(json, FakeViber.TOKEN));
    }

    RestTestClient.ResponseSpec post(String json, String signature) {
        return http.post()
                .uri("/webhooks/viber")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Viber-Content-Signature", signature)
                .body(json.getBytes(UTF_8))
                .exchange();
    }

    /** Viber's signature: hex HMAC-SHA256 of the body, computed here independently of viber-bot. */
    static String sign(String body, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String conversationStarted(long token, String userId, String context) {
        return """
                {"event":"conversation_started","timestamp":1732440000000,"message_token":%d,"type":"open",
                 "context":"%s","user":{"id":"%s","name":"Оксана","avatar":"https://example.com/a.jpg",
                 "language":"uk","country":"UA","api_version":10},"subscribed":false}""".formatted(token, context, userId);
    }

    /** A user object as Viber sends it for some users: no country, language or api_version. */
    static String conversationStartedByABareUser(long token, String userId, String context) {
        return """
                {"event":"conversation_started","timestamp":1732440000000,"message_token":%d,"type":"open",
                 "context":"%s","user":{"id":"%s","name":"Subscriber"},"subscribed":false}""".formatted(token, context, userId);
    }

    static String text(long token, String userId, String text) {
        return """
                {"event":"message","timestamp":1732440000000,"message_token":%d,"chat_hostname":"SN-1",
                 "sender":{"id":"%s","name":"Оксана","language":"uk","country":"UA","api_version":10},
                 "message":{"type":"text","text":"%s","tracking_data":"{}"},"silent":false}""".formatted(token, userId, text);
    }

    static String contact(long token, String userId, String phone) {
        return """
                {"event":"message","timestamp":1732440000000,"message_token":%d,
                 "sender":{"id":"%s","name":"Оксана"},
                 "message":{"type":"contact","contact":{"name":"Оксана","phone_number":"%s"}}}""".formatted(token, userId, phone);
    }

    static String unsubscribed(long token, String userId) {
        return """
                {"event":"unsubscribed","timestamp":1732440000000,"user_id":"%s","message_token":%d}""".formatted(userId, token);
    }

    static String delivery(String event, String messageToken, String userId) {
        return """
                {"event":"%s","timestamp":1732440000000,"message_token":%s,"user_id":"%s"}""".formatted(event, messageToken, userId);
    }
}
