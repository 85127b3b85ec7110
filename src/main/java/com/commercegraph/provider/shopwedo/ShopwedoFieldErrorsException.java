package com.commercegraph.provider.shopwedo;

import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderRejectedException;
import java.util.List;
import java.util.Map;

/**
 * A 400 whose body names the fields ShopWeDo refused (createOrder's {@code order_invalid_data},
 * shopwedo-api.txt: "validation_errors ... grouped per field"). Kept apart so that the fields can
 * be mapped back onto the caller's input.
 */
class ShopwedoFieldErrorsException extends ProviderRejectedException {

  private final transient Map<String, List<String>> fieldErrors;

  /**
   * @param fieldErrors unmodifiable, in ShopWeDo's order
   */
  ShopwedoFieldErrorsException(ProviderFailure failure, Map<String, List<String>> fieldErrors) {
    super(failure);
    this.fieldErrors = fieldErrors;
  }

  /** ShopWeDo's field name to its messages, in the order ShopWeDo gave them. */
  Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }
}
