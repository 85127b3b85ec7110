package com.commercegraph.resilience;

import com.commercegraph.registry.Provider;
import com.commercegraph.store.SharedRedis;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where each provider account's rate budget lives. With Redis ({@code QUARKUS_REDIS_HOSTS}) one
 * bucket per account in Redis, shared by every instance, so the provider's limit holds for their
 * sum; while Redis cannot be asked, and always without Redis, each instance keeps its own bucket
 * with its share of the budget: rate/N and burst/N (at least one request), N being {@code
 * commerce.instances} ({@code COMMERCE_INSTANCES}, default 1: one instance has all of it).
 */
@ApplicationScoped
public class ProviderBudgets {

  private final SharedRedis redis;
  private final int instances;

  ProviderBudgets(
      SharedRedis redis,
      @ConfigProperty(name = "commerce.instances", defaultValue = "1") int instances) {
    if (instances < 1) {
      throw new IllegalArgumentException(
          "commerce.instances (COMMERCE_INSTANCES) must be 1 or more, not " + instances);
    }
    this.redis = redis;
    this.instances = instances;
  }

  /** The provider account's bucket, for {@code ratePerSecond} with {@code burst} at once. */
  TokenBucket bucket(Provider provider, int ratePerSecond, int burst) {
    TokenBucket localShare =
        new LocalTokenBucket((double) ratePerSecond / instances, (double) burst / instances);
    if (!redis.configured()) {
      return localShare;
    }
    return new FallbackTokenBucket(
        new RedisTokenBucket(redis, provider, ratePerSecond, burst), localShare);
  }

  /** How budgets are kept now: "shared" while Redis answers, else "local share 1/N". */
  public String describe() {
    return redis.configured() && redis.reachable() ? "shared" : "local share 1/" + instances;
  }
}
