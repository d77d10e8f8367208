package ua.vidguk.channel.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.sandbox.Loopback;
import ua.vidguk.channel.sandbox.SandboxButton;
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.channel.sandbox.Transcript;
import ua.vidguk.contact.PhoneNumber;

/** A phone's SMS app in the sandbox: a reply is Twilio's signed form post to the SMS webhook. */
final class SimulatedSms implements SimulatedChannel {

    private final Transcript transcript;
    private final TwilioAccount account;
    private final TwilioSignature signature;
    private final Loopback loopback;
    private final Clock clock;

    SimulatedSms(
            Transcript transcript, TwilioAccount account, TwilioSignature signature, Loopback loopback, Clock clock) {
        this.transcript = transcript;
        this.account = account;
        this.signature = signature;
        this.loopback = loopback;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Transcript transcript() {
        return transcript;
    }

    @Override
    public String addressOf(PhoneNumber phone) {
        return phone.e164();
    }

    @Override
    public void write(String address, String text) {
        String sid = SandboxTwilioApi.newSid();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("AccountSid", account.accountSid());
        form.put("From", address);
        form.put("To", account.from());
        form.put("Body", text);
        transcript.add(address, new SandboxMessage(sid, true, text, List.of(), clock.instant()));
        var headers = new HttpHeaders();
        headers.set(TwilioEndpoints.SIGNATURE, signature.sign(TwilioEndpoints.SMS_PATH, form));
        loopback.post(TwilioEndpoints.SMS_PATH, MediaType.APPLICATION_FORM_URLENCODED, encode(form), headers);
    }

    /** SMS has no buttons: a tap is typing the button's payload. */
    @Override
    public void tap(String address, SandboxMessage message, SandboxButton button, @Nullable PhoneNumber owner) {
        write(address, button.payload());
    }

    @Override
    public void open(String address, String payload) {
        write(address, payload);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
