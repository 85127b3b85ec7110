package com.commercegraph.order.event;

import com.commercegraph.registry.Provider;
import com.commercegraph.store.InstanceIdentity;
import com.commercegraph.store.SharedStore;
import com.commercegraph.store.StoreUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * One instance at a time polls a provider: the one holding its lease in the shared store, {@code
 * commerce:poll-lease:<PROVIDER>} with the holder's {@link InstanceIdentity} as value. The holder
 * renews it each time it is asked (every half interval, compare-and-set on its own id); another
 * takes it only once it has expired (set if absent). The lease lives 1.25 intervals: a holder that
 * is asked every half interval renews it twice within that, even with a poll of a few seconds in
 * between, and when it dies (or its last subscriber goes) another instance asking every half
 * interval has the lease at most 1.75 intervals after the holder's last renewal, so it polls within
 * two intervals.
 *
 * <p>In memory (one instance, no Redis) the lease is always this instance's. When the store cannot
 * be asked, every instance polls for itself: a change found twice is then published twice (the
 * one-event-per-change check needs the same store), which is better than a change nobody polls.
 */
@ApplicationScoped
public class LeasedPollTurns implements PollTurns {

  private static final Logger LOG = Logger.getLogger(LeasedPollTurns.class);

  private final SharedStore store;
  private final String instance;
  private final Map<Provider, Duration> ttls = new EnumMap<>(Provider.class);
  private final Set<Provider> unasked = ConcurrentHashMap.newKeySet();

  @Inject
  LeasedPollTurns(SharedStore store, InstanceIdentity identity, EventSettings settings) {
    this(store, identity.id(), OrderPolling.intervals(settings));
  }

  LeasedPollTurns(SharedStore store, String instance, Map<Provider, Duration> intervals) {
    this.store = store;
    this.instance = instance;
    intervals.forEach(
        (provider, interval) -> ttls.put(provider, interval.multipliedBy(5).dividedBy(4)));
  }

  @Override
  public boolean mine(Provider provider) {
    Duration ttl = ttls.get(provider);
    if (ttl == null) {
      return true;
    }
    String key = "commerce:poll-lease:" + provider.name();
    try {
      boolean mine =
          store.replace(key, instance, instance, ttl) || store.putIfAbsent(key, instance, ttl);
      if (unasked.remove(provider)) {
        LOG.infof("Polling %s is under its lease again", provider);
      }
      return mine;
    } catch (StoreUnavailableException e) {
      if (unasked.add(provider)) {
        LOG.infof(
            "The shared store is unavailable: this instance polls %s on its own until it is back",
            provider);
      }
      return true;
    }
  }
}
