/**
 * Gap-free sync when deliveries were missed: {@link io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor}
 * keeps the subscriptions active and finds the windows in which deliveries may be missing;
 * {@link io.github.payhawk4j.webhooks.catchup.CatchUp} closes them through the application's own handlers from what
 * the API lists; {@link io.github.payhawk4j.webhooks.catchup.WatermarkStore} remembers how far the application is.
 */
package io.github.payhawk4j.webhooks.catchup;
