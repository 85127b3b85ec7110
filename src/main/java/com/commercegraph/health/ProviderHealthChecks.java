package com.commercegraph.health;

import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderCondition;
import com.commercegraph.resilience.ProviderHealth;
import com.commercegraph.resilience.ProviderStatuses;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The {@code providers} health group ({@code /q/health/group/providers}): one check per provider,
 * named after it, with its health (UP, DEGRADED, DOWN, DISABLED) and latest failure as data. A
 * check is DOWN only when its provider is DOWN. The group is not part of readiness: the gateway
 * answers with partial data while a provider is down, so taking it out of service would only make
 * things worse.
 */
@ApplicationScoped
class ProviderHealthChecks {

  private final ProviderStatuses statuses;

  ProviderHealthChecks(ProviderStatuses statuses) {
    this.statuses = statuses;
  }

  @Produces
  @HealthGroup("providers")
  HealthCheck veeqo() {
    return () -> check(Provider.VEEQO);
  }

  @Produces
  @HealthGroup("providers")
  HealthCheck veepe() {
    return () -> check(Provider.VEEPE);
  }

  @Produces
  @HealthGroup("providers")
  HealthCheck recplus() {
    return () -> check(Provider.RECPLUS);
  }

  @Produces
  @HealthGroup("providers")
  HealthCheck shopwedo() {
    return () -> check(Provider.SHOPWEDO);
  }

  private HealthCheckResponse check(Provider provider) {
    ProviderCondition condition = statuses.of(provider);
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(provider.name())
            .status(condition.health() != ProviderHealth.DOWN)
            .withData("status", condition.health().name());
    condition
        .lastFailure()
        .ifPresent(
            failure -> {
              response.withData("lastFailureCode", failure.code());
              response.withData("lastFailureAt", failure.at().toString());
              failure
                  .httpStatus()
                  .ifPresent(status -> response.withData("lastFailureHttpStatus", status));
            });
    return response.build();
  }
}
