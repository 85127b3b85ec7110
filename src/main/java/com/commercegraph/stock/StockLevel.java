package com.commercegraph.stock;

import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;

/**
 * Stock of one SKU at one provider (and warehouse, where the provider has several).
 *
 * @param providerId the provider's own id of the stock record (sellable + warehouse for Veeqo, SKU
 *     id for ShopWeDo, code for REC+)
 * @param onHand physically in stock
 * @param available free to sell (on hand less allocated or reserved), where the provider says
 */
public record StockLevel(
    Provider provider,
    String providerId,
    String sku,
    Integer onHand,
    Integer available,
    String warehouse,
    OffsetDateTime updatedAt) {}
