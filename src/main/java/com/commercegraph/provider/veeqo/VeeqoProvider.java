package com.commercegraph.provider.veeqo;

import com.commercegraph.provider.Capability;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Veeqo behind the gateway's port. */
@ApplicationScoped
public class VeeqoProvider implements ProviderPort {

  private static final Set<Capability> CAPABILITIES =
      EnumSet.of(
          Capability.ORDERS_LIST,
          Capability.ORDERS_READ,
          Capability.ORDERS_CREATE,
          Capability.PRODUCTS_READ,
          Capability.STOCK_READ,
          Capability.CHANNELS_WRITE);

  private final VeeqoConfig config;

  VeeqoProvider(VeeqoConfig config) {
    this.config = config;
  }

  @Override
  public Provider provider() {
    return Provider.VEEQO;
  }

  @Override
  public boolean enabled() {
    return config.enabled();
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public List<String> configurationProblems() {
    return config.problems();
  }
}
