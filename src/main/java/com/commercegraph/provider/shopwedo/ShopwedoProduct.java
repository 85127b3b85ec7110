package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One getProducts item (a webshop product). Promotions, images, categories and extra handling are
 * not read yet.
 *
 * @param sku the id of the connected stock item
 * @param price ex VAT, read exactly from the JSON text
 * @param vat the VAT rate as ShopWeDo gives it
 * @param status 1 online, 2 out of stock, 0 offline
 * @param atp available to promise of the connected stock item
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopwedoProduct(
    @JsonProperty("product_id") Long productId,
    Long sku,
    ShopwedoTranslations name,
    ShopwedoTranslations description,
    BigDecimal price,
    @JsonProperty("VAT") BigDecimal vat,
    Integer status,
    String barcode,
    @JsonProperty("ATP") Integer atp) {}
