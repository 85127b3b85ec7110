package com.commercegraph.graphql;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.Provider;
import com.commercegraph.security.Roles;
import com.commercegraph.stock.StockLevel;
import com.commercegraph.stock.StockSettingService;
import com.commercegraph.write.Change;
import com.commercegraph.write.WriteResult;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Setting stock counts. Only REC+ for now; the write is sent once and a timeout is {@code
 * OUTCOME_UNKNOWN} with the SKU as the reference to check (see {@link StockSettingService}).
 */
@GraphQLApi
public class StockMutationApi {

  private final StockSettingService stock;

  StockMutationApi(StockSettingService stock) {
    this.stock = stock;
  }

  @RolesAllowed(Roles.STOCK_WRITE)
  @Mutation("setStockLevel")
  @Description(
      "REC+: set a product or variation code's stock to an absolute count. dryRun asks REC+ what"
          + " would change (diff) and changes nothing.")
  public @NonNull StockLevelPayload setStockLevel(
      @NonNull @Name("provider") Provider provider,
      @NonNull @Name("sku") String sku,
      @Name("onHand") int onHand,
      @Name("dryRun") Boolean dryRun)
      throws PartialResultException {
    WriteResult<Change<StockLevel>> result;
    try {
      result = stock.setStock(provider, sku, onHand, Boolean.TRUE.equals(dryRun));
    } catch (ProviderException e) {
      throw e.outcomeUnknown()
          ? ApiError.outcomeUnknown(
              e.provider(),
              sku,
              "REC+ gave no answer that says whether the stock of "
                  + sku
                  + " was set. Read its stock level before repeating the mutation.")
          : ApiError.of(e);
    }
    Change<StockLevel> change = result.value();
    if (change == null) {
      return StockLevelPayload.refused(result.problems());
    }
    StockLevelPayload payload = StockLevelPayload.of(change.value(), change.diff());
    if (change.readBackFailure() != null) {
      // The stock was set; only reading it back failed, so the data says so beside the error.
      throw new PartialResultException(payload, List.of(ApiError.of(change.readBackFailure())));
    }
    return payload;
  }
}
