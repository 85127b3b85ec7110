package com.commercegraph.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commercegraph.failure.ProviderConflictException;
import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderListQuery;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.provider.recplus.RecplusClient;
import com.commercegraph.provider.recplus.RecplusOrderUpdate;
import com.commercegraph.provider.recplus.RecplusProvider;
import com.commercegraph.provider.shopwedo.ShopwedoClient;
import com.commercegraph.provider.shopwedo.ShopwedoItem;
import com.commercegraph.provider.shopwedo.ShopwedoNewOrder;
import com.commercegraph.provider.shopwedo.ShopwedoProvider;
import com.commercegraph.provider.shopwedo.ShopwedoSamples;
import com.commercegraph.provider.veepe.VeepeAddress;
import com.commercegraph.provider.veepe.VeepeAmount;
import com.commercegraph.provider.veepe.VeepeClient;
import com.commercegraph.provider.veepe.VeepeCustomer;
import com.commercegraph.provider.veepe.VeepeItem;
import com.commercegraph.provider.veepe.VeepeNewOrder;
import com.commercegraph.provider.veepe.VeepeOrder;
import com.commercegraph.provider.veepe.VeepeOrderDetails;
import com.commercegraph.provider.veepe.VeepeProvider;
import com.commercegraph.provider.veepe.VeepeStatusChange;
import com.commercegraph.provider.veeqo.VeeqoAddress;
import com.commercegraph.provider.veeqo.VeeqoClient;
import com.commercegraph.provider.veeqo.VeeqoNewOrder;
import com.commercegraph.provider.veeqo.VeeqoProvider;
import com.commercegraph.provider.veeqo.VeeqoStockUpdate;
import com.commercegraph.sandbox.recplus.RecplusSandbox;
import com.commercegraph.sandbox.shopwedo.ShopwedoSandbox;
import com.commercegraph.sandbox.veeqo.VeeqoSandbox;
import com.commercegraph.stock.StockLevel;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway's real clients, configured by nothing but the sandbox, read and write through the
 * simulators over HTTP on the port the test app listens on.
 */
@QuarkusTest
@TestProfile(SandboxOn.class)
class SandboxClientsTest {

  @Inject VeeqoClient veeqoClient;
  @Inject VeeqoProvider veeqo;
  @Inject VeepeClient veepeClient;
  @Inject VeepeProvider veepe;
  @Inject RecplusClient recplusClient;
  @Inject RecplusProvider recplus;
  @Inject ShopwedoClient shopwedoClient;
  @Inject ShopwedoProvider shopwedo;

  @Test
  void everyProviderIsEnabledBySandboxSettings() {
    assertThat(List.of(veeqo.enabled(), veepe.enabled(), recplus.enabled(), shopwedo.enabled()))
        .containsOnly(true);
  }

  @Test
  void veeqoListsGetsCreatesAndTracksStock() {
    ProviderPage<Order> page = veeqo.orders(null, 5);
    assertThat(page.items()).hasSize(5);
    assertThat(page.totalCount()).isGreaterThanOrEqualTo(SandboxSeed.ORDERS_PER_PROVIDER);
    assertThat(veeqo.order(String.valueOf(VeeqoSandbox.FIRST_ORDER_ID))).isPresent();

    long sellable = VeeqoSandbox.FIRST_SELLABLE_ID;
    String stockId = sellable + "/" + VeeqoSandbox.WAREHOUSE_ID;
    veeqoClient.updateStockEntry(
        sellable, VeeqoSandbox.WAREHOUSE_ID, new VeeqoStockUpdate(50, false, null));
    Order created =
        veeqo.createOrder(
            new VeeqoNewOrder(
                VeeqoSandbox.WEB_CHANNEL_ID,
                "SB-CLIENT-1",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "GBP",
                List.of(new VeeqoNewOrder.LineItem(sellable, 3, null, null, null, null, null)),
                new VeeqoNewOrder.NewCustomer("a@example.com", null, null, null),
                new VeeqoAddress(
                    null,
                    "Ada",
                    "Lovelace",
                    null,
                    "1 Street",
                    null,
                    "London",
                    null,
                    "N1 1AA",
                    "GB",
                    null,
                    null),
                null,
                null));
    assertThat(veeqo.order(created.providerId()).orElseThrow().number()).isEqualTo("SB-CLIENT-1");
    StockLevel stock = veeqo.stockLevel(stockId).orElseThrow();
    assertThat(stock.onHand()).isEqualTo(50);
    assertThat(stock.available()).isLessThanOrEqualTo(47);
  }

  @Test
  void veepeCreatesTransitionsAndRefusesWhatTheLifecycleForbids() {
    assertThat(veepe.orders(null).items()).hasSize(10);
    VeepeOrder created =
        veepeClient.createOrder(
            new VeepeNewOrder(
                "SALE",
                "WEB",
                "SB-CLIENT-VEEPE-1",
                new VeepeAmount(1500L, "INR"),
                new VeepeCustomer(
                    "Dev Sharma",
                    "dev@example.in",
                    "+919800000001",
                    new VeepeAddress("MG Road 21", "Pune", "MH", "411001", "IND")),
                new VeepeOrderDetails(
                    List.of(new VeepeItem("Cable", 1, 1500L)), Map.of("note", "sandbox"))));
    veepeClient.changeStatus(created.orderId(), new VeepeStatusChange("CONFIRMED", null));
    Order read = veepe.order(created.orderId()).orElseThrow();
    assertThat(read.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(read.statusHistory()).isNotEmpty();
    assertThatThrownBy(
            () -> veepeClient.changeStatus(created.orderId(), new VeepeStatusChange("OPEN", null)))
        .isInstanceOf(ProviderConflictException.class);
  }

  @Test
  void veepeInvoicesAndReports() {
    String orderId = veepe.orders(null).items().get(0).providerId();
    var invoice = veepe.createInvoice(orderId);
    assertThat(invoice).isNotNull();
    Instant now = Instant.now();
    var report = veepe.requestReport("ORDER_REPORT", now.minus(30, ChronoUnit.DAYS), now);
    assertThat(report).isNotNull();
    assertThat(veepe.reports(null).items()).isNotEmpty();
  }

  @Test
  void recplusReadsUpdatesStatusAndStock() {
    ProviderPage<Order> page =
        recplus.newestOrders(OrderListQuery.everything(), ListSlice.start(50));
    assertThat(page.items()).hasSize(36);
    assertThat(page.items().get(0).createdAt()).isAfter(page.items().get(35).createdAt());
    assertThat(page.nextPosition()).isNull();
    String id = String.valueOf(RecplusSandbox.FIRST_ORDER_ID + 3);
    String preview = recplusClient.previewOrderUpdate(id, RecplusOrderUpdate.status("Refunded"));
    assertThat(preview).contains("Refunded");
    assertThat(recplus.order(id).orElseThrow().providerStatus()).isNotEqualTo("Refunded");
    recplus.setStatusText(id, "Refunded");
    assertThat(recplus.order(id).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
    recplus.setStock("CG-BOT-001", 13);
    assertThat(recplus.stockLevel("CG-BOT-001").orElseThrow().onHand()).isEqualTo(13);
    assertThat(recplus.productBySku("CG-BOT-001")).isPresent();
  }

  @Test
  void shopwedoCreatesReadsCancelsAndReleasesStock() {
    long sku = ShopwedoSandbox.FIRST_SKU;
    int availableBefore = shopwedo.stock(sku, null, 1).items().get(0).available();
    long orderId =
        shopwedoClient.createOrder(
            new ShopwedoNewOrder(
                "SB-CLIENT-SWD-1",
                "INV-1",
                true,
                null,
                null,
                ShopwedoSamples.peetersInMechelen("Jan", null),
                null,
                List.of(new ShopwedoItem(sku, 2, null, null))));
    assertThat(shopwedo.stock(sku, null, 1).items().get(0).available())
        .isEqualTo(availableBefore - 2);
    assertThat(shopwedo.order(String.valueOf(orderId)).orElseThrow().status())
        .isEqualTo(OrderStatus.CONFIRMED);
    assertThat(shopwedo.cancel(String.valueOf(orderId), null).problems()).isEmpty();
    assertThat(shopwedo.order(String.valueOf(orderId)).orElseThrow().status())
        .isEqualTo(OrderStatus.CANCELLED);
    assertThat(shopwedo.stock(sku, null, 1).items().get(0).available()).isEqualTo(availableBefore);
    assertThat(shopwedo.products(List.of(), null).items()).isNotEmpty();
  }

  @Test
  void shopwedoRefusesToCancelOnceFulfilmentStarted() {
    String picking = String.valueOf(ShopwedoSandbox.FIRST_ORDER_ID + 2);
    assertThat(shopwedo.cancel(picking, null).problems())
        .extracting(problem -> problem.code())
        .containsExactly("CANCEL_REFUSED");
  }
}
