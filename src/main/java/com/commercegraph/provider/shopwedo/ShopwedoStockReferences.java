package com.commercegraph.provider.shopwedo;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Between the merchant's codes and ShopWeDo's stock item ids. ShopWeDo addresses stock items, and
 * order items, by its own numeric id (shopwedo-api.txt: "Our SKU/Stock item's Unique ID"); the code
 * the merchant sells under, which the other providers call the SKU, is the stock item's {@code
 * reference} ("internal reference (Barcode or similar)"). getStock filters by id only, so a code is
 * found by reading the stock list.
 *
 * <p>Calls block; run them on the provider's threads. Failures are the client's {@code
 * ProviderException}s.
 */
@ApplicationScoped
public class ShopwedoStockReferences {

  private final ShopwedoClient client;

  /** Stock items in the list when a read last reached its end; -1 until one has. */
  private final AtomicLong listLength = new AtomicLong(-1);

  ShopwedoStockReferences(ShopwedoClient client) {
    this.client = client;
  }

  /**
   * Notes a slice of the whole stock list (no stock item filter) read at {@code offset}: one
   * shorter than asked for ends the list, and tells how long it is.
   */
  void read(int offset, int asked, int size) {
    if (size < asked) {
      listLength.set((long) offset + size);
    }
  }

  /**
   * Calls that read the whole stock list in slices of {@code first}, then twice as many as the last
   * up to {@value ShopwedoClient#MAX_STOCK_LIMIT} (as a list walk asks), by its length when last
   * read to its end; {@link Integer#MAX_VALUE} while no read has reached the end yet.
   */
  int callsToReadAll(int first) {
    long length = listLength.get();
    if (length < 0) {
      return Integer.MAX_VALUE;
    }
    int calls = 0;
    long read = 0;
    int size = Math.max(1, Math.min(first, ShopwedoClient.MAX_STOCK_LIMIT));
    // A slice as long as what is left does not show the end: one more call finds it empty.
    while (read <= length) {
      calls++;
      read += size;
      size = Math.min(ShopwedoClient.MAX_STOCK_LIMIT, size * 2);
    }
    return calls;
  }

  /**
   * The merchant's code of this stock item, or null when ShopWeDo has no such item or no code for
   * it. Kept an hour ({@code quarkus.cache.caffeine."shopwedo-stock-references"}): a stock item's
   * reference is set up once, and every order read would otherwise pay a getStock per item.
   */
  @CacheResult(cacheName = "shopwedo-stock-references")
  public String referenceOf(long stockItemId) {
    return client.stock(stockItemId, 1, 0).stream()
        .filter(item -> item.sku() != null && item.sku() == stockItemId)
        .map(item -> blankToNull(item.reference()))
        .findFirst()
        .orElse(null);
  }

  /**
   * The stock item ids of these codes, reading the stock list slice after slice until every code is
   * found or the list ends; codes ShopWeDo does not have are left out.
   */
  public Map<String, Long> idsOf(Collection<String> references) {
    Set<String> wanted = new HashSet<>(references);
    Map<String, Long> found = new HashMap<>();
    int offset = 0;
    while (!wanted.isEmpty()) {
      List<ShopwedoStockItem> slice = client.stock(null, ShopwedoClient.MAX_STOCK_LIMIT, offset);
      read(offset, ShopwedoClient.MAX_STOCK_LIMIT, slice.size());
      for (ShopwedoStockItem item : slice) {
        String reference = blankToNull(item.reference());
        if (item.sku() != null && reference != null && wanted.remove(reference)) {
          found.put(reference, item.sku());
        }
      }
      if (slice.size() < ShopwedoClient.MAX_STOCK_LIMIT) {
        break;
      }
      offset += slice.size();
    }
    return found;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
