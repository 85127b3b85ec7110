package com.commercegraph.provider.recplus;

import com.commercegraph.catalog.ProductCache;
import com.commercegraph.order.Order;
import com.commercegraph.order.event.EventMetrics;
import com.commercegraph.order.event.EventSource;
import com.commercegraph.order.event.OrderChanges;
import com.commercegraph.order.event.OrderEventType;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockCache;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * {@code POST /webhooks/recplus}: the REC+ site's webhooks (recplus-api.txt "API Webhooks"). A
 * {@code new.order} or {@code update.order} becomes an order event ({@link OrderChanges}, which
 * drops it when a poll or the gateway's own write already told the same); product events drop the
 * product's cached reads, stock events the cached stock.
 *
 * <p>Bodies come wrapped ({@code {"event": "new.order", "data": {...}}}, the "Wrap Data" option) or
 * as the bare API object; a bare object names its event in the URL the site posts to ({@code
 * ?event=new.order}, one webhook per event as the docs suggest) or, without one, an order object is
 * taken as {@code update.order}. Answers: 401 for missing or wrong credentials, 400 for a body that
 * is not such JSON, 204 for an event the gateway does not use, 200 for one it used. Without
 * credentials configured the route is not there at all (404).
 */
@ApplicationScoped
class RecplusWebhookRoute {

  static final String PATH = "/webhooks/recplus";

  private static final Logger LOG = Logger.getLogger(RecplusWebhookRoute.class);

  /** A REC+ order with a few hundred lines is well under this. */
  private static final long MAX_BODY_BYTES = 1024 * 1024;

  private final RecplusConfig config;
  private final RecplusWebhookCredentials credentials;
  private final RecplusMapper mapper;
  private final OrderChanges changes;
  private final ProductCache products;
  private final StockCache stock;
  private final ObjectMapper json;
  private final EventMetrics metrics;

  RecplusWebhookRoute(
      RecplusConfig config,
      RecplusMapper mapper,
      OrderChanges changes,
      ProductCache products,
      StockCache stock,
      ObjectMapper json,
      EventMetrics metrics) {
    this.config = config;
    this.credentials = new RecplusWebhookCredentials(config.webhook());
    this.mapper = mapper;
    this.changes = changes;
    this.products = products;
    this.stock = stock;
    this.json = json;
    this.metrics = metrics;
  }

  void register(@Observes Router router) {
    if (!config.webhook().on()) {
      LOG.debug(
          "REC+ webhooks are off: set RECPLUS_WEBHOOK_TOKEN or RECPLUS_WEBHOOK_USERNAME/PASSWORD");
      return;
    }
    // The order event may wait for the shared store (Redis): a worker thread, never the event loop.
    router
        .post(PATH)
        .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
        .blockingHandler(this::handle, false);
  }

  private void handle(RoutingContext ctx) {
    if (!credentials.accept(ctx.request().getHeader(HttpHeaders.AUTHORIZATION))) {
      LOG.warn("REC+ webhook refused: HTTP 401 (missing or wrong credentials)");
      metrics.webhookRejected(Provider.RECPLUS, EventMetrics.Rejection.CREDENTIALS);
      ctx.response()
          .setStatusCode(401)
          .putHeader("WWW-Authenticate", "Basic realm=\"recplus-webhooks\", Bearer")
          .end();
      return;
    }
    JsonNode body;
    try {
      body = ctx.body() == null ? null : json.readTree(ctx.body().asString("UTF-8"));
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      malformed(ctx, "the body is not a JSON object");
      return;
    }
    boolean wrapped = body.has("event") && body.has("data");
    String event = wrapped ? body.get("event").asText() : ctx.request().getParam("event");
    JsonNode data = wrapped ? body.get("data") : body;
    if (event == null && data.has("start_date") && data.has("id")) {
      event = "update.order";
    }
    String name = event == null ? "" : event.toLowerCase(Locale.ROOT);
    try {
      if (!use(name, data)) {
        metrics.webhookReceived(Provider.RECPLUS, false);
        ctx.response().setStatusCode(204).end();
        return;
      }
    } catch (IllegalArgumentException | JsonProcessingException e) {
      malformed(ctx, "the " + name + " data is not a REC+ object of that kind");
      return;
    }
    metrics.webhookReceived(Provider.RECPLUS, true);
    ctx.response()
        .setStatusCode(200)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end("{\"received\":" + json.valueToTree(name) + "}");
  }

  /** Acts on the event; false for one the gateway does not use. */
  private boolean use(String event, JsonNode data) throws JsonProcessingException {
    switch (event) {
      case "new.order", "update.order" -> {
        if (!data.isObject()) {
          throw new IllegalArgumentException("an order is an object");
        }
        Order order = mapper.order(json.treeToValue(data, RecplusOrder.class));
        changes.seen(
            order,
            EventSource.WEBHOOK,
            event.equals("new.order")
                ? OrderEventType.ORDER_CREATED
                : OrderEventType.ORDER_UPDATED);
        return true;
      }
      case "new.product", "update.product", "delete.product" -> {
        JsonNode id = data.get("id");
        if (id == null || !(id.isIntegralNumber() || id.isTextual())) {
          throw new IllegalArgumentException("a product has an id");
        }
        products.changed(Provider.RECPLUS, id.asText());
        return true;
      }
      case "batch-update.product", "batch-delete.product" -> {
        products.allChanged(Provider.RECPLUS);
        return true;
      }
      default -> {
        if (event.endsWith(".stock")) {
          stock.changed(Provider.RECPLUS);
          return true;
        }
        return false;
      }
    }
  }

  private void malformed(RoutingContext ctx, String why) {
    LOG.warnf("REC+ webhook refused: HTTP 400 (%s)", why);
    metrics.webhookRejected(Provider.RECPLUS, EventMetrics.Rejection.BODY);
    ctx.response()
        .setStatusCode(400)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(json.createObjectNode().put("error", why).toString());
  }
}
