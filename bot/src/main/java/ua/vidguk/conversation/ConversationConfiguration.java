package ua.vidguk.conversation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.conversation.engine.ConversationEngine;
import ua.vidguk.conversation.engine.PromptRenderer;
import ua.vidguk.message.Messages;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    ConversationEngine conversationEngine(ConversationProperties properties) {
        return new ConversationEngine(properties.engineSettings());
    }

    @Bean
    PromptRenderer promptRenderer(Messages messages) {
        return new PromptRenderer(messages);
    }

    @Bean
    Senders senders(List<ChannelSender> senders) {
        return new Senders(senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity())));
    }

    /** The sender of each channel that has one. */
    record Senders(Map<Channel, ChannelSender> byChannel) {

        ChannelSender of(Channel channel) {
            ChannelSender sender = byChannel.get(channel);
            if (sender == null) {
                throw new IllegalStateException("No sender for channel " + channel);
            }
            return sender;
        }
    }
}
