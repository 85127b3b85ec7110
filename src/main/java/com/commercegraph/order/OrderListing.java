package com.commercegraph.order;

import com.commercegraph.merge.ListSlice;
import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.ProviderBound;
import java.util.List;

/** A provider that can list its orders. ShopWeDo cannot, so it does not implement this. */
public interface OrderListing extends ProviderBound {

  /**
   * Orders newest first, as many as the slice asks for where the provider can size its pages, each
   * with its position in the provider's list; the slice's position comes from an earlier page of
   * the same query (null for the newest). Pages are contiguous: following {@code nextPosition} from
   * the start visits every order once.
   */
  ProviderPage<Order> newestOrders(OrderListQuery query, ListSlice slice);

  /**
   * The calls that read a slice, to be made at once: one where one call holds it, one per page
   * where the slice is longer than the provider's pages (VeePe's are 10, Veeqo's up to 100). Each
   * is a slice {@link #newestOrders} takes.
   */
  List<ListSlice> calls(ListSlice slice);

  /** The most orders a list page asks for in one go; longer slices are split by {@link #calls}. */
  int largestOrderPage();

  /**
   * How many orders the first read of a whole window asks for (an order summary): the provider's
   * largest page, unless its pages are small, when later reads are sized from what the first found.
   */
  default int windowStep() {
    return largestOrderPage();
  }
}
