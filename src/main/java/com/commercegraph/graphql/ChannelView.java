package com.commercegraph.graphql;

import com.commercegraph.channel.Channel;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Channel")
@Description("A sales channel (Veeqo: a store), such as a custom integration channel for Amazon.")
public record ChannelView(
    @NonNull @Id String id,
    @NonNull Provider provider,
    @NonNull String name,
    String shortName,
    String currencyCode,
    String state,
    @Description("The provider's own id: Veeqo's channel_id, as createOrder's channelId takes it.")
        @NonNull
        String providerId) {

  static ChannelView of(Channel channel) {
    return new ChannelView(
        NodeId.encode(channel.provider(), EntityKind.CHANNEL, channel.providerId()),
        channel.provider(),
        channel.name(),
        channel.shortName(),
        channel.currencyCode(),
        channel.state(),
        channel.providerId());
  }
}
