package com.commercegraph.provider.recplus;

import com.commercegraph.provider.Capability;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Recplus behind the gateway's port. */
@ApplicationScoped
public class RecplusProvider implements ProviderPort {

  private static final Set<Capability> CAPABILITIES =
      EnumSet.of(
          Capability.ORDERS_LIST,
          Capability.ORDERS_READ,
          Capability.ORDERS_SET_STATUS_TEXT,
          Capability.PRODUCTS_READ,
          Capability.STOCK_READ,
          Capability.STOCK_WRITE);

  private final RecplusConfig config;

  RecplusProvider(RecplusConfig config) {
    this.config = config;
  }

  @Override
  public Provider provider() {
    return Provider.RECPLUS;
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
