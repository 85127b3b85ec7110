package com.commercegraph.provider.veepe;

import com.commercegraph.failure.ProviderConflictException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.invoice.Invoice;
import com.commercegraph.invoice.InvoiceCreation;
import com.commercegraph.invoice.InvoiceLookup;
import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.NewOrderLine;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderCancellation;
import com.commercegraph.order.OrderCreation;
import com.commercegraph.order.OrderListQuery;
import com.commercegraph.order.OrderListing;
import com.commercegraph.order.OrderLookup;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.payment.CheckoutLink;
import com.commercegraph.payment.CheckoutLinks;
import com.commercegraph.registry.Capability;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderPort;
import com.commercegraph.report.Report;
import com.commercegraph.report.ReportRequests;
import com.commercegraph.report.ReportSource;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * VeePe behind the gateway's port, in the common model. Failures are the {@link VeepeClient}'s
 * {@link com.commercegraph.failure.ProviderException}s, except that a get-by-id VeePe answers with
 * 404 is an empty result.
 */
@ApplicationScoped
public class VeepeProvider
    implements ProviderPort,
        OrderLookup,
        OrderListing,
        ReportSource,
        ReportRequests,
        InvoiceLookup,
        InvoiceCreation,
        CheckoutLinks,
        OrderCreation,
        OrderCancellation {

  /** Pages of orders searched for a merchantOrderReference: the newest few hundred orders. */
  private static final int REFERENCE_SEARCH_PAGES = 5;

  /** veepe-api.txt's example: 84 orders in 9 pages. */
  static final int PAGE_SIZE = 10;

  /** veepe-api.txt: merchantOrderReference must have at least 3 and at most 50 characters. */
  private static final int MIN_REFERENCE = 3;

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
  private final VeepeOrderEditor editor;
  private final VeepeOrderCount counts;

  VeepeProvider(
      VeepeConfig config,
      VeepeClient client,
      VeepeMapper mapper,
      VeepeOrderEditor editor,
      VeepeOrderCount counts) {
    this.config = config;
    this.client = client;
    this.mapper = mapper;
    this.editor = editor;
    this.counts = counts;
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
   * One VeePe page of orders. veepe-api.txt does not say how /orders is sorted; like most order
   * APIs, newest first. VeePe lists by page number only, {@value #PAGE_SIZE} orders a page, with no
   * filter and no page size (veepe-api.txt: GET /orders?page=), so a position is an order's index
   * in the list, newest first, and a slice is read as the pages that hold it ({@link #calls}), each
   * its own call, all at once. New orders push the list down: an index taken earlier may point a
   * little above where a walk stopped, and the merge keeps only orders past the last it handed out.
   */
  @Override
  public ProviderPage<Order> newestOrders(OrderListQuery query, ListSlice slice) {
    long index = slice.position() == null ? 0 : index(slice.position());
    int page = (int) (Math.max(0, index - slice.before()) / PAGE_SIZE) + 1;
    long first = (long) (page - 1) * PAGE_SIZE;
    ProviderPage<Order> read;
    try {
      read = orders(String.valueOf(page));
    } catch (ProviderNotFoundException e) {
      if (page == 1) {
        throw e;
      }
      // Pages are read at once, some past the end; veepe-api.txt does not say what VeePe answers
      // for those, so a 404 there is taken as an empty last page.
      return ProviderPage.numbered(List.of(), first, 1, null, null, false);
    }
    counts.remember(read.totalCount());
    return ProviderPage.numbered(
        read.items(),
        first,
        1,
        read.nextPosition() == null ? null : String.valueOf(first + PAGE_SIZE),
        read.totalCount(),
        page == 1);
  }

  /**
   * One call per VeePe page the slice reaches into, up to a page past the end of the list as VeePe
   * last counted it (new orders push the list down, so it only grows).
   */
  @Override
  public List<ListSlice> calls(ListSlice slice) {
    long index = slice.position() == null ? 0 : index(slice.position());
    long from = Math.max(0, index - slice.before());
    long to = index + slice.count();
    Optional<Long> counted = counts.last();
    if (counted.isPresent()) {
      to = Math.max(from + 1, Math.min(to, counted.get() + PAGE_SIZE));
    }
    List<ListSlice> pages = new ArrayList<>();
    for (long page = from / PAGE_SIZE; page * PAGE_SIZE < to; page++) {
      pages.add(ListSlice.at(String.valueOf(page * PAGE_SIZE), PAGE_SIZE));
    }
    return pages;
  }

  /** Five pages at once at most, when a filter of the gateway's own drops what comes back. */
  @Override
  public int largestOrderPage() {
    return 5 * PAGE_SIZE;
  }

  /** A window's first read is one page; how many more are read at once follows from it. */
  @Override
  public int windowStep() {
    return PAGE_SIZE;
  }

  /**
   * One page of orders.
   *
   * @param position null for the first page, else a VeePe page number
   */
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
  @Override
  public Report requestReport(String type, Instant from, Instant to) {
    return mapper.report(client.requestReport(VeepeReportRequest.of(type, from, to)));
  }

  /** The order's hosted checkout page. veepe-api.txt: VeePe may create the session on this call. */
  @Override
  public CheckoutLink checkoutLink(String orderId) {
    return mapper.checkoutLink(client.checkoutLink(orderId), orderId);
  }

  /**
   * Generates an invoice for the order; its status and download link come with {@link #invoice}.
   */
  @Override
  public Invoice createInvoice(String orderId) {
    return mapper.invoice(client.createInvoice(orderId));
  }

  @Override
  public Optional<Invoice> invoice(String orderId, String invoiceId) {
    return found(() -> mapper.invoice(client.invoice(orderId, invoiceId)));
  }

  /**
   * VeePe's own rules on top of the common checks: a reference of at least 3 characters (the common
   * check caps it at 50) and a unit price on every line, since VeePe's amount is the sum of its
   * items.
   */
  @Override
  public List<InputProblem> problems(NewOrder order) {
    List<InputProblem> problems = new ArrayList<>();
    String reference = order.reference();
    if (reference != null && !reference.isBlank() && reference.length() < MIN_REFERENCE) {
      problems.add(
          InputProblem.of(
              "TOO_SHORT",
              "reference is shorter than " + MIN_REFERENCE + " characters (VeePe)",
              "input",
              "reference"));
    }
    List<NewOrderLine> lines = order.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).unitPrice() == null) {
        problems.add(
            InputProblem.of(
                "REQUIRED",
                "unitPrice is required: VeePe's amount is the sum of its lines",
                "input",
                "lines",
                String.valueOf(i),
                "unitPrice"));
      }
    }
    return problems;
  }

  /**
   * VeePe has no look-up by merchantOrderReference, but its orders carry it (veepe-api.txt, Get
   * Orders): the newest {@value #REFERENCE_SEARCH_PAGES} pages are searched for it. An order the
   * gateway just sent is among the newest; an older one may be missed, so a miss proves nothing.
   */
  @Override
  public Optional<Order> findByReference(String reference) {
    for (int page = 1; page <= REFERENCE_SEARCH_PAGES; page++) {
      VeepePage<VeepeOrder> orders = client.orders(page);
      List<VeepeOrder> data = orders.data() == null ? List.of() : orders.data();
      Optional<VeepeOrder> match =
          data.stream()
              .filter(order -> reference.equals(order.merchantOrderReference()))
              .findFirst();
      if (match.isPresent()) {
        return match.map(mapper::order);
      }
      if (data.isEmpty() || (orders.totalPages() != null && page >= orders.totalPages())) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * veepe-api.txt (Idempotency & Merchant References): a repeated create with the same reference
   * returns the existing order, so a create that failed on the way is sent again.
   */
  @Override
  public boolean createIsIdempotent() {
    return true;
  }

  /**
   * Creates the order. veepe-api.txt lists 409 CONFLICT for "Invalid state or duplicate request";
   * on a create only the duplicate can apply, so a 409 means VeePe already holds an order with this
   * merchantOrderReference (from an earlier send): that order is the answer, found by its
   * reference, and nothing is created again. Not found among the newest pages, the outcome is
   * unknown: the order exists, but which it is must be looked up by hand. VeePe takes the lines as
   * given, so nothing is read first.
   */
  @Override
  public Supplier<Order> prepare(NewOrder order) {
    return () -> create(order);
  }

  private Order create(NewOrder order) {
    try {
      return mapper.order(client.createOrder(VeepeOrderRequests.newOrder(order)));
    } catch (ProviderConflictException duplicate) {
      return findByReference(order.reference())
          .orElseThrow(
              () ->
                  new ProviderConflictException(
                      new ProviderFailure(
                          Provider.VEEPE,
                          409,
                          duplicate.providerCode().orElse(null),
                          "VeePe holds an order with this merchantOrderReference, not among its"
                              + " newest orders",
                          true),
                      duplicate));
    }
  }

  /** The lifecycle transition to CANCELLED, with the reason as its note. */
  @Override
  public WriteResult<Order> cancel(String nativeId, String reason) {
    return editor.transition(nativeId, OrderStatus.CANCELLED, reason);
  }

  private static <T> Optional<T> found(Supplier<T> lookup) {
    try {
      return Optional.of(lookup.get());
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
  }

  private static long index(String position) {
    if (!position.matches("[0-9]{1,12}")) {
      throw new IllegalArgumentException("not a VeePe list position: " + position);
    }
    return Long.parseLong(position);
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
