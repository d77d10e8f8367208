package ua.vidguk.channel.sms;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Calls the webhooks the way Twilio does: a form post without a charset, signed with the auth
 * token over the public URL plus the parameters sorted by name. The signature is computed here,
 * not with twilio-java, so the test checks the algorithm rather than trusting the library twice.
 */
public record TwilioWebhooks(RestTestClient http) {

    public static final String TOKEN = "webhook-test-auth-token";
    public static final String PUBLIC_BASE_URL = "https://vidguk.example.ua";

    public RestTestClient.ResponseSpec postSigned(String path, Map<String, String> form) {
        return post(path, form, sign(path, form));
    }

    public RestTestClient.ResponseSpec post(String path, Map<String, String> form, @Nullable String signature) {
        var request = http.post()
                .uri(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(encode(form));
        if (signature != null) {
            request = request.header(TwilioEndpoints.SIGNATURE, signature);
        }
        return request.exchange();
    }

    static String sign(String path, Map<String, String> form) {
        return sign(PUBLIC_BASE_URL, path, form);
    }

    public static String sign(String baseUrl, String path, Map<String, String> form) {
        var data = new StringBuilder(baseUrl).append(path);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(TOKEN.getBytes(UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), UTF_8) + "=" + URLEncoder.encode(p.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
