package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One stock object for {@code POST /stock/{code}} and the batch {@code POST /stock}.
 * recplus-api.txt: {@code [{"code": "xyz", "stock": 84, "cost": "3.50"}]}, with code and stock
 * required.
 *
 * @param cost optional; sent as a decimal string like the documented example
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecplusStockUpdate(
    String code, int stock, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost) {

  public RecplusStockUpdate {
    Objects.requireNonNull(code, "code");
  }

  public static RecplusStockUpdate of(String code, int stock) {
    return new RecplusStockUpdate(code, stock, null);
  }
}
