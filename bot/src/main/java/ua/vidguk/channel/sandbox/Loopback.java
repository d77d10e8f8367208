package ua.vidguk.channel.sandbox;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Posts a simulated provider's webhook call to this very server over HTTP, so that it passes
 * everything a real call passes: the security chain, the controller, the signature check.
 */
@Component
public class Loopback {

    private final Environment environment;
    private final RestClient http = RestClient.create();

    Loopback(Environment environment) {
        this.environment = environment;
    }

    /** @return the answer's body (Viber's welcome message), empty when there is none */
    public String post(String path, MediaType type, String body, HttpHeaders headers) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String answer = http.post()
                .uri("http://127.0.0.1:" + port + path)
                .contentType(type)
                .headers(all -> all.addAll(headers))
                .body(body)
                .retrieve()
                .body(String.class);
        return answer == null ? "" : answer;
    }
}
