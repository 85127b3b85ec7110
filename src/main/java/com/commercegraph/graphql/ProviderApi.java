package com.commercegraph.graphql;

import com.commercegraph.registry.ProviderPort;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import io.quarkus.security.Authenticated;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ProviderApi {

  private final ProviderRegistry registry;
  private final ProviderCalls calls;

  ProviderApi(ProviderRegistry registry, ProviderCalls calls) {
    this.registry = registry;
    this.calls = calls;
  }

  @Authenticated
  @Query("providers")
  @Description("Every provider, whether it is enabled (configured) and what it can do.")
  public @NonNull List<@NonNull ProviderInfo> providers() {
    return registry.all().stream().map(this::info).toList();
  }

  /** Healthy: configured, and its circuit breaker is not open after repeated failures. */
  private ProviderInfo info(ProviderPort port) {
    return new ProviderInfo(
        port.provider(),
        port.enabled(),
        port.enabled() && calls.healthy(port.provider()),
        port.capabilities().stream().sorted().map(Enum::name).toList());
  }
}
