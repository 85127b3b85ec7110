package com.commercegraph.order;

import com.commercegraph.failure.ProviderFailure;
import com.commercegraph.failure.ProviderRejectedException;
import com.commercegraph.write.InputProblem;
import java.util.List;

/**
 * The provider refused a write because of the input it was given, and said which fields: nothing
 * was created or changed. Writes answer its problems as userErrors rather than as a failure, so the
 * client can correct the fields and send again.
 */
public class ProviderRefusedInputException extends ProviderRejectedException {

  private final transient List<InputProblem> problems;

  public ProviderRefusedInputException(ProviderFailure failure, List<InputProblem> problems) {
    this(failure, problems, null);
  }

  public ProviderRefusedInputException(
      ProviderFailure failure, List<InputProblem> problems, Throwable cause) {
    super(failure, cause);
    this.problems = List.copyOf(problems);
  }

  /** What the provider said is wrong, with field paths from the mutation's input. */
  public List<InputProblem> problems() {
    return problems;
  }
}
