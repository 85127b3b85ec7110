package com.commercegraph.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All provider integrations, enabled or not, in {@link Provider} order. */
@ApplicationScoped
public class ProviderRegistry {

  private final List<ProviderPort> ports;

  ProviderRegistry(Instance<ProviderPort> ports) {
    this.ports = ports.stream().sorted(Comparator.comparing(ProviderPort::provider)).toList();
  }

  public List<ProviderPort> all() {
    return ports;
  }

  public Optional<ProviderPort> find(Provider provider) {
    return ports.stream().filter(p -> p.provider() == provider).findFirst();
  }

  /** True when the provider has the credentials it needs; a disabled provider is never called. */
  public boolean enabled(Provider provider) {
    return find(provider).map(ProviderPort::enabled).orElse(false);
  }
}
