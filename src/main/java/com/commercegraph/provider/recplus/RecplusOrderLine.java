package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One line of a REC+ order as sent. {@code price} is the line total including VAT (a decimal
 * string); the {@code each_price_*} fields are per unit, sometimes strings and sometimes computed
 * floats such as {@code 22.900000000000006}, read here exactly as sent. Only the discount ones are
 * read: the unit price comes from the exact {@code price}.
 *
 * @param lineRelId for an OPTION line, the id of its PRODUCT line; 0 otherwise
 * @param lineType PRODUCT, OPTION, DELIVERY or COUPON
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusOrderLine(
    long id,
    @JsonProperty("line_rel_id") long lineRelId,
    @JsonProperty("line_type") String lineType,
    @JsonProperty("line_desc") String lineDesc,
    @JsonProperty("rel_data") RecplusLineRelData relData,
    String status,
    int qty,
    BigDecimal price,
    BigDecimal vat,
    @JsonProperty("each_price_discount_ex_vat") BigDecimal eachPriceDiscountExVat,
    @JsonProperty("each_price_discount_vat") BigDecimal eachPriceDiscountVat) {

  public static final String PRODUCT = "PRODUCT";
  public static final String OPTION = "OPTION";
  public static final String DELIVERY = "DELIVERY";
  public static final String COUPON = "COUPON";

  public boolean is(String type) {
    return type.equalsIgnoreCase(lineType);
  }
}
