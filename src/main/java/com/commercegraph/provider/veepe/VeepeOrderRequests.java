package com.commercegraph.provider.veepe;

import com.commercegraph.money.Money;
import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.NewOrderLine;
import com.commercegraph.order.OrderEdit;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gateway's orders and edits as VeePe's request bodies (veepe-api.txt, Create Order and Update
 * Order). Amounts are integer minor units; the order amount is always the sum of its lines.
 */
final class VeepeOrderRequests {

  /** veepe-api.txt: SALE or PURCHASE; a merchant's customer order is a sale. */
  static final String ORDER_TYPE = "SALE";

  /** veepe-api.txt: APP, ECOMM or WEB; orders created through the gateway are e-commerce orders. */
  static final String CHANNEL = "ECOMM";

  private VeepeOrderRequests() {}

  /** The body of {@code POST /orders}; the input has passed the common and VeePe checks. */
  static VeepeNewOrder newOrder(NewOrder order) {
    return new VeepeNewOrder(
        ORDER_TYPE,
        CHANNEL,
        order.reference(),
        amount(order.lines()),
        customer(order.customer(), address(order)),
        new VeepeOrderDetails(items(order.lines()), metadata(order.note())));
  }

  /**
   * The body of {@code PUT /orders/{id}}: only what the edit gives, so that VeePe keeps the rest;
   * new lines re-price the amount.
   *
   * <p>Whenever {@code orderDetails} is sent, its metadata is the order's current metadata with the
   * edit's note over it. veepe-api.txt does not say whether the PUT merges {@code metadata} or
   * replaces it; sending every key keeps the others ({@code source} and any merchant key) either
   * way.
   *
   * @param currentMetadata the order's metadata as VeePe sent it just before; null for none
   */
  static VeepeOrderChanges changes(OrderEdit edit, Map<String, String> currentMetadata) {
    VeepeCustomer customer = null;
    if (edit.customer() != null || edit.shippingAddress() != null) {
      customer =
          edit.customer() == null
              ? new VeepeCustomer(null, null, null, address(edit.shippingAddress()))
              : customer(edit.customer(), address(edit.shippingAddress()));
    }
    VeepeOrderDetails details = null;
    if (edit.lines() != null || edit.note() != null) {
      details =
          new VeepeOrderDetails(
              edit.lines() == null ? null : items(edit.lines()),
              metadata(currentMetadata, edit.note()));
    }
    return new VeepeOrderChanges(
        edit.lines() == null ? null : amount(edit.lines()), customer, details);
  }

  /** The lines' total in minor units; every line has a unit price in one currency by now. */
  static VeepeAmount amount(List<NewOrderLine> lines) {
    long total = 0;
    for (NewOrderLine line : lines) {
      total =
          Math.addExact(total, Math.multiplyExact(minorUnits(line.unitPrice()), line.quantity()));
    }
    return new VeepeAmount(total, lines.get(0).unitPrice().currencyCode());
  }

  private static List<VeepeItem> items(List<NewOrderLine> lines) {
    return lines.stream()
        .map(
            line ->
                new VeepeItem(
                    // VeePe items have only a name; the sku stands in when the line has none.
                    line.name() == null || line.name().isBlank() ? line.sku() : line.name(),
                    line.quantity(),
                    minorUnits(line.unitPrice())))
        .toList();
  }

  private static Map<String, String> metadata(String note) {
    return note == null ? null : Map.of("note", note);
  }

  private static Map<String, String> metadata(Map<String, String> current, String note) {
    Map<String, String> kept = new LinkedHashMap<>();
    if (current != null) {
      current.forEach(
          (key, value) -> {
            if (key != null && value != null) {
              kept.put(key, value);
            }
          });
    }
    if (note != null) {
      kept.put("note", note);
    }
    return kept.isEmpty() ? null : kept;
  }

  private static VeepeCustomer customer(Customer customer, VeepeAddress address) {
    return new VeepeCustomer(customer.name(), customer.email(), customer.phone(), address);
  }

  /**
   * VeePe keeps one customer address, used for delivery: the shipping address, else the billing
   * one.
   */
  private static VeepeAddress address(NewOrder order) {
    return address(
        order.shippingAddress() != null ? order.shippingAddress() : order.billingAddress());
  }

  private static VeepeAddress address(Address address) {
    if (address == null) {
      return null;
    }
    String street =
        address.line2() == null || address.line2().isBlank()
            ? address.line1()
            : address.line1() + ", " + address.line2();
    return new VeepeAddress(
        street,
        address.city(),
        address.region(),
        address.postalCode(),
        alpha3(address.countryCode()));
  }

  /** veepe-api.txt: "Three letter country code of the address"; the gateway takes ISO alpha-2. */
  static String alpha3(String alpha2) {
    return new Locale("", alpha2.toUpperCase(Locale.ROOT)).getISO3Country();
  }

  private static long minorUnits(Money money) {
    BigInteger minor = money.minorUnits();
    return minor.longValueExact();
  }
}
