package com.commercegraph.graphql;

import com.commercegraph.provider.ProviderPort;
import com.commercegraph.provider.ProviderRegistry;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ProviderApi {

  private final ProviderRegistry registry;

  ProviderApi(ProviderRegistry registry) {
    this.registry = registry;
  }

  @Query("providers")
  @Description("Every provider, whether it is enabled (configured) and what it can do.")
  public @NonNull List<@NonNull ProviderInfo> providers() {
    return registry.all().stream().map(ProviderApi::info).toList();
  }

  // Until the resilience work adds circuit breakers, a configured provider counts as healthy.
  private static ProviderInfo info(ProviderPort port) {
    return new ProviderInfo(
        port.provider(),
        port.enabled(),
        port.enabled(),
        port.capabilities().stream().sorted().map(Enum::name).toList());
  }
}
