package com.commercegraph.graphql;

import com.commercegraph.channel.Channel;
import com.commercegraph.write.WriteResult;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record ChannelPayload(ChannelView channel, @NonNull List<@NonNull UserError> userErrors) {

  static ChannelPayload of(WriteResult<Channel> result) {
    return new ChannelPayload(
        result.value() == null ? null : ChannelView.of(result.value()),
        UserError.of(result.problems()));
  }
}
