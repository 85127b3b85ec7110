package com.commercegraph.provider.recplus;

import com.commercegraph.cache.StockCache;
import com.commercegraph.order.InputProblem;
import com.commercegraph.order.Order;
import com.commercegraph.order.RequestLimits;
import com.commercegraph.order.WriteResult;
import com.commercegraph.provider.EntityKind;
import com.commercegraph.provider.NativeIds;
import com.commercegraph.provider.Provider;
import com.commercegraph.provider.ProviderCalls;
import com.commercegraph.provider.ProviderException;
import com.commercegraph.provider.ProviderNotFoundException;
import com.commercegraph.stock.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The REC+ writes: a code's absolute stock count and an order's status text, each with a dry run.
 * Callers rely on this:
 *
 * <ul>
 *   <li>Input is checked before REC+ is called; a refusal names the argument at fault and nothing
 *       is sent.
 *   <li>A dry run sends REC+'s own {@code diffOnly=true} (recplus-api.txt: "show only changes that
 *       would be made without applying them live") and returns its answer as text, with the current
 *       state read back. It changes nothing, so it is a safe call and may be retried.
 *   <li>A real write is sent once ({@link ProviderCalls#write}), never retried by the gateway. Both
 *       writes set an absolute value, so repeating one by hand leaves the same result; but an
 *       automatic repeat after a timeout could land after a sale REC+ counted in between and put
 *       back stock that is gone. A write without an answer is therefore reported with {@link
 *       ProviderException#outcomeUnknown()} for the client to read and decide.
 *   <li>A real write drops REC+'s cached stock when it begins and when it ends, whatever its
 *       outcome ({@link StockCache#aroundWrite}); a dry run leaves the cache alone, and nothing
 *       read back after a write is cached. A status write does too: REC+ does not say whether a
 *       status puts stock back, and a site may do so on its own Cancelled status.
 *   <li>A 404 from REC+ is a refusal ({@code NOT_FOUND} on the argument); other REC+ failures are
 *       thrown as {@link ProviderException}s.
 * </ul>
 */
@ApplicationScoped
public class RecplusWrites {

  /**
   * A stock count above this is taken as a typing error (an extra digit or two), not a shelf; it
   * leaves room for bulk goods counted in single units.
   */
  public static final int MAX_ON_HAND = 100_000_000;

  /** Status texts are short labels configured in REC+'s admin ("Payment Received"). */
  public static final int MAX_STATUS_LENGTH = 100;

  private final RecplusClient client;
  private final RecplusMapper mapper;
  private final ProviderCalls calls;
  private final RequestLimits limits;
  private final StockCache stock;

  RecplusWrites(
      RecplusClient client,
      RecplusMapper mapper,
      ProviderCalls calls,
      RequestLimits limits,
      StockCache stock) {
    this.client = client;
    this.mapper = mapper;
    this.calls = calls;
    this.limits = limits;
    this.stock = stock;
  }

  /**
   * Sets the stock of a product or variation code ({@code POST /stock/{code}}), then reads it back.
   *
   * @param dryRun only asks REC+ what would change
   * @throws ProviderException when REC+ failed before the write was known to be applied
   */
  public WriteResult<StockChange> setStock(String sku, int onHand, boolean dryRun) {
    List<InputProblem> problems = stockProblems(sku, onHand);
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    RecplusStockUpdate update = RecplusStockUpdate.of(sku, onHand);
    InputProblem notFound =
        InputProblem.of("NOT_FOUND", "REC+ has no stock record with this code", "sku");
    String diff;
    try {
      diff =
          send(
              dryRun,
              () -> client.previewStockItemUpdate(update),
              () -> client.updateStockItem(update));
    } catch (ProviderNotFoundException e) {
      return WriteResult.refused(notFound);
    }
    try {
      StockLevel level = mapper.stockLevel(read(() -> client.stockItem(sku)));
      return WriteResult.done(new StockChange(level, diff, null));
    } catch (ProviderNotFoundException e) {
      return dryRun
          ? WriteResult.refused(notFound)
          : WriteResult.done(new StockChange(null, diff, null));
    } catch (ProviderException e) {
      return readBackFailed(dryRun, e, new StockChange(null, diff, e));
    }
  }

  /**
   * Sets an order's status text ({@code POST /orders/{id}} with {@code status}), then reads the
   * order back. REC+ checks that the text is one of the site's own (Admin &gt; Order Statuses).
   *
   * @param orderId REC+'s order id, already of REC+'s shape
   * @throws ProviderException when REC+ failed before the write was known to be applied
   */
  public WriteResult<OrderChange> setOrderStatus(String orderId, String status, boolean dryRun) {
    List<InputProblem> problems = statusProblems(status);
    if (!NativeIds.isValid(Provider.RECPLUS, EntityKind.ORDER, orderId)) {
      problems.add(0, InputProblem.of("INVALID", "id is not a REC+ order id", "id"));
    }
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    RecplusOrderUpdate update = RecplusOrderUpdate.status(status);
    InputProblem notFound = InputProblem.of("NOT_FOUND", "REC+ has no order with this id", "id");
    String diff;
    try {
      diff =
          send(
              dryRun,
              () -> client.previewOrderUpdate(orderId, update),
              () -> client.updateOrder(orderId, update));
    } catch (ProviderNotFoundException e) {
      return WriteResult.refused(notFound);
    }
    try {
      Order order = mapper.order(read(() -> client.order(orderId)));
      return WriteResult.done(new OrderChange(order, diff, null));
    } catch (ProviderNotFoundException e) {
      return dryRun
          ? WriteResult.refused(notFound)
          : WriteResult.done(new OrderChange(null, diff, null));
    } catch (ProviderException e) {
      return readBackFailed(dryRun, e, new OrderChange(null, diff, e));
    }
  }

  /** REC+'s diff for a dry run; null after a real write, which REC+ answers with 204. */
  private String send(boolean dryRun, Supplier<String> preview, Runnable write) {
    if (dryRun) {
      return read(preview);
    }
    calls.write(
        Provider.RECPLUS,
        stock.aroundWrite(
            Provider.RECPLUS,
            () -> {
              write.run();
              return Boolean.TRUE;
            }),
        limits.deadline());
    return null;
  }

  private <T> T read(Supplier<T> call) {
    return calls.one(Provider.RECPLUS, call, limits.deadline());
  }

  /**
   * After a real write the change stands although the read failed, so the caller gets it with the
   * failure beside it; a dry run changed nothing and simply fails.
   */
  private static <T> WriteResult<T> readBackFailed(boolean dryRun, ProviderException e, T change) {
    if (dryRun) {
      throw e;
    }
    return WriteResult.done(change);
  }

  static List<InputProblem> stockProblems(String sku, int onHand) {
    List<InputProblem> problems = new ArrayList<>();
    if (sku == null || sku.isBlank()) {
      problems.add(InputProblem.of("REQUIRED", "sku is required", "sku"));
    } else if (!NativeIds.isValid(Provider.RECPLUS, EntityKind.STOCK_LEVEL, sku)) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "sku is not a REC+ code (letters, digits, '_', '.', '-'; at most 100)",
              "sku"));
    }
    if (onHand < 0) {
      problems.add(InputProblem.of("INVALID", "onHand must not be negative", "onHand"));
    } else if (onHand > MAX_ON_HAND) {
      problems.add(InputProblem.of("INVALID", "onHand must be at most " + MAX_ON_HAND, "onHand"));
    }
    return problems;
  }

  static List<InputProblem> statusProblems(String status) {
    List<InputProblem> problems = new ArrayList<>();
    if (status == null || status.isBlank()) {
      problems.add(InputProblem.of("REQUIRED", "providerStatus is required", "providerStatus"));
    } else if (status.length() > MAX_STATUS_LENGTH) {
      problems.add(
          InputProblem.of(
              "TOO_LONG",
              "providerStatus is longer than " + MAX_STATUS_LENGTH + " characters",
              "providerStatus"));
    } else if (status.chars().anyMatch(Character::isISOControl)) {
      problems.add(
          InputProblem.of(
              "INVALID", "providerStatus must not contain control characters", "providerStatus"));
    }
    return problems;
  }

  /**
   * @param level the stock after the write (before it, for a dry run); null when REC+ no longer
   *     lists the code or the read failed
   * @param diff REC+'s dry-run answer as JSON text; null for a real write
   * @param readBackFailure why the level could not be read after an applied write; null otherwise
   */
  public record StockChange(StockLevel level, String diff, ProviderException readBackFailure) {}

  /**
   * @param order the order after the write (unchanged, for a dry run); null when it could not be
   *     read
   * @param diff REC+'s dry-run answer as JSON text; null for a real write
   * @param readBackFailure why the order could not be read after an applied write; null otherwise
   */
  public record OrderChange(Order order, String diff, ProviderException readBackFailure) {}
}
