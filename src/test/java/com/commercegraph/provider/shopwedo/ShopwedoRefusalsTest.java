package com.commercegraph.provider.shopwedo;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.NewOrderLine;
import com.commercegraph.registry.Provider;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShopwedoRefusalsTest {

  /** The shipping address has its own e-mail but no name or phone; there is no billing address. */
  private static final NewOrder ORDER =
      new NewOrder(
          Provider.SHOPWEDO,
          "WEB-1",
          new Customer("Jan Peeters", "jan@example.be", "+3215000000"),
          new Address(
              null,
              null,
              "Kerkstraat 12",
              null,
              "Mechelen",
              null,
              "2800",
              "BE",
              null,
              "ship@example.be"),
          null,
          List.of(new NewOrderLine("5001", null, 1, null, null)),
          null,
          null,
          null,
          null,
          null);

  @ParameterizedTest
  @CsvSource({
    "shipping_address.zip, input.shippingAddress.postalCode",
    "shipping_address.number, input.shippingAddress.line1",
    "shipping_address.country_iso2, input.shippingAddress.countryCode",
    "shipping_address.email, input.shippingAddress.email",
    "shipping_address.phone, input.customer.phone",
    "shipping_address.lastname, input.customer.name",
    "billing_address.city, input.shippingAddress.city",
    "items.0.sku, input.lines.0.sku",
    "items.3.amount, input.lines.3.quantity",
    "items.2, input.lines.2",
    "external_order_id, input.reference",
    "comment, input.note",
    "created_at, input",
  })
  void shopwedoFieldsAreMappedOntoTheInputTheyCameFrom(String shopwedoField, String path) {
    assertThat(ShopwedoRefusals.path(shopwedoField, ORDER)).containsExactly(path.split("\\."));
  }
}
