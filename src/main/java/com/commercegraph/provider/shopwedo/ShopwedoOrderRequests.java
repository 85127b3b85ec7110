package com.commercegraph.provider.shopwedo;

import com.commercegraph.order.Address;
import com.commercegraph.order.Customer;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.NewOrderLine;
import com.commercegraph.write.InputProblem;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new order in ShopWeDo's createOrder terms, and what ShopWeDo would refuse in it, checked before
 * anything is sent. Field paths start at the mutation's {@code input} argument.
 *
 * <p>Choices where shopwedo-api.txt leaves room:
 *
 * <ul>
 *   <li>Both addresses: street, number and box from {@code line1} ({@link ShopwedoStreet}); a
 *       {@code line2} becomes the box when {@code line1} has none (ShopWeDo has no second line),
 *       and is refused when both give one. {@code region} is dropped: ShopWeDo has no such field.
 *   <li>Names: the address's name, else the customer's; the first word is the first name, the rest
 *       the last name ({@code Jan Van den Broeck}: Jan / Van den Broeck), a single word is the last
 *       name.
 *   <li>E-mail and phone, required by ShopWeDo on every address: the address's own, else the
 *       customer's; without either it is refused on the address's field.
 *   <li>Items: {@code sku} is the merchant's code, sent as the id of the ShopWeDo stock item whose
 *       {@code reference} it is ({@link ShopwedoStockReferences}).
 *   <li>ShopWeDo orders hold no prices: unit prices and the expected total are checked by the
 *       gateway's common rules and not sent. There are no channels or marketplace line ids, so
 *       {@code channelId} and {@code remoteId} are refused rather than silently dropped.
 *   <li>{@code release} is always sent: the input's, else {@code shopwedo.release} (false by
 *       default, as ShopWeDo: "When not given, an order won't be automatically released").
 * </ul>
 */
final class ShopwedoOrderRequests {

  private ShopwedoOrderRequests() {}

  static List<InputProblem> problems(NewOrder order) {
    List<InputProblem> problems = new ArrayList<>();
    if (order.shippingAddress() == null) {
      problems.add(
          InputProblem.of(
              "REQUIRED", "ShopWeDo needs a shipping address", "input", "shippingAddress"));
    } else {
      address(problems, order.shippingAddress(), order.customer(), "shippingAddress");
    }
    if (order.billingAddress() != null) {
      address(problems, order.billingAddress(), order.customer(), "billingAddress");
    }
    if (order.channelId() != null) {
      problems.add(InputProblem.of("INVALID", "ShopWeDo has no channels", "input", "channelId"));
    }
    for (int i = 0; i < order.lines().size(); i++) {
      NewOrderLine line = order.lines().get(i);
      String index = String.valueOf(i);
      if (line.remoteId() != null) {
        problems.add(
            InputProblem.of(
                "INVALID",
                "ShopWeDo has no marketplace line ids",
                "input",
                "lines",
                index,
                "remoteId"));
      }
    }
    return problems;
  }

  /**
   * The createOrder data; only for an order without {@link #problems}.
   *
   * @param stockItems ShopWeDo's stock item id of every line's SKU
   * @param createdAt now, as ShopWeDo's wall-clock time
   * @param releaseByDefault {@code shopwedo.release}, for an order that does not say
   */
  static ShopwedoNewOrder request(
      NewOrder order,
      Map<String, Long> stockItems,
      LocalDateTime createdAt,
      boolean releaseByDefault) {
    return new ShopwedoNewOrder(
        order.reference(),
        null,
        // Always sent: the choice is the caller's or the setting's, never left to what ShopWeDo
        // does with an absent field.
        order.release() == null ? releaseByDefault : order.release(),
        createdAt,
        blankToNull(order.note()),
        address(order.shippingAddress(), order.customer()),
        order.billingAddress() == null ? null : address(order.billingAddress(), order.customer()),
        order.lines().stream()
            .map(
                line ->
                    new ShopwedoItem(
                        stockItems.get(line.sku().trim()),
                        line.quantity(),
                        blankToNull(line.name()),
                        null))
            .toList());
  }

  /** The e-mail address ShopWeDo gets for this address: its own, else the customer's. */
  static String email(Address address, Customer customer) {
    return firstPresent(address.email(), customer == null ? null : customer.email());
  }

  /** The phone number ShopWeDo gets for this address: its own, else the customer's. */
  static String phone(Address address, Customer customer) {
    return firstPresent(address.phone(), customer == null ? null : customer.phone());
  }

  private static void address(
      List<InputProblem> problems, Address address, Customer customer, String name) {
    Optional<ShopwedoStreet> street = ShopwedoStreet.parse(address.line1());
    if (address.line1() != null && !address.line1().isBlank() && street.isEmpty()) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "ShopWeDo needs a house number: line1 must hold the street and number, such as"
                  + " \"Kerkstraat 12 bus 3\" or \"12 Main Street\"",
              "input",
              name,
              "line1"));
    }
    if (street.map(ShopwedoStreet::box).isPresent() && blankToNull(address.line2()) != null) {
      problems.add(
          InputProblem.of(
              "INVALID",
              "ShopWeDo has one box field and no second line: give the box in line1 or line2, not"
                  + " both",
              "input",
              name,
              "line2"));
    }
    if (email(address, customer) == null) {
      problems.add(
          InputProblem.of(
              "REQUIRED",
              "ShopWeDo needs an e-mail address on every address: give "
                  + name
                  + ".email or"
                  + " customer.email",
              "input",
              name,
              "email"));
    }
    if (phone(address, customer) == null) {
      problems.add(
          InputProblem.of(
              "REQUIRED",
              "ShopWeDo needs a phone number on every address: give "
                  + name
                  + ".phone or"
                  + " customer.phone",
              "input",
              name,
              "phone"));
    }
  }

  private static ShopwedoAddress address(Address address, Customer customer) {
    ShopwedoStreet street = ShopwedoStreet.parse(address.line1()).orElseThrow();
    if (street.box() == null && blankToNull(address.line2()) != null) {
      street = street.withBox(address.line2().trim());
    }
    String fullName = firstPresent(address.name(), customer == null ? null : customer.name());
    String firstname = null;
    String lastname = null;
    if (fullName != null) {
      String[] words = fullName.trim().split("\\s+", 2);
      if (words.length == 2) {
        firstname = words[0];
        lastname = words[1];
      } else {
        lastname = words[0];
      }
    }
    return new ShopwedoAddress(
        firstname,
        lastname,
        blankToNull(address.company()),
        null,
        street.street(),
        street.number(),
        street.box(),
        address.postalCode().trim(),
        address.city().trim(),
        address.countryCode(),
        email(address, customer),
        phone(address, customer));
  }

  private static String firstPresent(String preferred, String fallback) {
    return blankToNull(preferred) != null ? preferred.trim() : blankToNull(fallback);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
