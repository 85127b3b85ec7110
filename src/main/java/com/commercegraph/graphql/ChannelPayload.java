package com.commercegraph.graphql;

import com.commercegraph.order.WriteResult;
import com.commercegraph.provider.veeqo.VeeqoChannel;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record ChannelPayload(ChannelView channel, @NonNull List<@NonNull UserError> userErrors) {

  static ChannelPayload of(WriteResult<VeeqoChannel> result) {
    return new ChannelPayload(
        result.value() == null ? null : ChannelView.of(result.value()),
        UserError.of(result.problems()));
  }
}
