package com.commercegraph.provider.veepe;

import com.commercegraph.invoice.Invoice;
import com.commercegraph.money.Money;
import com.commercegraph.order.Customer;
import com.commercegraph.order.InputProblem;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.NewOrderLine;
import com.commercegraph.order.NewOrderValidator;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.order.RequestLimits;
import com.commercegraph.order.WriteResult;
import com.commercegraph.payment.CheckoutLink;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderCalls;
import com.commercegraph.provider.ProviderDisabledException;
import com.commercegraph.report.Report;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * VeePe's own writes beyond creating and cancelling: status transitions, edits of OPEN orders,
 * checkout links, invoices and reports.
 *
 * <p>What callers rely on: input is checked before VeePe is called, and a refusal is a {@link
 * WriteResult} with problems; each write is sent once on VeePe's threads (bulkhead and breaker of
 * {@link ProviderCalls}) and never retried, since none of them is idempotent at VeePe; a write with
 * no answer in time throws a {@link com.commercegraph.provider.ProviderException} with {@code
 * outcomeUnknown()}.
 */
@ApplicationScoped
public class VeepeWrites {

  private static final int MAX_NOTE = 500;
  private static final int MAX_REPORT_TYPE = 100;
  // Stand-ins for the parts an edit leaves out, so that the given parts pass the same checks as a
  // new order's; they are never sent.
  private static final Customer UNCHANGED_CUSTOMER = new Customer("unchanged", null, null);
  private static final NewOrderLine UNCHANGED_LINE =
      new NewOrderLine("unchanged", null, 1, new Money(BigDecimal.ONE, "INR"), null);

  private final VeepeProvider provider;
  private final VeepeOrderEditor editor;
  private final VeepeClient client;
  private final VeepeMapper mapper;
  private final ProviderCalls calls;
  private final RequestLimits limits;

  VeepeWrites(
      VeepeProvider provider,
      VeepeOrderEditor editor,
      VeepeClient client,
      VeepeMapper mapper,
      ProviderCalls calls,
      RequestLimits limits) {
    this.provider = provider;
    this.editor = editor;
    this.client = client;
    this.mapper = mapper;
    this.calls = calls;
    this.limits = limits;
  }

  /**
   * Moves the order along VeePe's lifecycle; refused with INVALID_TRANSITION (naming the allowed
   * statuses) when the table forbids it, also when VeePe answers 409 because the order moved
   * meanwhile.
   */
  public WriteResult<Order> transition(String orderId, OrderStatus to, String note) {
    if (note != null && note.length() > MAX_NOTE) {
      return WriteResult.refused(
          InputProblem.of("TOO_LONG", "note is longer than " + MAX_NOTE + " characters", "note"));
    }
    return send(() -> editor.transition(orderId, to, note, "id"));
  }

  /**
   * Edits an OPEN order: only the given parts change; new lines re-price the amount. Refused with
   * NOT_EDITABLE when the order is not OPEN.
   */
  public WriteResult<Order> update(String orderId, VeepeOrderEdit edit) {
    List<InputProblem> problems = problems(edit);
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    return send(() -> editor.update(orderId, edit));
  }

  /**
   * The order's hosted checkout page. veepe-api.txt: VeePe may create the session on this call, so
   * it is treated as a write.
   */
  public WriteResult<CheckoutLink> checkoutLink(String orderId) {
    return send(() -> WriteResult.done(mapper.checkoutLink(client.checkoutLink(orderId), orderId)));
  }

  /** Generates an invoice for the order; VeePe's answer has its ids and date only. */
  public WriteResult<Invoice> createInvoice(String orderId) {
    return send(() -> WriteResult.done(provider.createInvoice(orderId)));
  }

  /** Asks for a PDF report of the orders between two instants; it starts PENDING. */
  public WriteResult<Report> requestReport(String type, OffsetDateTime from, OffsetDateTime to) {
    List<InputProblem> problems = new ArrayList<>();
    if (type == null || type.isBlank()) {
      problems.add(InputProblem.of("REQUIRED", "type is required, e.g. ORDER_REPORT", "type"));
    } else if (type.length() > MAX_REPORT_TYPE) {
      problems.add(
          InputProblem.of(
              "TOO_LONG", "type is longer than " + MAX_REPORT_TYPE + " characters", "type"));
    }
    if (from != null && to != null && !from.isBefore(to)) {
      problems.add(InputProblem.of("INVALID", "to must be after from", "to"));
    }
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    return send(
        () -> WriteResult.done(provider.requestReport(type, from.toInstant(), to.toInstant())));
  }

  /** The edit's given parts, checked as a new order's are, with VeePe's own rules for lines. */
  private List<InputProblem> problems(VeepeOrderEdit edit) {
    if (edit.isEmpty()) {
      return List.of(
          InputProblem.of(
              "REQUIRED", "give at least one of customer, shippingAddress, lines, note", "input"));
    }
    NewOrder probe =
        new NewOrder(
            Provider.VEEPE,
            "unchanged",
            edit.customer() == null ? UNCHANGED_CUSTOMER : edit.customer(),
            edit.shippingAddress(),
            null,
            edit.lines() == null ? List.of(UNCHANGED_LINE) : edit.lines(),
            null,
            edit.note(),
            null);
    List<InputProblem> problems = new ArrayList<>(NewOrderValidator.problems(probe));
    problems.addAll(provider.problems(probe));
    return problems;
  }

  private <T> WriteResult<T> send(Supplier<WriteResult<T>> write) {
    if (!provider.enabled()) {
      throw ProviderDisabledException.of(Provider.VEEPE);
    }
    return calls.write(Provider.VEEPE, write, limits.deadline());
  }
}
