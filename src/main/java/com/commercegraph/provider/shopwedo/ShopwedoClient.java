package com.commercegraph.provider.shopwedo;

import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.failure.ProviderRejectedException;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderGate;
import com.commercegraph.settings.SettingChecks;
import com.commercegraph.settings.StandardRestClientKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Calls ShopWeDo. Every call is signed with a fresh auth object (new timestamp and salt) and
 * answers with ShopWeDo's wire records, or throws a {@link ProviderException}: never a raw REST
 * client exception. Error statuses become the exception of their meaning (401 {@code
 * PROVIDER_AUTH_FAILED}, 400 {@code PROVIDER_REJECTED} with ShopWeDo's code and message, 429 with
 * its Retry-After); timeouts, dropped connections and unreadable answers become timeout,
 * unavailable or bad-response exceptions, marked outcome-unknown for createOrder and cancelOrder.
 * When ShopWeDo is not configured every method throws {@link ProviderDisabledException}.
 *
 * <p>Calls are blocking and are not retried here; connect and read timeouts come from {@code
 * shopwedo.connect-timeout} and {@code shopwedo.read-timeout}.
 */
@ApplicationScoped
public class ShopwedoClient {

  /** shopwedo-api.txt, getStock: "limits and defaults to 50". */
  public static final int MAX_STOCK_LIMIT = 50;

  /** shopwedo-api.txt, getProducts: pages are "limited by 100 items". */
  public static final int PRODUCT_PAGE_SIZE = 100;

  /** A method without data gets an empty JSON object, as public clients send it. */
  private static final Map<String, Object> NO_DATA = Map.of();

  /**
   * getOrder and cancelOrder answer 400 both for bad requests and for orders that are not there or
   * not owned (shopwedo-api.txt); only a body that says so is taken as "not found".
   */
  private static final Pattern NOT_FOUND =
      Pattern.compile(
          "not[ _-]?(found|owned|exist)|does ?n[o']t exist|unknown[ _]order|no[ _]such",
          Pattern.CASE_INSENSITIVE);

  private final ObjectMapper json;
  private final ShopwedoSigner signer;
  private final ShopwedoRestClient rest;
  private final ProviderGate gate;

  @Inject
  ShopwedoClient(
      ShopwedoConfig config,
      ObjectMapper json,
      ProviderGate gate,
      StandardRestClientKeys restClientKeys) {
    this(config, json, Clock.systemUTC(), gate, restClientKeys);
  }

  /** With the clock that timestamps each request's auth object, and no rate limit. */
  ShopwedoClient(ShopwedoConfig config, ObjectMapper json, Clock clock) {
    this(config, json, clock, ProviderGate.unlimited(), StandardRestClientKeys.none());
  }

  private ShopwedoClient(
      ShopwedoConfig config,
      ObjectMapper json,
      Clock clock,
      ProviderGate gate,
      StandardRestClientKeys restClientKeys) {
    this.json = json;
    this.gate = gate;
    if (config.enabled() && config.problems().isEmpty()) {
      this.signer =
          new ShopwedoSigner(
              Long.parseLong(config.shopId().orElseThrow().trim()),
              config.shopKey().orElseThrow(),
              clock);
      this.rest =
          restClientKeys
              .applied(
                  ShopwedoRestClient.class,
                  QuarkusRestClientBuilder.newBuilder()
                      .baseUri(SettingChecks.baseUri(config.baseUrl()))
                      .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                      .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                      .register(new ShopwedoExceptionMapper(json)))
              .build(ShopwedoRestClient.class);
    } else {
      this.signer = null;
      this.rest = null;
    }
  }

  /** Succeeds when ShopWeDo accepts the configured shop id and key (202). */
  public void authTest() {
    send(
        false,
        NO_DATA,
        (client, auth, data) -> {
          client.authTest(auth, data);
          return null;
        });
  }

  /**
   * Creates an order and returns ShopWeDo's id for it. A 400 carries ShopWeDo's code ({@code
   * order_invalid_data}, {@code order_creation_failed}, {@code order_items_empty}) and the
   * per-field errors as the message. Not idempotent: after an outcome-unknown failure, look the
   * order up before sending it again.
   */
  public long createOrder(ShopwedoNewOrder order) {
    ShopwedoCreatedOrder created = send(true, order, ShopwedoRestClient::createOrder);
    if (created == null || created.orderId() == null) {
      throw badResponse("createOrder answered without an order_id", true);
    }
    return created.orderId();
  }

  /**
   * The order with this ShopWeDo id.
   *
   * @throws ProviderNotFoundException when ShopWeDo says the order is not there or not owned, or
   *     answers an empty list
   */
  public ShopwedoOrder order(String orderId) {
    List<ShopwedoOrder> orders =
        notFoundWhenSaid(
            () -> send(false, new ShopwedoOrderRef(orderId), ShopwedoRestClient::getOrder));
    if (orders == null || orders.isEmpty() || orders.get(0) == null) {
      throw new ProviderNotFoundException(
          ProviderFailure.status(Provider.SHOPWEDO, 200, null, "getOrder answered no order"));
    }
    return orders.get(0);
  }

  /**
   * Cancels the order. A 400 (fulfilment started or done, shopwedo-api.txt) is a {@link
   * ProviderRejectedException} carrying ShopWeDo's text; a body saying the order does not exist
   * gives {@link ProviderNotFoundException}.
   */
  public void cancelOrder(String orderId) {
    notFoundWhenSaid(
        () ->
            send(
                true,
                new ShopwedoOrderRef(orderId),
                (client, auth, data) -> {
                  client.cancelOrder(auth, data);
                  return null;
                }));
  }

  /**
   * One slice of stock items. ShopWeDo gives no total: a slice shorter than {@code limit} is the
   * last.
   *
   * @param sku one stock item's id, or null for all
   * @param limit 1 to {@value #MAX_STOCK_LIMIT}
   * @param offset from 0
   */
  public List<ShopwedoStockItem> stock(Long sku, int limit, int offset) {
    if (limit < 1 || limit > MAX_STOCK_LIMIT || offset < 0) {
      throw new IllegalArgumentException(
          "limit must be 1 to " + MAX_STOCK_LIMIT + " and offset at least 0");
    }
    List<ShopwedoStockItem> items =
        send(false, new ShopwedoStockQuery(sku, limit, offset), ShopwedoRestClient::getStock);
    return items == null ? List.of() : items;
  }

  /**
   * One page of {@value #PRODUCT_PAGE_SIZE} products, optionally filtered. A page shorter than that
   * is the last.
   *
   * @param productIds empty for any product
   * @param categoryIds empty for any category
   * @param page from 0; always sent, since without it ShopWeDo returns the whole catalogue at once
   */
  public List<ShopwedoProduct> products(List<Long> productIds, List<Long> categoryIds, int page) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be at least 0");
    }
    List<ShopwedoProduct> products =
        send(
            false,
            new ShopwedoProductQuery(productIds, categoryIds, page),
            ShopwedoRestClient::getProducts);
    return products == null ? List.of() : products;
  }

  @PreDestroy
  void close() throws Exception {
    if (rest instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  private <T> T send(boolean write, Object data, Call<T> call) {
    String body = asJson(data);
    // Signed once the turn has come, so the timestamp is the moment the request goes out.
    return gate.send(
        Provider.SHOPWEDO, rest, write, client -> call.send(client, asJson(signer.sign()), body));
  }

  private static <T> T notFoundWhenSaid(Supplier<T> call) {
    try {
      return call.get();
    } catch (ProviderRejectedException e) {
      if (e.httpStatus().orElse(0) == 400 && saysNotFound(e)) {
        throw new ProviderNotFoundException(
            ProviderFailure.status(
                Provider.SHOPWEDO,
                400,
                e.providerCode().orElse(null),
                e.providerMessage().orElse(null)),
            e);
      }
      throw e;
    }
  }

  private static boolean saysNotFound(ProviderException e) {
    return e.providerCode().filter(text -> NOT_FOUND.matcher(text).find()).isPresent()
        || e.providerMessage().filter(text -> NOT_FOUND.matcher(text).find()).isPresent();
  }

  private static ProviderBadResponseException badResponse(String message, boolean write) {
    return new ProviderBadResponseException(
        new ProviderFailure(Provider.SHOPWEDO, null, null, message, write));
  }

  private String asJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write ShopWeDo request data as JSON", e);
    }
  }

  @FunctionalInterface
  private interface Call<T> {
    T send(ShopwedoRestClient client, String auth, String data);
  }
}
