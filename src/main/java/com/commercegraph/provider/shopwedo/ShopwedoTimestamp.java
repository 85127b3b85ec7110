package com.commercegraph.provider.shopwedo;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A ShopWeDo date as sent, before it is given a zone. shopwedo-api.txt types these fields
 * "DateTime|bool" without showing the JSON: {@code false} means absent, and a value may come as
 * text ({@code "2024-03-05 14:30:00"}, with or without an offset) or as a PHP-encoded DateTime
 * object ({@code {"date": "...", "timezone_type": 3, "timezone": "Europe/Brussels"}}). Both are
 * read; {@link ShopwedoMapper} turns them into offset times.
 *
 * @param text the date and time as written
 * @param zone the zone or offset that came with a DateTime object; null otherwise
 */
@JsonDeserialize(using = ShopwedoTimestampDeserializer.class)
public record ShopwedoTimestamp(String text, String zone) {}
