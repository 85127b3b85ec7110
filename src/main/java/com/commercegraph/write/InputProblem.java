package com.commercegraph.write;

import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import java.util.ArrayList;
import java.util.List;

/**
 * Something wrong with a write's input or with the business rules; the write changed nothing.
 *
 * @param field the path of the input field at fault, e.g. {@code [input, lines, 0, quantity]}
 * @param code stable, for clients to branch on: INVALID, REQUIRED, TOO_LONG, ...
 */
public record InputProblem(List<String> field, String message, String code) {

  public InputProblem {
    field = field == null ? null : List.copyOf(field);
  }

  public static InputProblem of(String code, String message, String... field) {
    return new InputProblem(List.of(field), message, code);
  }

  /**
   * The id names a thing of {@code given}, which does not offer this write; the providers of {@code
   * offering} do.
   */
  public static InputProblem unsupported(
      Provider given, Iterable<? extends ProviderBound> offering, String... field) {
    List<String> names = new ArrayList<>();
    offering.forEach(port -> names.add(port.provider().displayName()));
    return of(
        "UNSUPPORTED",
        "only "
            + String.join(" and ", names)
            + " orders support this; the id is a "
            + given
            + " order",
        field);
  }
}
