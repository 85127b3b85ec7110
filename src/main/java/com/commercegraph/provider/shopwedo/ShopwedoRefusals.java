package com.commercegraph.provider.shopwedo;

import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderRejectedException;
import com.commercegraph.order.Address;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.ProviderRefusedInputException;
import com.commercegraph.write.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ShopWeDo's createOrder refusals that blame the input (400 {@code order_invalid_data} and {@code
 * order_items_empty}, shopwedo-api.txt) as problems on the caller's fields, code {@code
 * PROVIDER_REJECTED}: the order was not created. ShopWeDo's field names ({@code
 * shipping_address.zip}, {@code items.0.sku}) are mapped back onto the input ({@code [input,
 * shippingAddress, postalCode]}, {@code [input, lines, 0, sku]}); a field the gateway filled in
 * itself from another one points at that one (an address e-mail taken from the customer at {@code
 * customer.email}); one it cannot place points at {@code [input]}.
 */
final class ShopwedoRefusals {

  static final String CODE = "PROVIDER_REJECTED";

  private static final Pattern ADDRESS_FIELD =
      Pattern.compile("(shipping|billing)_address[.\\[]([a-z_0-9]+)\\]?");
  private static final Pattern ITEM_FIELD =
      Pattern.compile("items[.\\[](\\d+)\\]?[.\\[]?([a-z_]*)\\]?");

  private ShopwedoRefusals() {}

  /** The refusal as input problems, or empty when it does not blame the input. */
  static Optional<ProviderRefusedInputException> of(ProviderRejectedException e, NewOrder order) {
    if (e.httpStatus().orElse(0) != 400) {
      return Optional.empty();
    }
    List<InputProblem> problems = new ArrayList<>();
    if (e instanceof ShopwedoFieldErrorsException fields) {
      for (Map.Entry<String, List<String>> field : fields.fieldErrors().entrySet()) {
        String message =
            field.getValue().isEmpty()
                ? "ShopWeDo refused " + field.getKey()
                : "ShopWeDo: " + String.join(" ", field.getValue());
        problems.add(new InputProblem(path(field.getKey(), order), message, CODE));
      }
    } else if ("order_items_empty".equals(e.providerCode().orElse(null))) {
      problems.add(
          InputProblem.of(CODE, "ShopWeDo found no items it can ship in lines", "input", "lines"));
    } else if ("order_invalid_data".equals(e.providerCode().orElse(null))) {
      problems.add(
          InputProblem.of(
              CODE, "ShopWeDo refused the order data without naming the field", "input"));
    }
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    ProviderFailure failure =
        ProviderFailure.status(
            e.provider(), 400, e.providerCode().orElse(null), e.providerMessage().orElse(null));
    return Optional.of(new ProviderRefusedInputException(failure, problems, e));
  }

  static List<String> path(String shopwedoField, NewOrder order) {
    Matcher address = ADDRESS_FIELD.matcher(shopwedoField);
    if (address.matches()) {
      boolean shipping = address.group(1).equals("shipping");
      Address given = shipping ? order.shippingAddress() : order.billingAddress();
      String name = shipping ? "shippingAddress" : "billingAddress";
      if (given == null) {
        // ShopWeDo copies the shipping address when no billing address is sent.
        given = order.shippingAddress();
        name = "shippingAddress";
      }
      return addressPath(name, address.group(2), given);
    }
    Matcher item = ITEM_FIELD.matcher(shopwedoField);
    if (item.matches()) {
      String field =
          switch (item.group(2)) {
            case "sku" -> "sku";
            case "amount" -> "quantity";
            case "name" -> "name";
            default -> null;
          };
      return field == null
          ? List.of("input", "lines", item.group(1))
          : List.of("input", "lines", item.group(1), field);
    }
    return switch (shopwedoField) {
      case "external_order_id" -> List.of("input", "reference");
      case "comment" -> List.of("input", "note");
      case "items" -> List.of("input", "lines");
      case "shipping_address" -> List.of("input", "shippingAddress");
      case "billing_address" -> List.of("input", "billingAddress");
      default -> List.of("input");
    };
  }

  private static List<String> addressPath(String name, String field, Address given) {
    String inputField =
        switch (field) {
          case "firstname", "lastname" ->
              given != null && given.name() != null && !given.name().isBlank() ? "name" : null;
          case "company" -> "company";
          case "street", "number", "box" -> "line1";
          case "zip" -> "postalCode";
          case "city" -> "city";
          case "country_iso2" -> "countryCode";
          case "email" ->
              given != null && given.email() != null && !given.email().isBlank() ? "email" : null;
          case "phone" ->
              given != null && given.phone() != null && !given.phone().isBlank() ? "phone" : null;
          default -> "";
        };
    if (inputField == null) {
      // Filled in from the customer (ShopwedoOrderRequests).
      String customerField =
          switch (field) {
            case "email" -> "email";
            case "phone" -> "phone";
            default -> "name";
          };
      return List.of("input", "customer", customerField);
    }
    return inputField.isEmpty() ? List.of("input", name) : List.of("input", name, inputField);
  }
}
