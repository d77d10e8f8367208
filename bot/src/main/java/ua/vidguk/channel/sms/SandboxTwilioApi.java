package ua.vidguk.channel.sms;

import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.Transcript;

/**
 * Twilio's Messages API in-process, for the SMS sandbox: the transport under twilio-java, so the
 * real sender, its retries and its error handling run unchanged. A message is accepted as Twilio
 * accepts it ({@code 201}, status {@code queued}) and kept in the transcript under the number; when
 * the message asks for a status callback, it is later reported delivered, as Twilio would.
 */
final class SandboxTwilioApi extends HttpClient {

    private final Transcript transcript;
    private final SandboxDeliveryReports reports;
    private final Clock clock;

    SandboxTwilioApi(Transcript transcript, SandboxDeliveryReports reports, Clock clock) {
        this.transcript = transcript;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Response makeRequest(Request request) {
        if (!request.getUrl().endsWith("/Messages.json")) {
            return new Response("{\"code\":20404,\"message\":\"Not found in the sandbox\",\"status\":404}", 404);
        }
        Map<String, List<String>> form = request.getPostParams();
        String sid = newSid();
        transcript.add(
                first(form, "To"), new SandboxMessage(sid, false, first(form, "Body"), List.of(), clock.instant()));
        if (!first(form, "StatusCallback").isEmpty()) {
            reports.delivered(sid);
        }
        return new Response("{\"sid\":\"" + sid + "\",\"status\":\"queued\",\"direction\":\"outbound-api\"}", 201);
    }

    static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }
}
