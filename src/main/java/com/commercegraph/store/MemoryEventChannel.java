package com.commercegraph.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * {@link EventChannel} within this process: one thread hands each message to the listeners in
 * order, so a publisher never waits for them.
 */
public class MemoryEventChannel implements EventChannel, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(MemoryEventChannel.class);

  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService delivery =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "event-channel");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public void publish(String message) {
    delivery.execute(
        () -> {
          for (Consumer<String> listener : listeners) {
            try {
              listener.accept(message);
            } catch (RuntimeException e) {
              LOG.error("An event listener failed", e);
            }
          }
        });
  }

  @Override
  public void listen(Consumer<String> listener) {
    listeners.add(listener);
  }

  @Override
  public String kind() {
    return "memory";
  }

  @Override
  public void close() {
    delivery.shutdownNow();
  }
}
