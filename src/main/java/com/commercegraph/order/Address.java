package com.commercegraph.order;

/**
 * A postal address as the providers give it.
 *
 * @param countryCode ISO 3166-1 alpha-2 where the provider gives a code; VeePe's alpha-3 codes are
 *     converted by its mapper
 */
public record Address(
    String name,
    String company,
    String line1,
    String line2,
    String city,
    String region,
    String postalCode,
    String countryCode,
    String phone,
    String email) {}
