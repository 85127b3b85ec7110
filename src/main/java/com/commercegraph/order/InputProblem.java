package com.commercegraph.order;

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
}
