package com.commercegraph.graphql;

import com.commercegraph.stock.StockLevel;
import com.commercegraph.write.InputProblem;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record StockLevelPayload(
    @Description("The stock after the change; for a dry run, the stock as it still is.")
        StockLevelView stockLevel,
    @Description(
            "Dry runs: what the provider would change, as the provider's own JSON text (REC+"
                + " diffOnly); null otherwise.")
        String diff,
    @NonNull List<@NonNull UserError> userErrors) {

  static StockLevelPayload of(StockLevel level, String diff) {
    return new StockLevelPayload(StockLevelView.of(level), diff, List.of());
  }

  static StockLevelPayload refused(List<InputProblem> problems) {
    return new StockLevelPayload(null, null, UserError.of(problems));
  }
}
