package com.commercegraph.health;

import com.commercegraph.resilience.ProviderBudgets;
import com.commercegraph.store.SharedRedis;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code shared-state}: where shared state lives ({@code store}: redis or memory),
 * whether it answers ({@code reachable}) and how provider budgets are kept ({@code budgets}:
 * shared, or this instance's share "local share 1/N"). Always UP: without Redis an instance still
 * answers reads at its share of each budget, so Kubernetes must keep sending it requests; taking
 * every instance out of service because Redis is down would turn a degraded gateway into a dead
 * one. (Quarkus's own Redis readiness check, which would do that, is off: {@code
 * quarkus.redis.health.enabled=false}.)
 */
@Readiness
@ApplicationScoped
class SharedStateCheck implements AsyncHealthCheck {

  static final String NAME = "shared-state";

  private final SharedRedis redis;
  private final ProviderBudgets budgets;

  SharedStateCheck(SharedRedis redis, ProviderBudgets budgets) {
    this.redis = redis;
    this.budgets = budgets;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    return redis
        .check()
        .map(
            reachable ->
                HealthCheckResponse.named(NAME)
                    .up()
                    .withData("store", redis.kind())
                    .withData("reachable", reachable)
                    .withData("budgets", budgets.describe())
                    .build());
  }
}
