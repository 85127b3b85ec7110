package com.commercegraph.cache;

import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderWriteObserver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per provider, the writes that may change what the caches hold: a generation that moves when such
 * a write begins and when it ends, and how many are running. A read takes the generation before it
 * asks the provider and keeps its answer only if the provider was quiet meanwhile, so an answer
 * that may predate a write, or be read while one runs, is never cached. Every write sent through
 * {@link com.commercegraph.resilience.ProviderCalls} is counted here while it runs; services that
 * also drop cache entries around a write count it once more, which changes nothing.
 *
 * <p>Every other instance is told when a write ends ({@link SharedInvalidations}, topic {@value
 * #TOPIC}) and moves its own generation for that provider: what it read from the provider before is
 * no longer served from its lists, whole answers or summaries, nor kept when it comes back.
 */
@ApplicationScoped
public class ProviderWrites implements ProviderWriteObserver {

  static final String TOPIC = "writes";

  private final Map<Provider, AtomicLong> generations = new EnumMap<>(Provider.class);
  private final Map<Provider, AtomicInteger> running = new EnumMap<>(Provider.class);
  private final SharedInvalidations others;

  ProviderWrites(SharedInvalidations others) {
    this.others = others;
    for (Provider provider : Provider.values()) {
      generations.put(provider, new AtomicLong());
      running.put(provider, new AtomicInteger());
    }
    others.onNews(TOPIC, (provider, detail) -> generations.get(provider).incrementAndGet());
  }

  public long generation(Provider provider) {
    return generations.get(provider).get();
  }

  /** No write at the provider began or ended since {@code generation}, and none is running. */
  public boolean quietSince(Provider provider, long generation) {
    return running.get(provider).get() == 0 && generation(provider) == generation;
  }

  @Override
  public void begin(Provider provider) {
    running.get(provider).incrementAndGet();
    generations.get(provider).incrementAndGet();
  }

  @Override
  public void end(Provider provider) {
    generations.get(provider).incrementAndGet();
    running.get(provider).decrementAndGet();
    others.tell(provider, TOPIC, SharedInvalidations.ALL);
  }
}
