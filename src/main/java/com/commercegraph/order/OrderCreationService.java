package com.commercegraph.order;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.stock.StockCache;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Creates orders so that one client reference gives one order, whatever happens: the input is
 * checked before any call; a reference seen before returns its order; the provider is asked for the
 * reference where it can say (Veeqo); the create is sent once, or retried with the same request
 * where the provider makes it idempotent (VeePe); two requests with the same reference at the same
 * time wait for each other. A provider that refuses the input field by field ({@link
 * ProviderRefusedInputException}) created nothing: its problems are the answer.
 *
 * <p>A create that was sent drops the provider's cached stock ({@link StockCache#aroundWrite}):
 * Veeqo allocates stock to a new order (allocations.md), ShopWeDo reserves or releases it
 * (shopwedo-api.txt, {@code release}); VeePe keeps no stock, so nothing of it is cached.
 */
@ApplicationScoped
public class OrderCreationService {

  private final Instance<OrderCreation> creations;
  private final CreatedOrders created;
  private final OrderService orders;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;
  private final StockCache stock;
  private final ConcurrentMap<String, Object> inFlight = new ConcurrentHashMap<>();

  OrderCreationService(
      Instance<OrderCreation> creations,
      CreatedOrders created,
      OrderService orders,
      ProviderRegistry registry,
      ProviderCalls calls,
      RequestLimits limits,
      StockCache stock) {
    this.creations = creations;
    this.created = created;
    this.orders = orders;
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
    this.stock = stock;
  }

  /**
   * The created (or earlier created) order, or the problems that stopped it.
   *
   * @throws com.commercegraph.failure.ProviderException when the provider failed; with {@code
   *     outcomeUnknown()} when the order may exist: the same call again finds it
   */
  public WriteResult<Order> create(NewOrder order) {
    Optional<OrderCreation> creation =
        creations.stream().filter(c -> c.provider() == order.provider()).findFirst();
    if (creation.isEmpty()) {
      return WriteResult.refused(
          InputProblem.of(
              "UNSUPPORTED", order.provider() + " cannot create orders", "input", "provider"));
    }
    List<InputProblem> problems = new ArrayList<>(NewOrderValidator.problems(order));
    problems.addAll(creation.get().problems(order));
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    if (!registry.enabled(order.provider())) {
      throw ProviderDisabledException.of(order.provider());
    }
    String key = order.provider() + ":" + order.reference();
    Object lock = inFlight.computeIfAbsent(key, k -> new Object());
    synchronized (lock) {
      try {
        return WriteResult.done(createOnce(creation.get(), order));
      } catch (ProviderRefusedInputException e) {
        return WriteResult.refused(e.problems());
      } finally {
        inFlight.remove(key, lock);
      }
    }
  }

  private Order createOnce(OrderCreation creation, NewOrder order) {
    Provider provider = order.provider();
    Optional<String> known = created.find(provider, order.reference());
    if (known.isPresent()) {
      Optional<Order> existing = orders.order(provider, known.get());
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    Optional<Order> found =
        calls.one(provider, () -> creation.findByReference(order.reference()), limits.deadline());
    if (found.isPresent()) {
      created.remember(provider, order.reference(), found.get().providerId());
      return found.get();
    }
    if (created.isUncertain(provider, order.reference()) && !creation.resendIsSafe()) {
      throw new OutcomeStillUnknownException(provider, order.reference());
    }
    try {
      Supplier<Order> send = stock.aroundWrite(provider, () -> creation.create(order));
      Order made =
          creation.createIsIdempotent()
              ? calls.idempotentWrite(provider, send, limits.deadline())
              : calls.write(provider, send, limits.deadline());
      created.remember(provider, order.reference(), made.providerId());
      return made;
    } catch (ProviderException e) {
      if (e.outcomeUnknown()) {
        created.rememberUncertain(provider, order.reference());
      }
      throw e;
    }
  }
}
