package com.commercegraph.graphql.limits;

import com.commercegraph.catalog.CatalogService;
import com.commercegraph.order.OrderCreationService;
import com.commercegraph.order.OrderFeed;
import com.commercegraph.order.OrderSummaryService;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.stock.StockService;
import graphql.language.ArrayValue;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many provider calls a document may make, worked out before anything runs, so that a document
 * that would spend a provider's budget (thirty aliased order summaries, ten order lists of a
 * hundred) is refused without a call. Every field occurrence counts, aliases and fragments
 * included:
 *
 * <ul>
 *   <li>{@code orders}: the calls its first page takes at each chosen provider (VeePe's pages hold
 *       ten, so a hundred orders are ten calls there);
 *   <li>{@code products}, {@code stockLevels}: a page per chosen provider; with SKUs named,
 *       ShopWeDo reads its whole stock list (getStock cannot filter by code): the calls that took
 *       when a read last reached the list's end, or {@code
 *       commerce.requests.max-pages-per-provider} (the most one list request spends at one
 *       provider) while no read has;
 *   <li>{@code orderSummary}: one read of each chosen provider's orders (shared by every summary
 *       that needs it, and read in the background);
 *   <li>{@code order}, {@code orderByProviderId}, {@code node}, {@code product}, {@code invoice},
 *       {@code report}, {@code reports}: one;
 *   <li>batched fields below them ({@code lines.product}, {@code product.stock}): one per provider
 *       that can answer them, however many items;
 *   <li>a mutation: two (the write and its read-back), and for {@code createOrder} the look-ups its
 *       provider makes before sending (Veeqo: the reference and one product search per SKU;
 *       ShopWeDo: its stock list, counted as for a SKU filter), at most {@code
 *       commerce.requests.max-pages-per-provider}; {@code providers} and introspection: none.
 * </ul>
 *
 * It is an upper bound of the first page's cost: kept lists and summaries cost less.
 */
@ApplicationScoped
class ProviderCallEstimate {

  private static final Set<String> ONE_CALL =
      Set.of("order", "orderByProviderId", "node", "product", "invoice", "report", "reports");
  private static final int PER_MUTATION = 2;

  private final OrderFeed orders;
  private final OrderSummaryService summaries;
  private final CatalogService catalog;
  private final StockService stock;
  private final OrderCreationService creations;
  private final RequestLimits limits;

  ProviderCallEstimate(
      OrderFeed orders,
      OrderSummaryService summaries,
      CatalogService catalog,
      StockService stock,
      OrderCreationService creations,
      RequestLimits limits) {
    this.orders = orders;
    this.summaries = summaries;
    this.catalog = catalog;
    this.stock = stock;
    this.creations = creations;
    this.limits = limits;
  }

  /** The calls the operation may make, its fragments expanded where they are spread. */
  int of(
      OperationDefinition operation,
      Map<String, FragmentDefinition> fragments,
      Map<String, Object> variables) {
    Walk walk = new Walk(fragments, variables);
    List<Field> roots = walk.fields(operation.getSelectionSet());
    int calls = 0;
    for (Field root : roots) {
      if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
        calls += PER_MUTATION + walk.beforeSending(root);
      } else {
        calls += walk.query(root);
      }
    }
    return calls;
  }

  /** One operation's walk: its fragments and variables. */
  private final class Walk {
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;

    Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
      this.fragments = fragments;
      this.variables = variables;
    }

    int query(Field field) {
      String name = field.getName();
      int calls =
          switch (name) {
            case "orders" ->
                orders.callsToList(first(field), providers(argument(field, "filter", "providers")));
            case "orderSummary" ->
                summaries.callsToSummarize(providers(argument(field, "providers", null)));
            case "products" ->
                catalog.callsToList(
                    first(field), providers(argument(field, "filter", "providers")));
            case "stockLevels" ->
                stock.callsToList(
                    first(field),
                    providers(argument(field, "filter", "providers")),
                    strings(argument(field, "filter", "skus")));
            default -> ONE_CALL.contains(name) ? 1 : 0;
          };
      return calls == 0 ? 0 : calls + batched(field.getSelectionSet());
    }

    /** The look-ups a {@code createOrder} makes before it sends: its provider's, for its SKUs. */
    int beforeSending(Field field) {
      if (!field.getName().equals("createOrder")) {
        return 0;
      }
      Set<Provider> provider =
          providers(List.of(String.valueOf(argument(field, "input", "provider"))));
      if (provider.isEmpty()) {
        return 0;
      }
      Set<String> skus = new HashSet<>();
      if (argument(field, "input", "lines") instanceof Collection<?> lines) {
        for (Object line : lines) {
          if (line instanceof Map<?, ?> fields && fields.get("sku") != null) {
            skus.add(String.valueOf(fields.get("sku")).trim());
          }
        }
      }
      return creations.callsBeforeSending(provider.iterator().next(), skus);
    }

    /** One call per provider for each batched field below: order lines' products, stock. */
    private int batched(SelectionSet selections) {
      int calls = 0;
      for (Field field : fields(selections)) {
        if (field.getName().equals("product") && field.getSelectionSet() != null) {
          calls += catalog.callsPerBatch();
        } else if (field.getName().equals("stock") && field.getSelectionSet() != null) {
          calls += stock.callsPerBatch();
        }
        calls += batched(field.getSelectionSet());
      }
      return calls;
    }

    List<Field> fields(SelectionSet selections) {
      List<Field> fields = new ArrayList<>();
      collect(selections, fields, new HashSet<>());
      return fields;
    }

    private void collect(SelectionSet selections, List<Field> fields, Set<String> spreading) {
      if (selections == null) {
        return;
      }
      for (Selection<?> selection : selections.getSelections()) {
        if (selection instanceof Field field) {
          fields.add(field);
        } else if (selection instanceof InlineFragment inline) {
          collect(inline.getSelectionSet(), fields, spreading);
        } else if (selection instanceof FragmentSpread spread && spreading.add(spread.getName())) {
          FragmentDefinition fragment = fragments.get(spread.getName());
          collect(fragment == null ? null : fragment.getSelectionSet(), fields, spreading);
          spreading.remove(spread.getName());
        }
      }
    }

    /** The page size asked for; past the largest allowed, the list itself refuses it. */
    private int first(Field field) {
      Object first = argument(field, "first", null);
      if (!(first instanceof Number number)) {
        return limits.defaultPageSize();
      }
      long asked = number.longValue();
      return (int) Math.max(1, Math.min(asked, limits.maxPageSize()));
    }

    /** An argument's value, or a field of an input object argument, variables resolved. */
    private Object argument(Field field, String name, String inputField) {
      Object value =
          field.getArguments().stream()
              .filter(argument -> argument.getName().equals(name))
              .findFirst()
              .map(argument -> resolve(argument.getValue()))
              .orElse(null);
      if (inputField == null) {
        return value;
      }
      return value instanceof Map<?, ?> object ? object.get(inputField) : null;
    }

    private Object resolve(Value<?> value) {
      if (value instanceof VariableReference reference) {
        return variables.get(reference.getName());
      }
      if (value instanceof IntValue number) {
        return number.getValue();
      }
      if (value instanceof EnumValue constant) {
        return constant.getName();
      }
      if (value instanceof StringValue text) {
        return text.getValue();
      }
      if (value instanceof ArrayValue array) {
        return array.getValues().stream().map(this::resolve).toList();
      }
      if (value instanceof ObjectValue object) {
        Map<String, Object> fields = new HashMap<>();
        for (ObjectField objectField : object.getObjectFields()) {
          fields.put(objectField.getName(), resolve(objectField.getValue()));
        }
        return fields;
      }
      return null;
    }
  }

  private static Set<Provider> providers(Object value) {
    Set<Provider> providers = EnumSet.noneOf(Provider.class);
    if (value instanceof Collection<?> names) {
      for (Object name : names) {
        for (Provider provider : Provider.values()) {
          if (provider.name().equals(String.valueOf(name))) {
            providers.add(provider);
          }
        }
      }
    }
    return providers;
  }

  private static Set<String> strings(Object value) {
    Set<String> strings = new HashSet<>();
    if (value instanceof Collection<?> items) {
      items.forEach(item -> strings.add(String.valueOf(item)));
    }
    return strings;
  }
}
