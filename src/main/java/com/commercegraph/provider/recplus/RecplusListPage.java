package com.commercegraph.provider.recplus;

import java.util.List;

/**
 * One page of a REC+ list: {@code {"href", "<resource>": [...], "count", "total_count", "paging"}}.
 */
public interface RecplusListPage<T> {

  List<T> items();

  Long totalCount();

  RecplusPaging paging();
}
