package com.commercegraph.channel;

import com.commercegraph.catalog.ProductCache;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WritePath;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/**
 * Setting up sales channels where the provider allows it (veeqo-amazon-buyer-protection.txt steps 1
 * and 2): a custom integration channel for Amazon, and links of sellables to Amazon listings.
 *
 * <p>What callers rely on: the input is checked before any call, and a refused input sends nothing.
 * Neither create is idempotent at the provider, so each is sent exactly once ({@link
 * WritePath#send}) and never retried; a timeout or dropped connection is a {@link
 * com.commercegraph.failure.ProviderException} with {@code outcomeUnknown()}. A link drops the
 * cached products it may change, when it begins and when it ends.
 */
@ApplicationScoped
public class ChannelService {

  private final Instance<SalesChannels> channels;
  private final WritePath writes;
  private final ProductCache products;

  ChannelService(Instance<SalesChannels> channels, WritePath writes, ProductCache products) {
    this.channels = channels;
    this.writes = writes;
    this.products = products;
  }

  public WriteResult<Channel> createAmazonChannel(Provider provider, NewAmazonChannel channel) {
    SalesChannels port = port(provider);
    List<InputProblem> problems = port.problems(channel);
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    return WriteResult.done(writes.send(provider, () -> port.createAmazonChannel(channel)));
  }

  public WriteResult<ChannelSellable> link(Provider provider, SellableLink link) {
    SalesChannels port = port(provider);
    List<InputProblem> problems = port.problems(link);
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    return WriteResult.done(
        writes.send(
            provider,
            products.aroundWrite(provider, port.productsChangedBy(link), () -> port.link(link))));
  }

  private SalesChannels port(Provider provider) {
    return ProviderBound.of(channels, provider)
        .orElseThrow(() -> new IllegalArgumentException(provider + " has no sales channels"));
  }
}
