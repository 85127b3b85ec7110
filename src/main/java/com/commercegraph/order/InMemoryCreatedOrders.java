package com.commercegraph.order;

import com.commercegraph.registry.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CreatedOrders} for a single gateway instance; forgotten on restart. */
@ApplicationScoped
class InMemoryCreatedOrders implements CreatedOrders {

  private final Map<String, String> created = new ConcurrentHashMap<>();
  private final Set<String> uncertain = ConcurrentHashMap.newKeySet();

  @Override
  public Optional<String> find(Provider provider, String reference) {
    return Optional.ofNullable(created.get(key(provider, reference)));
  }

  @Override
  public void remember(Provider provider, String reference, String providerId) {
    created.put(key(provider, reference), providerId);
    uncertain.remove(key(provider, reference));
  }

  @Override
  public void rememberUncertain(Provider provider, String reference) {
    uncertain.add(key(provider, reference));
  }

  @Override
  public boolean isUncertain(Provider provider, String reference) {
    return uncertain.contains(key(provider, reference));
  }

  private static String key(Provider provider, String reference) {
    return provider.name() + ":" + reference;
  }
}
