package com.commercegraph.write;

import java.util.List;

/**
 * What a write did: its result, or the problems that stopped it before anything changed.
 *
 * @param value null when refused
 */
public record WriteResult<T>(T value, List<InputProblem> problems) {

  public WriteResult {
    problems = List.copyOf(problems);
  }

  public static <T> WriteResult<T> done(T value) {
    return new WriteResult<>(value, List.of());
  }

  public static <T> WriteResult<T> refused(List<InputProblem> problems) {
    return new WriteResult<>(null, problems);
  }

  public static <T> WriteResult<T> refused(InputProblem problem) {
    return refused(List.of(problem));
  }
}
