package com.commercegraph.cache;

import com.commercegraph.registry.Provider;
import com.commercegraph.store.EventChannel;
import com.commercegraph.store.EventChannels;
import com.commercegraph.store.InstanceIdentity;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * What one instance dropped from its caches, told to every other instance, which drops the same:
 * caches stay per instance, their invalidation reaches all of them. Messages go on an {@link
 * EventChannel} of their own ({@value #CHANNEL}: Redis publish/subscribe when instances share a
 * Redis), each naming the instance that sent it, the provider, a topic (what kind of entries) and a
 * detail (which ones, or {@value #ALL}). An instance ignores its own messages: it dropped the
 * entries before telling.
 *
 * <p>What callers rely on: {@link #tell} never blocks; a listener ({@link #onNews}) runs on a
 * worker thread, may block briefly, and must be idempotent (a message may come twice, a write being
 * counted twice). A message sent while an instance is away from Redis is lost for it; its caches
 * then hold what they held for at most their time to live, seconds for lists.
 */
@ApplicationScoped
public class SharedInvalidations {

  private static final Logger LOG = Logger.getLogger(SharedInvalidations.class);

  /** The channel the instances tell each other on. */
  public static final String CHANNEL = "commerce-graph:invalidations";

  /** The detail that means every entry of the topic at that provider. */
  public static final String ALL = "*";

  private static final String SEPARATOR = "|";

  private final EventChannel channel;
  private final String instance;
  private final Map<String, List<BiConsumer<Provider, String>>> listeners =
      new ConcurrentHashMap<>();

  SharedInvalidations(EventChannels channels, InstanceIdentity identity) {
    this.channel = channels.open(CHANNEL);
    this.instance = identity.id();
  }

  void listen(@Observes StartupEvent start) {
    channel.listen(this::received);
  }

  /** Tells every other instance to drop the provider's entries of this topic named by detail. */
  public void tell(Provider provider, String topic, String detail) {
    channel.publish(String.join(SEPARATOR, instance, provider.name(), topic, detail));
  }

  /** Runs {@code drop} with the provider and detail of each message of the topic from others. */
  public void onNews(String topic, BiConsumer<Provider, String> drop) {
    listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(drop);
  }

  private void received(String message) {
    String[] parts = message.split("\\|", 4);
    if (parts.length != 4) {
      LOG.warnf("A cache invalidation that could not be read was ignored: %s", message);
      return;
    }
    if (parts[0].equals(instance)) {
      return;
    }
    Provider provider;
    try {
      provider = Provider.valueOf(parts[1]);
    } catch (IllegalArgumentException e) {
      LOG.warnf("A cache invalidation for an unknown provider was ignored: %s", parts[1]);
      return;
    }
    List<BiConsumer<Provider, String>> drops = listeners.getOrDefault(parts[2], List.of());
    // The channel's thread must not block; dropping cache entries may.
    Infrastructure.getDefaultWorkerPool()
        .execute(
            () -> {
              for (BiConsumer<Provider, String> drop : drops) {
                try {
                  drop.accept(provider, parts[3]);
                } catch (RuntimeException e) {
                  LOG.error("Dropping what another instance invalidated failed", e);
                }
              }
            });
  }
}
