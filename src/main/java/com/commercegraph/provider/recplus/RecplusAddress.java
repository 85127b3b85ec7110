package com.commercegraph.provider.recplus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record RecplusAddress(
    @JsonProperty("recipient_name") String recipientName,
    @JsonProperty("business_name") String businessName,
    @JsonProperty("line_1") String line1,
    @JsonProperty("line_2") String line2,
    String town,
    RecplusRegion region,
    @JsonProperty("post_code") String postCode,
    @JsonProperty("tel_no") String telNo,
    @JsonProperty("mobile_tel_no") String mobileTelNo) {}
