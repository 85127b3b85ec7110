package com.commercegraph.graphql;

import com.commercegraph.provider.EntityKind;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.veeqo.VeeqoChannel;
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

  // Channels exist only at Veeqo; a common channel model can wait for a second provider.
  static ChannelView of(VeeqoChannel channel) {
    String providerId = String.valueOf(channel.id());
    return new ChannelView(
        NodeId.encode(Provider.VEEQO, EntityKind.CHANNEL, providerId),
        Provider.VEEQO,
        channel.name(),
        channel.shortName(),
        channel.currencyCode(),
        channel.state(),
        providerId);
  }
}
