package com.commercegraph.order;

import com.commercegraph.money.Money;

/**
 * @param sku the provider's product reference: Veeqo sellable id, ShopWeDo SKU id, or a name for
 *     VeePe lines
 * @param remoteId Veeqo only: the marketplace line item id (Amazon buyer protection)
 */
public record NewOrderLine(
    String sku, String name, int quantity, Money unitPrice, String remoteId) {}
