package com.commercegraph.graphql;

import com.commercegraph.channel.ChannelSellable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ChannelSellable")
@Description("A Veeqo sellable linked to its listing on a channel (the Amazon ASIN).")
public record ChannelSellableView(
    @Description("Veeqo's channel sellable id.") @NonNull @Id String id,
    @NonNull String remoteId,
    String remoteSku,
    String remoteTitle,
    Boolean active) {

  static ChannelSellableView of(ChannelSellable sellable) {
    return new ChannelSellableView(
        sellable.id(),
        sellable.remoteId(),
        sellable.remoteSku(),
        sellable.remoteTitle(),
        sellable.active());
  }
}
