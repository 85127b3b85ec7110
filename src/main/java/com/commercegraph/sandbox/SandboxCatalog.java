package com.commercegraph.sandbox;

import java.math.BigDecimal;
import java.util.List;

/**
 * The merchant's products, the same SKU codes at every provider that sells them, so that a
 * dashboard shows one product through several channels. Prices are in GBP including VAT.
 */
public final class SandboxCatalog {

  /**
   * @param stock the starting physical stock at each provider that holds it
   */
  public record Item(String sku, String name, BigDecimal price, int stock, String barcode) {}

  public static final List<Item> ITEMS =
      List.of(
          item("CG-MUG-001", "Enamel Camp Mug 350ml", "12.50", 140, "5060000000011"),
          item("CG-MUG-002", "Stoneware Coffee Mug", "9.95", 85, "5060000000028"),
          item("CG-BOT-001", "Steel Water Bottle 750ml", "18.00", 60, "5060000000035"),
          item("CG-BAG-001", "Waxed Canvas Tote", "34.00", 25, "5060000000042"),
          item("CG-TEA-001", "Assam Breakfast Tea 250g", "7.25", 300, "5060000000059"),
          item("CG-TEA-002", "Earl Grey Loose Leaf 100g", "6.50", 0, "5060000000066"),
          item("CG-COF-001", "Single Origin Beans 1kg", "24.79", 48, "5060000000073"),
          item("CG-COF-002", "Paper Filters (100)", "3.20", 500, "5060000000080"),
          item("CG-LMP-001", "USB Desk Lamp", "29.99", 12, "5060000000097"),
          item("CG-CBL-001", "USB-C Cable 1m", "8.99", 220, "5060000000103"),
          item("CG-NTB-001", "Dot Grid Notebook A5", "11.00", 75, "5060000000110"),
          item("CG-PEN-001", "Brass Fountain Pen", "45.00", 4, "5060000000127"));

  /** Veeqo holds every item; REC+ the first nine; ShopWeDo the last eight: five are everywhere. */
  public static List<Item> veeqo() {
    return ITEMS;
  }

  public static List<Item> recplus() {
    return ITEMS.subList(0, 9);
  }

  public static List<Item> shopwedo() {
    return ITEMS.subList(4, 12);
  }

  private static Item item(String sku, String name, String price, int stock, String barcode) {
    return new Item(sku, name, new BigDecimal(price), stock, barcode);
  }

  private SandboxCatalog() {}
}
