package com.commercegraph.graphql;

import com.commercegraph.channel.ChannelSellable;
import com.commercegraph.write.WriteResult;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record ChannelSellablePayload(
    ChannelSellableView channelSellable, @NonNull List<@NonNull UserError> userErrors) {

  static ChannelSellablePayload of(WriteResult<ChannelSellable> result) {
    return new ChannelSellablePayload(
        result.value() == null ? null : ChannelSellableView.of(result.value()),
        UserError.of(result.problems()));
  }
}
