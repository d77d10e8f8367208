package ua.vidguk.conversation;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;

/**
 * One finished conversation as reports and exports read it: everything the response holds except
 * the visitor's contact, which never leaves the conversation module this way.
 *
 * @param id the conversation's id, a random token that says nothing about the visitor
 * @param region the centre's region when the conversation ended; null for a centre without one
 * @param source how the survey began: {@code qr} (a centre's QR code, in a messenger or the
 *     browser) or {@code invitation} (whether answered by SMS, in a messenger or in the browser
 *     from its link); null for a response stored before the source was kept
 * @param outcome how it ended: {@code completed}, {@code expired}, {@code opted-out} or {@code closed}
 * @param answers canonical answers by question id, in the order given; {@code ""} for a skipped
 *     question. The comment is what the visitor typed and may carry anything, a name or a number
 *     included
 * @param endedAt when the conversation ended (its last change)
 */
public record ResponseRow(
        String id,
        String surveyId,
        String cnapCode,
        @Nullable String region,
        Channel channel,
        @Nullable String source,
        String outcome,
        boolean negative,
        Instant startedAt,
        Instant endedAt,
        Map<String, String> answers) {

    public ResponseRow {
        // Order matters (answers are listed as given), so neither Map.copyOf nor a HashMap.
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
