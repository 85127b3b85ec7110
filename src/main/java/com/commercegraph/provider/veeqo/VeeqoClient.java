package com.commercegraph.provider.veeqo;

import com.commercegraph.failure.ProviderBadResponseException;
import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderGate;
import com.commercegraph.settings.SettingChecks;
import com.commercegraph.settings.StandardRestClientKeys;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Calls Veeqo with the configured credentials and returns its wire objects.
 *
 * <p>What callers rely on: every failure is a {@link ProviderException} of its meaning, never a
 * JAX-RS or transport exception. Error statuses map through {@link VeeqoErrorMapper} (404 is {@code
 * NOT_FOUND}, 429 from Veeqo's leaky bucket is {@code RATE_LIMITED}); no answer within the
 * configured read timeout is {@code PROVIDER_TIMEOUT}; a dropped connection {@code
 * PROVIDER_UNAVAILABLE}; an unreadable or empty body {@code PROVIDER_BAD_RESPONSE}. Writes that
 * fail after the request may have reached Veeqo are marked {@link
 * ProviderException#outcomeUnknown()}. When Veeqo is not configured, every call throws {@link
 * ProviderDisabledException} without any network traffic. Calls block; run them off the event loop.
 */
@ApplicationScoped
public class VeeqoClient {

  private final Optional<VeeqoRestClient> rest;
  private final ProviderGate gate;

  VeeqoClient(VeeqoConfig config, ObjectMapper json) {
    this(config, json, ProviderGate.unlimited(), StandardRestClientKeys.none());
  }

  @Inject
  VeeqoClient(
      VeeqoConfig config,
      ObjectMapper json,
      ProviderGate gate,
      StandardRestClientKeys restClientKeys) {
    this.gate = gate;
    this.rest =
        config.enabled() ? Optional.of(build(config, json, restClientKeys)) : Optional.empty();
  }

  private static VeeqoRestClient build(
      VeeqoConfig config, ObjectMapper json, StandardRestClientKeys restClientKeys) {
    return restClientKeys
        .applied(
            VeeqoRestClient.class,
            QuarkusRestClientBuilder.newBuilder()
                .baseUri(SettingChecks.baseUri(config.baseUrl()))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(VeeqoAuthFilter.from(config))
                .register(new VeeqoErrorMapper(json)))
        .build(VeeqoRestClient.class);
  }

  /** Releases the REST client's connections when the application stops. */
  @PreDestroy
  void close() throws Exception {
    if (rest.isPresent()) {
      rest.get().close();
    }
  }

  /** One page of orders, filtered as the query says; see {@link VeeqoPage} for the paging facts. */
  public VeeqoPage<VeeqoOrder> orders(VeeqoOrderQuery query) {
    return page(
        query.page(),
        query.pageSize(),
        client ->
            client.orders(
                query.sinceId(),
                VeeqoTimes.filter(query.createdAtMin()),
                VeeqoTimes.filter(query.updatedAtMin()),
                query.status(),
                query.query(),
                query.tags(),
                query.page(),
                query.pageSize()));
  }

  /**
   * @throws com.commercegraph.failure.ProviderNotFoundException when Veeqo has no such order
   */
  public VeeqoOrder order(long id) {
    return call(false, client -> client.order(id));
  }

  /**
   * Creates the order and returns it as Veeqo stored it. Not repeated on failure: Veeqo has no
   * idempotency key, so a retry after an outcome-unknown failure could create it twice.
   */
  public VeeqoOrder createOrder(VeeqoNewOrder order) {
    return call(true, client -> client.createOrder(new VeeqoRestClient.OrderBody(order)));
  }

  public VeeqoPage<VeeqoProduct> products(VeeqoProductQuery query) {
    return page(
        query.page(),
        query.pageSize(),
        client ->
            client.products(
                query.sinceId(),
                VeeqoTimes.filter(query.createdAtMin()),
                VeeqoTimes.filter(query.updatedAtMin()),
                query.query(),
                query.warehouseId(),
                query.page(),
                query.pageSize()));
  }

  /**
   * @throws com.commercegraph.failure.ProviderNotFoundException when Veeqo has no such product
   */
  public VeeqoProduct product(long id) {
    return call(false, client -> client.product(id));
  }

  public VeeqoStockEntry stockEntry(long sellableId, long warehouseId) {
    return call(false, client -> client.stockEntry(sellableId, warehouseId));
  }

  /** Sets the stock level; returns the entry as Veeqo stored it. */
  public VeeqoStockEntry updateStockEntry(
      long sellableId, long warehouseId, VeeqoStockUpdate update) {
    return call(
        true,
        client ->
            client.updateStockEntry(
                sellableId, warehouseId, new VeeqoRestClient.StockEntryBody(update)));
  }

  public VeeqoPage<VeeqoChannel> channels(Integer page, Integer pageSize) {
    return page(page, pageSize, client -> client.channels(page, pageSize));
  }

  /** Creates a channel; its id is the {@code channel_id} of orders and channel sellables. */
  public VeeqoChannel createChannel(VeeqoNewChannel channel) {
    return call(true, client -> client.createChannel(new VeeqoRestClient.ChannelBody(channel)));
  }

  /** Links a sellable to a channel listing, sent as JSON:API as Veeqo requires. */
  public VeeqoChannelSellable createChannelSellable(VeeqoNewChannelSellable sellable) {
    VeeqoChannelSellableDocument created =
        call(
            true,
            client -> client.createChannelSellable(VeeqoChannelSellableDocument.request(sellable)));
    if (created.data() == null) {
      throw emptyBody(true);
    }
    return created.toChannelSellable();
  }

  private <T> VeeqoPage<T> page(
      Integer page, Integer pageSize, Function<VeeqoRestClient, RestResponse<List<T>>> request) {
    return call(false, client -> VeeqoPaging.read(request.apply(client), page, pageSize));
  }

  private <T> T call(boolean write, Function<VeeqoRestClient, T> request) {
    T result = gate.send(Provider.VEEQO, rest.orElse(null), write, request);
    if (result == null) {
      throw emptyBody(write);
    }
    return result;
  }

  private static ProviderBadResponseException emptyBody(boolean write) {
    return new ProviderBadResponseException(
        new ProviderFailure(Provider.VEEQO, null, null, "empty response body", write));
  }
}
