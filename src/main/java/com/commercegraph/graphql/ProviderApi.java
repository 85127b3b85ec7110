package com.commercegraph.graphql;

import com.commercegraph.registry.ProviderPort;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCondition;
import com.commercegraph.resilience.ProviderStatuses;
import io.quarkus.security.Authenticated;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ProviderApi {

  private final ProviderRegistry registry;
  private final ProviderStatuses statuses;

  ProviderApi(ProviderRegistry registry, ProviderStatuses statuses) {
    this.registry = registry;
    this.statuses = statuses;
  }

  @Authenticated
  @Query("providers")
  @Description(
      "Every provider: whether it is enabled (configured), its health (the same signal as the"
          + " providers health group, /q/health/group/providers) and what it can do.")
  public @NonNull List<@NonNull ProviderInfo> providers() {
    return registry.all().stream().map(this::info).toList();
  }

  private ProviderInfo info(ProviderPort port) {
    ProviderCondition condition = statuses.of(port.provider());
    return new ProviderInfo(
        port.provider(),
        port.enabled(),
        condition.healthy(),
        condition.health(),
        condition.lastFailure().map(ProviderFailureView::of).orElse(null),
        port.capabilities().stream().sorted().map(Enum::name).toList());
  }
}
