package com.commercegraph.provider.recplus;

import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderGate;
import com.commercegraph.settings.SettingChecks;
import com.commercegraph.settings.StandardRestClientKeys;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Calls REC+ for the gateway. Callers rely on this:
 *
 * <ul>
 *   <li>Every request carries HTTP Basic auth with the Full API user (recplus-api.txt) and JSON
 *       bodies go out as {@code application/json}.
 *   <li>Every failure is a {@link ProviderException}: an error status becomes the exception of its
 *       meaning (404 {@link ProviderNotFoundException}, 429 with Retry-After, 5xx unavailable...)
 *       with REC+'s own message; timeouts, dropped connections and unreadable bodies become
 *       timeout, unavailable and bad-response exceptions, and a write that got no answer is {@link
 *       ProviderException#outcomeUnknown()}. When REC+ is not configured every method throws {@link
 *       ProviderDisabledException} without a call.
 *   <li>Calls are blocking and bounded by the configured connect and read timeouts; run them on
 *       worker threads. No retries here: the caller decides, using {@link
 *       ProviderException#retryable()}.
 *   <li>Lists take {@code limit} 1 to 1000 (recplus-api.txt: "the max for the limit is generally
 *       1000") and an {@code offset}.
 * </ul>
 */
@ApplicationScoped
public class RecplusClient {

  static final int MAX_LIMIT = 1000;

  /**
   * recplus-api.txt: products take {@code sort} (sort_order, id, live, updated, name, code) and no
   * default is documented; paging by offset needs one fixed order, and ids do not change.
   */
  static final String PRODUCT_ORDER = "id";

  private final Optional<RecplusRestClient> rest;
  private final ProviderGate gate;

  RecplusClient(
      RecplusConfig config,
      ObjectMapper json,
      ProviderGate gate,
      StandardRestClientKeys restClientKeys) {
    this.rest =
        config.enabled() ? Optional.of(build(config, json, restClientKeys)) : Optional.empty();
    this.gate = gate;
  }

  private static RecplusRestClient build(
      RecplusConfig config, ObjectMapper json, StandardRestClientKeys restClientKeys) {
    QuarkusRestClientBuilder builder =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(SettingChecks.baseUri(config.baseUrl().orElseThrow()))
            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .register(
                new RecplusBasicAuthFilter(
                    config.username().orElseThrow(), config.password().orElseThrow()))
            .register(new RecplusErrorMapper(json));
    return restClientKeys.applied(RecplusRestClient.class, builder).build(RecplusRestClient.class);
  }

  /**
   * One page of orders, oldest first as REC+ lists them.
   *
   * @param placedSince only orders placed at or after this instant (REC+ filters by placement, not
   *     by update); null for all. Sent as Unix seconds, which the docs accept, so the site's time
   *     zone plays no part.
   * @param full with lines, customer and addresses ({@code fields=*}); without, REC+'s basic data
   *     (recplus-api.txt: collections return basic data unless {@code fields=*}), which holds the
   *     id, dates, status and totals a list row shows
   */
  public RecplusOrderPage orders(int limit, long offset, Instant placedSince, boolean full) {
    checkPaging(limit, offset);
    Long since = placedSince == null ? null : placedSince.getEpochSecond();
    String fields = full ? RecplusRestClient.ALL_FIELDS : null;
    return read(r -> r.orders(limit, offset, since, fields));
  }

  /** {@link #orders(int, long, Instant, boolean)} with full data. */
  public RecplusOrderPage orders(int limit, long offset, Instant placedSince) {
    return orders(limit, offset, placedSince, true);
  }

  /**
   * @throws ProviderNotFoundException when REC+ has no order with this id
   */
  public RecplusOrder order(String id) {
    return read(r -> r.order(id));
  }

  /** Applies the update; REC+ answers 204 or the order, which is not needed. */
  public void updateOrder(String id, RecplusOrderUpdate update) {
    write(r -> r.updateOrder(id, null, update));
  }

  /**
   * Asks REC+ what the update would change without applying it ({@code diffOnly=true}).
   *
   * @return REC+'s answer as JSON text, because recplus-api.txt does not document the diff's shape
   */
  public String previewOrderUpdate(String id, RecplusOrderUpdate update) {
    return dryRun(r -> r.updateOrder(id, true, update));
  }

  public RecplusProductPage products(RecplusProductQuery query, int limit, long offset) {
    checkPaging(limit, offset);
    return read(
        r ->
            r.products(
                blankToNull(query.q()),
                query.idsParam(),
                blankToNull(query.status()),
                limit,
                offset,
                blankToNull(query.fields()),
                PRODUCT_ORDER));
  }

  /**
   * @throws ProviderNotFoundException when REC+ has no product with this id
   */
  public RecplusProduct product(String id) {
    return read(r -> r.product(id, null));
  }

  /**
   * Looks a product up by product or variation code (recplus-api.txt: sites with variations accept
   * both with {@code identifier=code}).
   *
   * @throws ProviderNotFoundException when REC+ has no product with this code
   */
  public RecplusProduct productByCode(String code) {
    return read(r -> r.product(code, RecplusRestClient.CODE_IDENTIFIER));
  }

  /**
   * @param codes only these product or variation codes; empty for all
   */
  public RecplusStockPage stock(List<String> codes, int limit, long offset) {
    checkPaging(limit, offset);
    String codesParam = codes.isEmpty() ? null : String.join(",", codes);
    return read(r -> r.stock(codesParam, limit, offset));
  }

  /**
   * @throws ProviderNotFoundException when REC+ has no stock record with this code
   */
  public RecplusStockItem stockItem(String code) {
    return read(r -> r.stockItem(code));
  }

  /** Sets the stock of {@code update.code()}. */
  public void updateStockItem(RecplusStockUpdate update) {
    write(r -> r.updateStockItem(update.code(), null, update));
  }

  /**
   * @return REC+'s {@code diffOnly=true} answer as JSON text (its shape is undocumented)
   */
  public String previewStockItemUpdate(RecplusStockUpdate update) {
    return dryRun(r -> r.updateStockItem(update.code(), true, update));
  }

  /** Sets the stock of several codes in one call. */
  public void updateStock(List<RecplusStockUpdate> updates) {
    write(r -> r.updateStock(null, updates));
  }

  private <T> T read(Function<RecplusRestClient, T> call) {
    T answer = send(call, false);
    if (answer == null) {
      throw new ProviderBadResponseException(
          new ProviderFailure(Provider.RECPLUS, null, null, "empty response body", false));
    }
    return answer;
  }

  private void write(Function<RecplusRestClient, String> call) {
    send(call, true);
  }

  private String dryRun(Function<RecplusRestClient, String> call) {
    String answer = send(call, false);
    return answer == null ? "" : answer;
  }

  private <T> T send(Function<RecplusRestClient, T> call, boolean write) {
    return gate.send(Provider.RECPLUS, rest.orElse(null), write, call);
  }

  private static void checkPaging(int limit, long offset) {
    if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
      throw new IllegalArgumentException(
          "REC+ lists take a limit of 1 to " + MAX_LIMIT + " and an offset of 0 or more");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
