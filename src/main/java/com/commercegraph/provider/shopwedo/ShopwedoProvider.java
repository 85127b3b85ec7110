package com.commercegraph.provider.shopwedo;

import com.commercegraph.provider.Capability;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Shopwedo behind the gateway's port. */
@ApplicationScoped
public class ShopwedoProvider implements ProviderPort {

  private static final Set<Capability> CAPABILITIES =
      EnumSet.of(
          Capability.ORDERS_READ,
          Capability.ORDERS_CREATE,
          Capability.ORDERS_CANCEL,
          Capability.PRODUCTS_READ,
          Capability.STOCK_READ);

  private final ShopwedoConfig config;

  ShopwedoProvider(ShopwedoConfig config) {
    this.config = config;
  }

  @Override
  public Provider provider() {
    return Provider.SHOPWEDO;
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
