package com.commercegraph.order;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.stock.StockCache;
import com.commercegraph.write.Change;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WritePath;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets an order's status text in the provider's own words (REC+), with a dry run. Callers rely on
 * this:
 *
 * <ul>
 *   <li>Input is checked before the provider is called; a refusal names the argument at fault and
 *       nothing is sent.
 *   <li>A dry run sends the provider's own preview (REC+'s {@code diffOnly=true}) and returns its
 *       answer as text, with the order read back. It changes nothing, so it may be retried.
 *   <li>A real write is sent once ({@link WritePath#send}), never retried: an automatic repeat
 *       after a timeout could land after someone else changed the status. A write without an answer
 *       is reported with {@link ProviderException#outcomeUnknown()}.
 *   <li>A real write drops the provider's cached stock when it begins and when it ends, whatever
 *       its outcome: REC+ does not say whether a status puts stock back, and a site may do so on
 *       its own Cancelled status. A dry run leaves the cache alone.
 *   <li>An order the provider does not have is a refusal ({@code NOT_FOUND} on the id); other
 *       failures are thrown as {@link ProviderException}s. After an applied write the change stands
 *       even when reading the order back fails: the answer carries that failure beside it.
 * </ul>
 */
@ApplicationScoped
public class OrderStatusTextService {

  /** Status texts are short labels configured in the shop's admin ("Payment Received"). */
  static final int MAX_STATUS_LENGTH = 100;

  private final Instance<OrderStatusTexts> texts;
  private final Instance<OrderLookup> lookups;
  private final WritePath writes;
  private final StockCache stock;

  OrderStatusTextService(
      Instance<OrderStatusTexts> texts,
      Instance<OrderLookup> lookups,
      WritePath writes,
      StockCache stock) {
    this.texts = texts;
    this.lookups = lookups;
    this.writes = writes;
    this.stock = stock;
  }

  /**
   * @param nativeId the provider's order id, as the client's id named it
   * @param dryRun only asks the provider what would change
   * @throws ProviderException when the provider failed before the write was known to be applied
   */
  public WriteResult<Change<Order>> setStatusText(
      Provider provider, String nativeId, String text, boolean dryRun) {
    Optional<OrderStatusTexts> port = ProviderBound.of(texts, provider);
    if (port.isEmpty()) {
      return WriteResult.refused(
          InputProblem.of(
              "UNSUPPORTED",
              provider + " orders have no provider status text to set; only REC+",
              "id"));
    }
    List<InputProblem> problems = problems(text);
    if (!NativeIds.isValid(provider, EntityKind.ORDER, nativeId)) {
      problems.add(
          0,
          InputProblem.of("INVALID", "id is not a " + provider.displayName() + " order id", "id"));
    }
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    OrderLookup lookup = ProviderBound.of(lookups, provider).orElseThrow();
    return writes
        .withDryRun(
            provider,
            dryRun,
            () -> port.get().previewStatusText(nativeId, text),
            () -> port.get().setStatusText(nativeId, text),
            write -> stock.aroundWrite(provider, write),
            () -> lookup.order(nativeId))
        .map(WriteResult::done)
        .orElseGet(
            () ->
                WriteResult.refused(
                    InputProblem.of(
                        "NOT_FOUND", provider.displayName() + " has no order with this id", "id")));
  }

  private static List<InputProblem> problems(String status) {
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
}
