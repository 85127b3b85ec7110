package com.commercegraph.stock;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.EntityKind;
import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
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
 * Sets a SKU's stock to an absolute count, with a dry run, where the provider allows it (REC+).
 * Callers rely on this:
 *
 * <ul>
 *   <li>Input is checked before the provider is called; a refusal names the argument at fault and
 *       nothing is sent.
 *   <li>A dry run sends the provider's own preview (REC+'s {@code diffOnly=true}: "show only
 *       changes that would be made without applying them live") and returns its answer as text,
 *       with the current level read back. It changes nothing, so it may be retried.
 *   <li>A real write is sent once ({@link WritePath#send}), never retried. It sets an absolute
 *       value, so repeating it by hand leaves the same result; but an automatic repeat after a
 *       timeout could land after a sale the provider counted in between and put back stock that is
 *       gone. A write without an answer is reported with {@link ProviderException#outcomeUnknown()}
 *       for the client to read and decide.
 *   <li>A real write drops the provider's cached stock when it begins and when it ends, whatever
 *       its outcome ({@link StockCache#aroundWrite}); a dry run leaves the cache alone, and nothing
 *       read back after a write is cached.
 *   <li>A SKU the provider does not have is a refusal ({@code NOT_FOUND}); other failures are
 *       thrown as {@link ProviderException}s. After an applied write the change stands even when
 *       reading the level back fails: the answer carries that failure beside it.
 * </ul>
 */
@ApplicationScoped
public class StockSettingService {

  /**
   * A stock count above this is taken as a typing error (an extra digit or two), not a shelf; it
   * leaves room for bulk goods counted in single units.
   */
  static final int MAX_ON_HAND = 100_000_000;

  private final Instance<StockSetting> settings;
  private final Instance<StockSource> sources;
  private final WritePath writes;
  private final StockCache stock;

  StockSettingService(
      Instance<StockSetting> settings,
      Instance<StockSource> sources,
      WritePath writes,
      StockCache stock) {
    this.settings = settings;
    this.sources = sources;
    this.writes = writes;
    this.stock = stock;
  }

  /**
   * @param dryRun only asks the provider what would change
   * @throws ProviderException when the provider failed before the write was known to be applied
   */
  public WriteResult<Change<StockLevel>> setStock(
      Provider provider, String sku, int onHand, boolean dryRun) {
    Optional<StockSetting> port = ProviderBound.of(settings, provider);
    if (port.isEmpty()) {
      return WriteResult.refused(
          InputProblem.of(
              "UNSUPPORTED", provider + " stock cannot be set; only REC+ stock", "provider"));
    }
    List<InputProblem> problems = problems(provider, sku, onHand);
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    StockSource source = ProviderBound.of(sources, provider).orElseThrow();
    return writes
        .withDryRun(
            provider,
            dryRun,
            () -> port.get().previewStock(sku, onHand),
            () -> port.get().setStock(sku, onHand),
            write -> stock.aroundWrite(provider, write),
            () -> source.stockLevel(sku))
        .map(WriteResult::done)
        .orElseGet(
            () ->
                WriteResult.refused(
                    InputProblem.of(
                        "NOT_FOUND",
                        provider.displayName() + " has no stock record with this code",
                        "sku")));
  }

  private static List<InputProblem> problems(Provider provider, String sku, int onHand) {
    List<InputProblem> problems = new ArrayList<>();
    if (sku == null || sku.isBlank()) {
      problems.add(InputProblem.of("REQUIRED", "sku is required", "sku"));
    } else if (!NativeIds.isValid(provider, EntityKind.STOCK_LEVEL, sku)) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "sku is not a "
                  + provider.displayName()
                  + " code (letters, digits, '_', '.', '-'; at most 100)",
              "sku"));
    }
    if (onHand < 0) {
      problems.add(InputProblem.of("INVALID", "onHand must not be negative", "onHand"));
    } else if (onHand > MAX_ON_HAND) {
      problems.add(InputProblem.of("INVALID", "onHand must be at most " + MAX_ON_HAND, "onHand"));
    }
    return problems;
  }
}
