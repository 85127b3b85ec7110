package com.commercegraph.channel;

import com.commercegraph.registry.ProviderBound;
import com.commercegraph.write.InputProblem;
import java.util.List;
import java.util.function.Predicate;

/**
 * A provider whose sales channels the gateway can set up (Veeqo's Amazon buyer-protection setup).
 * Neither create is idempotent at the provider.
 */
public interface SalesChannels extends ProviderBound {

  /** What this provider refuses in the new channel, before anything is sent. */
  List<InputProblem> problems(NewAmazonChannel channel);

  Channel createAmazonChannel(NewAmazonChannel channel);

  /** What this provider refuses in the link, before anything is sent. */
  List<InputProblem> problems(SellableLink link);

  ChannelSellable link(SellableLink link);

  /** The ids of this provider's products that may look different once the link exists. */
  Predicate<String> productsChangedBy(SellableLink link);
}
