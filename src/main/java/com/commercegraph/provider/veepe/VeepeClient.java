package com.commercegraph.provider.veepe;

import com.commercegraph.failure.ProviderAuthException;
import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderRejectedException;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderGate;
import com.commercegraph.resilience.ResilienceConfig;
import com.commercegraph.resilience.SafeCallRetries;
import com.commercegraph.settings.SettingChecks;
import com.commercegraph.settings.StandardRestClientKeys;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * VeePe's REST API for the rest of the gateway: every endpoint of veepe-api.txt, authenticated with
 * a cached OAuth2 bearer token (see {@link VeepeTokens}).
 *
 * <p>What callers rely on:
 *
 * <ul>
 *   <li>Every failure is a {@link ProviderException}: error statuses by meaning (401
 *       PROVIDER_AUTH_FAILED, 404 NOT_FOUND, 409 CONFLICT for a transition the lifecycle forbids or
 *       an update of an order that is no longer OPEN, 429 RATE_LIMITED with Retry-After, 5xx
 *       unavailable), with VeePe's {@code errorCode} and {@code errorMessage}; no answer at all as
 *       timeout or unavailable; an unreadable answer as a bad response. Writes that got no answer
 *       are marked {@link ProviderException#outcomeUnknown()}. While VeePe has no credentials every
 *       call throws {@link ProviderDisabledException} and nothing is sent.
 *   <li>A 401 on an API call (VeePe rotated or revoked the token) discards the token, fetches a new
 *       one and repeats the call once; a second 401 is PROVIDER_AUTH_FAILED.
 *   <li>Calls block; run them on worker threads. Timeouts are {@code veepe.connect-timeout} and
 *       {@code veepe.read-timeout}.
 * </ul>
 */
@ApplicationScoped
public class VeepeClient {

  private final VeepeConfig config;
  private final VeepeTokens tokens;
  private final ResilienceConfig resilience;
  private final ProviderGate gate;
  private final StandardRestClientKeys restClientKeys;
  private VeepeRestClient api;

  VeepeClient(
      VeepeConfig config,
      VeepeTokens tokens,
      ResilienceConfig resilience,
      ProviderGate gate,
      StandardRestClientKeys restClientKeys) {
    this.config = config;
    this.tokens = tokens;
    this.resilience = resilience;
    this.gate = gate;
    this.restClientKeys = restClientKeys;
  }

  /**
   * Creates an order in the OPEN state. Safe to retry with the same {@code merchantOrderReference}:
   * VeePe answers a duplicate reference with the order it already has instead of creating a second
   * one, so a create whose outcome is unknown may be sent again.
   */
  public VeepeOrder createOrder(VeepeNewOrder order) {
    // Retried whole by the caller (WritePath.send with idempotent = true), its token fetch with it.
    return withTokenRenewal(api -> api.createOrder(order), true);
  }

  /** One page of the merchant's orders, newest first as VeePe sorts them; pages start at 1. */
  public VeepePage<VeepeOrder> orders(int page) {
    return read(api -> api.orders(page));
  }

  /**
   * The order with its status history.
   *
   * @param orderId VeePe's UUID; veepe-api.txt: the API does not accept the displayOrderId
   * @throws com.commercegraph.failure.ProviderNotFoundException when VeePe has no such order
   */
  public VeepeOrder order(String orderId) {
    return read(api -> api.order(orderId));
  }

  /**
   * Changes amount, customer or items. veepe-api.txt: only OPEN orders can be updated; others
   * answer 409 (CONFLICT).
   */
  public void updateOrder(String orderId, VeepeOrderChanges changes) {
    requireSuccess(write(api -> api.updateOrder(orderId, changes)));
  }

  /**
   * Moves the order to another status. veepe-api.txt: only the lifecycle's transitions (see {@link
   * VeepeLifecycle}) are allowed; others answer 409 (CONFLICT).
   */
  public void changeStatus(String orderId, VeepeStatusChange change) {
    requireSuccess(write(api -> api.changeStatus(orderId, change)));
  }

  /**
   * The hosted checkout page of the order; veepe-api.txt: VeePe may create the session on the first
   * request, so this is not a pure read, but repeating it gives the same session.
   */
  public VeepeCheckoutLink checkoutLink(String orderId) {
    return read(api -> api.checkoutLink(orderId));
  }

  /** Generates an invoice; the answer has the ids and the creation date only. */
  public VeepeInvoice createInvoice(String orderId) {
    return write(api -> api.createInvoice(orderId));
  }

  public VeepeInvoice invoice(String orderId, String invoiceId) {
    return read(api -> api.invoice(orderId, invoiceId));
  }

  /** Asks for a PDF report; it starts PENDING and gets its download link once COMPLETED. */
  public VeepeReport requestReport(VeepeReportRequest request) {
    return write(api -> api.requestReport(request));
  }

  /** One page of the merchant's reports; pages start at 1. */
  public VeepePage<VeepeReport> reports(int page) {
    return read(api -> api.reports(page));
  }

  public VeepeReport report(String reportId) {
    return read(api -> api.report(reportId));
  }

  private <T> T read(Function<VeepeRestClient, T> call) {
    return withTokenRenewal(call, false);
  }

  /**
   * A write that is sent once. Its token is fetched first, retried like a read: a token fetch is
   * safe to repeat, and a write that failed on its token was never sent. (A read needs no such
   * step: its own retry repeats the token fetch with it.)
   */
  private <T> T write(Function<VeepeRestClient, T> call) {
    ResilienceConfig.Settings settings = resilience.veepe();
    SafeCallRetries.run(
        settings, tokens::accessToken, System.nanoTime() + settings.retryMaxDuration().toNanos());
    return withTokenRenewal(call, true);
  }

  private <T> T withTokenRenewal(Function<VeepeRestClient, T> call, boolean write) {
    VeepeRestClient client = api();
    try {
      return send(client, call, write);
    } catch (ProviderAuthException e) {
      if (!e.httpStatus().filter(status -> status == 401).isPresent()) {
        throw e;
      }
      // veepe-api.txt: expired or invalid tokens answer 401; VeePe may invalidate tokens early.
      tokens.discard();
      return send(client, call, write);
    }
  }

  private <T> T send(VeepeRestClient client, Function<VeepeRestClient, T> call, boolean write) {
    return gate.send(Provider.VEEPE, client, write, call);
  }

  private static void requireSuccess(VeepeSuccess answer) {
    // veepe-api.txt documents only {"success": true}. An explicit false means the change was not
    // made; an empty 2xx answer is taken as done, since a 2xx is VeePe's word that it succeeded.
    if (answer != null && Boolean.FALSE.equals(answer.success())) {
      throw new ProviderRejectedException(
          ProviderFailure.status(Provider.VEEPE, 200, null, "VeePe did not confirm the update"));
    }
  }

  static ProviderDisabledException disabled() {
    return new ProviderDisabledException(
        new ProviderFailure(Provider.VEEPE, null, null, "VeePe credentials are not set", false));
  }

  private synchronized VeepeRestClient api() {
    if (!config.enabled()) {
      throw disabled();
    }
    if (api == null) {
      api =
          restClientKeys
              .applied(
                  VeepeRestClient.class,
                  QuarkusRestClientBuilder.newBuilder()
                      .baseUri(SettingChecks.baseUri(config.baseUrl()))
                      .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                      .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                      .register(new VeepeBearerFilter(tokens))
                      .register(new VeepeExceptionMapper()))
              .build(VeepeRestClient.class);
    }
    return api;
  }
}
