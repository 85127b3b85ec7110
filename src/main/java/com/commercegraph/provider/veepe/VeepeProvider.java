package com.commercegraph.provider.veepe;

import com.commercegraph.invoice.Invoice;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderListQuery;
import com.commercegraph.provider.Capability;
import com.commercegraph.provider.InvoiceLookup;
import com.commercegraph.provider.OrderListing;
import com.commercegraph.provider.OrderLookup;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderNotFoundException;
import com.commercegraph.provider.ProviderPage;
import com.commercegraph.provider.ProviderPort;
import com.commercegraph.provider.ReportSource;
import com.commercegraph.report.Report;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * VeePe behind the gateway's port, in the common model. Failures are the {@link VeepeClient}'s
 * {@link com.commercegraph.provider.ProviderException}s, except that a get-by-id VeePe answers with
 * 404 is an empty result.
 */
@ApplicationScoped
public class VeepeProvider
    implements ProviderPort, OrderLookup, OrderListing, ReportSource, InvoiceLookup {

  private static final Set<Capability> CAPABILITIES =
      EnumSet.of(
          Capability.ORDERS_LIST,
          Capability.ORDERS_READ,
          Capability.ORDERS_CREATE,
          Capability.ORDERS_UPDATE,
          Capability.ORDERS_TRANSITION,
          Capability.ORDERS_CANCEL,
          Capability.CHECKOUT_LINKS,
          Capability.INVOICES,
          Capability.REPORTS);

  private final VeepeConfig config;
  private final VeepeClient client;
  private final VeepeMapper mapper;

  VeepeProvider(VeepeConfig config, VeepeClient client, VeepeMapper mapper) {
    this.config = config;
    this.client = client;
    this.mapper = mapper;
  }

  @Override
  public Provider provider() {
    return Provider.VEEPE;
  }

  @Override
  public boolean enabled() {
    return config.enabled();
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public List<String> configurationProblems() {
    return config.problems();
  }

  /**
   * One page of orders.
   *
   * @param position null for the first page, else a {@link ProviderPage#nextPosition()} of this
   *     provider (a VeePe page number)
   */
  /** veepe-api.txt does not say how /orders is sorted; like most order APIs, newest first. */
  @Override
  public ProviderPage<Order> newestOrders(OrderListQuery query, String position) {
    return orders(position);
  }

  public ProviderPage<Order> orders(String position) {
    int page = pageNumber(position);
    return mapper.orders(client.orders(page), page);
  }

  /** The order with its status history, or empty when VeePe has no order with this id. */
  @Override
  public Optional<Order> order(String orderId) {
    return found(() -> mapper.order(client.order(orderId)));
  }

  @Override
  public ProviderPage<Report> reports(String position) {
    int page = pageNumber(position);
    return mapper.reports(client.reports(page), page);
  }

  @Override
  public Optional<Report> report(String reportId) {
    return found(() -> mapper.report(client.report(reportId)));
  }

  /** Asks VeePe for a PDF report of the orders between two instants; it starts PENDING. */
  public Report requestReport(String type, Instant from, Instant to) {
    return mapper.report(client.requestReport(VeepeReportRequest.of(type, from, to)));
  }

  /**
   * Generates an invoice for the order; its status and download link come with {@link #invoice}.
   */
  public Invoice createInvoice(String orderId) {
    return mapper.invoice(client.createInvoice(orderId));
  }

  @Override
  public Optional<Invoice> invoice(String orderId, String invoiceId) {
    return found(() -> mapper.invoice(client.invoice(orderId, invoiceId)));
  }

  private static <T> Optional<T> found(Supplier<T> lookup) {
    try {
      return Optional.of(lookup.get());
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
  }

  /** VeePe pages start at 1 (veepe-api.txt: default is 1). */
  private static int pageNumber(String position) {
    if (position == null) {
      return 1;
    }
    try {
      int page = Integer.parseInt(position);
      if (page >= 1) {
        return page;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("not a VeePe list position: " + position);
  }
}
