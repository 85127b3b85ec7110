package com.commercegraph.provider.veeqo;

import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.NewOrderLine;
import com.commercegraph.write.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gateway's new order as Veeqo's {@code POST /orders} body, and what Veeqo in particular
 * refuses before anything is sent (orders.md "Create a New Order", requests/orders/*.json,
 * veeqo-amazon-buyer-protection.txt step 3).
 */
final class VeeqoOrderRequests {

  // Veeqo ids (channel, sellable) are numbers; anything else would be refused by Veeqo anyway.
  private static final Pattern VEEQO_ID = Pattern.compile("[0-9]{1,18}");

  /** veeqo-amazon-buyer-protection.txt step 3: Amazon orders pay by "amazon", ref = order id. */
  static final String AMAZON_PAYMENT = "amazon";

  private VeeqoOrderRequests() {}

  /**
   * Veeqo's own needs on top of the common checks; field paths from {@code input}.
   *
   * @param defaultDeliveryMethod {@code veeqo.delivery-method-id}, for orders that name none
   */
  static List<InputProblem> problems(NewOrder order, Optional<Long> defaultDeliveryMethod) {
    List<InputProblem> problems = new ArrayList<>();
    if (isBlank(order.deliveryMethodId())) {
      if (defaultDeliveryMethod.isEmpty()) {
        // orders.md "Create a New Order": delivery_method_id is required, in every sample too.
        problems.add(
            InputProblem.of(
                "REQUIRED",
                "Veeqo needs a delivery method id, and the gateway has no default"
                    + " (VEEQO_DELIVERY_METHOD_ID)",
                "input",
                "deliveryMethodId"));
      }
    } else if (!isVeeqoId(order.deliveryMethodId())) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "deliveryMethodId must be a Veeqo delivery method id (a number)",
              "input",
              "deliveryMethodId"));
    }
    if (isBlank(order.channelId())) {
      problems.add(
          InputProblem.of("REQUIRED", "Veeqo needs the channel (store) id", "input", "channelId"));
    } else if (!isVeeqoId(order.channelId())) {
      problems.add(
          InputProblem.of(
              "INVALID", "channelId must be a Veeqo channel id (a number)", "input", "channelId"));
    }
    if (order.shippingAddress() == null) {
      problems.add(
          InputProblem.of(
              "REQUIRED", "Veeqo needs a shipping address", "input", "shippingAddress"));
    }
    for (int i = 0; i < order.lines().size(); i++) {
      NewOrderLine line = order.lines().get(i);
      String index = String.valueOf(i);
      if (line.unitPrice() == null) {
        // orders.md: price_per_unit is required on every line item.
        problems.add(
            InputProblem.of(
                "REQUIRED",
                "Veeqo needs a unit price on every line",
                "input",
                "lines",
                index,
                "unitPrice"));
      }
    }
    return problems;
  }

  /**
   * The body for an order that passed {@link #problems}, with its delivery method or else {@code
   * defaultDeliveryMethod}, each line naming the sellable id {@code sellableIds} holds for its SKU.
   * Lines with remote ids make it an Amazon order as the buyer-protection guide asks: payment type
   * {@code amazon} with the reference (the Amazon order id) as its reference number. Without them
   * no payment is sent: the gateway knows nothing about how the order was paid, and Veeqo's payment
   * is optional.
   */
  static VeeqoNewOrder body(
      NewOrder order, Map<String, Long> sellableIds, Optional<Long> defaultDeliveryMethod) {
    Customer customer = order.customer();
    Address shipping = order.shippingAddress();
    Address billing = order.billingAddress() == null ? shipping : order.billingAddress();
    boolean amazon = order.lines().stream().anyMatch(line -> !isBlank(line.remoteId()));
    List<VeeqoNewOrder.LineItem> lines =
        order.lines().stream()
            .map(
                line ->
                    new VeeqoNewOrder.LineItem(
                        sellableIds.get(line.sku().trim()),
                        line.quantity(),
                        line.unitPrice().amount(),
                        null,
                        null,
                        blankToNull(line.remoteId()),
                        null))
            .toList();
    long deliveryMethod =
        isBlank(order.deliveryMethodId())
            ? defaultDeliveryMethod.orElseThrow()
            : Long.parseLong(order.deliveryMethodId());
    return new VeeqoNewOrder(
        Long.parseLong(order.channelId()),
        order.reference(),
        null,
        null,
        deliveryMethod,
        null,
        // An order created through the gateway does not e-mail the buyer behind the client's back.
        false,
        null,
        null,
        null,
        order.lines().get(0).unitPrice().currencyCode(),
        lines,
        new VeeqoNewOrder.NewCustomer(
            blankToNull(customer.email()),
            blankToNull(customer.phone()),
            null,
            address(billing, customer, false)),
        address(shipping, customer, true),
        amazon ? new VeeqoNewOrder.Payment(AMAZON_PAYMENT, order.reference()) : null,
        isBlank(order.note()) ? null : new VeeqoNewOrder.Note(order.note()));
  }

  /**
   * Veeqo splits names: the last word is the last name, the rest the first name ("Mary Ann Smith"
   * is Mary Ann / Smith); one word is a first name only. The address's own name wins over the
   * customer's; phone falls back to the customer's, and so does e-mail on the delivery address (as
   * in the buyer-protection sample).
   */
  private static VeeqoAddress address(Address address, Customer customer, boolean delivery) {
    String name = isBlank(address.name()) ? customer.name() : address.name();
    String[] names = splitName(name);
    String phone = isBlank(address.phone()) ? customer.phone() : address.phone();
    String email = address.email();
    if (isBlank(email) && delivery) {
      email = customer.email();
    }
    return new VeeqoAddress(
        null,
        names[0],
        names[1],
        blankToNull(address.company()),
        address.line1(),
        blankToNull(address.line2()),
        address.city(),
        blankToNull(address.region()),
        address.postalCode(),
        address.countryCode(),
        blankToNull(phone),
        blankToNull(email));
  }

  static String[] splitName(String name) {
    if (isBlank(name)) {
      return new String[] {null, null};
    }
    String trimmed = name.trim();
    int last = trimmed.lastIndexOf(' ');
    if (last < 0) {
      return new String[] {trimmed, null};
    }
    return new String[] {trimmed.substring(0, last).trim(), trimmed.substring(last + 1)};
  }

  static boolean isVeeqoId(String value) {
    return value != null && VEEQO_ID.matcher(value).matches();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value;
  }
}
