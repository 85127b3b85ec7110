package com.commercegraph.registry;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shape of each provider's own ids. An id that does not have its provider's shape is refused
 * before it can reach a URL path: no dots, slashes, percent signs, query or fragment characters.
 */
public final class NativeIds {

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,19}");
  // veepe-api.txt: orderId, reportId and invoiceId are UUIDs.
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  // recplus-api.txt: stock is addressed by code ("Sauce-1105410-yes-yes"); codes are site-chosen.
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,99}");

  private static final Map<Provider, Map<EntityKind, Pattern>> SHAPES =
      Map.of(
          Provider.VEEQO,
          Map.of(
              EntityKind.ORDER,
              NUMBER,
              // product id / sellable id: Veeqo fetches products, not sellables, by id
              EntityKind.PRODUCT,
              Pattern.compile("[0-9]{1,19}/[0-9]{1,19}"),
              // sellable id / warehouse id, or product id / sellable id / 0 for all warehouses
              EntityKind.STOCK_LEVEL,
              Pattern.compile("[0-9]{1,19}/[0-9]{1,19}|[0-9]{1,19}/[0-9]{1,19}/0"),
              EntityKind.CHANNEL,
              NUMBER),
          Provider.VEEPE,
          Map.of(
              EntityKind.ORDER, UUID,
              EntityKind.REPORT, UUID,
              // order id / invoice id: VeePe reads an invoice through its order
              EntityKind.INVOICE, Pattern.compile(UUID.pattern() + "/" + UUID.pattern())),
          Provider.RECPLUS,
          Map.of(
              EntityKind.ORDER, NUMBER,
              EntityKind.PRODUCT, NUMBER,
              // a product's own stock is addressed by its code too
              EntityKind.STOCK_LEVEL, CODE),
          Provider.SHOPWEDO,
          Map.of(
              EntityKind.ORDER, NUMBER,
              EntityKind.PRODUCT, NUMBER,
              EntityKind.STOCK_LEVEL, NUMBER));

  private NativeIds() {}

  /** True when the provider has things of this kind and the id has the provider's shape. */
  public static boolean isValid(Provider provider, EntityKind kind, String nativeId) {
    Pattern shape = SHAPES.get(provider).get(kind);
    return shape != null && nativeId != null && shape.matcher(nativeId).matches();
  }
}
