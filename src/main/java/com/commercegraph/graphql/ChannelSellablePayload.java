package com.commercegraph.graphql;

import com.commercegraph.order.WriteResult;
import com.commercegraph.provider.veeqo.VeeqoChannelSellable;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record ChannelSellablePayload(
    ChannelSellableView channelSellable, @NonNull List<@NonNull UserError> userErrors) {

  static ChannelSellablePayload of(WriteResult<VeeqoChannelSellable> result) {
    return new ChannelSellablePayload(
        result.value() == null ? null : ChannelSellableView.of(result.value()),
        UserError.of(result.problems()));
  }
}
