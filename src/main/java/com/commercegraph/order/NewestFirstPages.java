package com.commercegraph.order;

import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.Provider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * The guard on the order the merge assumes. No provider document states how its order list is
 * sorted: the gateway reads Veeqo's and VeePe's newest first and REC+'s oldest first (turned around
 * by its adapter), and none of them lets the caller choose. Every page is checked: a page whose
 * orders are not newest first is logged (one WARN line naming the provider), counted ({@code
 * commerce.provider.pages.out.of.order}, tagged by provider only) and sorted newest first with each
 * order keeping its own position, so the merge stays right within what was fetched. The order list
 * ({@link OrderFeed}) and the summary's window walk ({@link WindowWalk}) both read through it.
 */
// Created at start-up, so that its counters are published at zero before any order list is read.
@Startup
@ApplicationScoped
public class NewestFirstPages {

  private static final Logger LOG = Logger.getLogger(NewestFirstPages.class);

  private static final Comparator<Order> NEWEST_FIRST =
      Comparator.comparingLong(OrderFeed::rank).reversed();

  private final Map<Provider, Counter> outOfOrder = new EnumMap<>(Provider.class);

  NewestFirstPages(MeterRegistry registry) {
    for (Provider provider : Provider.values()) {
      outOfOrder.put(
          provider,
          Counter.builder("commerce.provider.pages.out.of.order")
              .description(
                  "Provider pages of orders that were not newest first, as the merge needs")
              .tag("provider", provider.name())
              .register(registry));
    }
  }

  /**
   * A page as the merge may use it, and whether the provider sent it newest first: a reader that
   * stops at the first order older than its window can trust that rule only while this holds.
   */
  public record Checked(ProviderPage<Order> page, boolean newestFirst) {}

  /** The page as it came when it is newest first, else sorted so, after a WARN and a count. */
  public ProviderPage<Order> checked(Provider provider, ProviderPage<Order> page) {
    return check(provider, page).page();
  }

  /** As {@link #checked}, saying whether the page came newest first. */
  public Checked check(Provider provider, ProviderPage<Order> page) {
    List<Order> orders = page.items();
    int misplaced = -1;
    for (int i = 1; i < orders.size() && misplaced < 0; i++) {
      if (NEWEST_FIRST.compare(orders.get(i - 1), orders.get(i)) > 0) {
        misplaced = i;
      }
    }
    if (misplaced < 0) {
      return new Checked(page, true);
    }
    LOG.warnf(
        "%s answered a page of %d orders that is not newest first (order %s before %s); the gateway"
            + " sorted the page, but the provider's list order may have changed",
        provider,
        orders.size(),
        orders.get(misplaced - 1).providerId(),
        orders.get(misplaced).providerId());
    outOfOrder.get(provider).increment();
    List<Integer> sorted =
        IntStream.range(0, orders.size())
            .boxed()
            .sorted(Comparator.comparing(orders::get, NEWEST_FIRST))
            .toList();
    List<Order> items = new ArrayList<>();
    List<String> positions = page.positions() == null ? null : new ArrayList<>();
    for (int index : sorted) {
      items.add(orders.get(index));
      if (positions != null) {
        positions.add(page.positions().get(index));
      }
    }
    return new Checked(
        new ProviderPage<>(
            items, positions, page.nextPosition(), page.totalCount(), page.fromStart()),
        false);
  }
}
