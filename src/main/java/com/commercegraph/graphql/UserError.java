package com.commercegraph.graphql;

import com.commercegraph.write.InputProblem;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
    "A problem with the client's input or with the business rules; the mutation changed nothing.")
public record UserError(
    List<@NonNull String> field, @NonNull String message, @NonNull String code) {

  static List<UserError> of(List<InputProblem> problems) {
    return problems.stream().map(p -> new UserError(p.field(), p.message(), p.code())).toList();
  }
}
