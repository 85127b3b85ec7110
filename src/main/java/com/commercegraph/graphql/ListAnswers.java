package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The errors a list across providers answers with: named providers that cannot give this kind of
 * thing or are not configured, and providers that failed.
 */
final class ListAnswers {

  private ListAnswers() {}

  /**
   * @throws ApiError BAD_USER_INPUT when none of the named providers can give this kind of thing
   */
  static List<ApiError> namedProviderErrors(
      Set<Provider> named, Predicate<Provider> can, String what, ProviderRegistry registry) {
    if (!named.isEmpty() && named.stream().noneMatch(can)) {
      throw ApiError.badUserInput("none of the chosen providers has " + what);
    }
    List<ApiError> errors = new ArrayList<>();
    for (Provider provider : named) {
      if (!can.test(provider)) {
        errors.add(ApiError.unsupported(provider, provider + " has no " + what));
      } else if (!registry.enabled(provider)) {
        errors.add(ApiError.of(ProviderDisabledException.of(provider)));
      }
    }
    return errors;
  }

  /** The answer, or the answer with its errors when there are any. */
  static <T> T answer(T data, List<ApiError> errors, Map<Provider, ProviderException> failures)
      throws PartialResultException {
    List<ApiError> all = new ArrayList<>(errors);
    failures.values().forEach(failure -> all.add(ApiError.of(failure)));
    if (!all.isEmpty()) {
      throw new PartialResultException(data, all);
    }
    return data;
  }
}
