package com.commercegraph.provider.veepe;

import com.commercegraph.provider.Capability;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Veepe behind the gateway's port. */
@ApplicationScoped
public class VeepeProvider implements ProviderPort {

  private static final Set<Capability> CAPABILITIES =
      EnumSet.of(
          Capability.ORDERS_LIST,
          Capability.ORDERS_READ,
          Capability.ORDERS_CREATE,
          Capability.ORDERS_UPDATE,
          Capability.ORDERS_TRANSITION,
          Capability.ORDERS_CANCEL,
          Capability.CHECKOUT_LINKS,
          Capability.INVOICES,
          Capability.REPORTS);

  private final VeepeConfig config;

  VeepeProvider(VeepeConfig config) {
    this.config = config;
  }

  @Override
  public Provider provider() {
    return Provider.VEEPE;
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
