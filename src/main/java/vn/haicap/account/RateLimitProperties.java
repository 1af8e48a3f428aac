package vn.haicap.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client limit on the public reference-data API: a bucket of {@code burst} requests refilled at
 * {@code perSecond}. Load tests raise it with {@code HAICAP_RATE_LIMIT_PER_SECOND}.
 */
@ConfigurationProperties("haicap.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200") long perSecond,
        @DefaultValue("1000") long burst) {}
