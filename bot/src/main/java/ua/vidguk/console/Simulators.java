package ua.vidguk.console;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.sandbox.SimulatedChannel;

/** The channels that run as a sandbox, by channel; a channel with real credentials has none. */
@Component
class Simulators {

    private final Map<Channel, SimulatedChannel> byChannel = new EnumMap<>(Channel.class);

    Simulators(List<SimulatedChannel> simulated) {
        simulated.forEach(channel -> byChannel.put(channel.channel(), channel));
    }

    Optional<SimulatedChannel> of(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    /** Each channel with whether it is simulated, for the pages' channel lists and tabs. */
    List<Map<String, Object>> states(Channel current) {
        List<Map<String, Object>> states = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (channel == Channel.WEB) {
                continue; // answered in a browser, not on a simulated phone
            }
            states.add(Map.of(
                    "channel", channel.name(),
                    "label", label(channel),
                    "sandbox", byChannel.containsKey(channel),
                    "current", channel == current));
        }
        return states;
    }

    static String label(Channel channel) {
        return switch (channel) {
            case SMS -> "SMS";
            case VIBER -> "Viber";
            case TELEGRAM -> "Telegram";
            case WEB -> "Web";
        };
    }
}
