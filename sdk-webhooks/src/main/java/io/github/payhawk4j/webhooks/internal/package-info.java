/**
 * Internal support of the webhooks module (JDBC plumbing shared by the delivery store and the inbox).
 * Not part of the API: it may change in any release without notice.
 */
package io.github.payhawk4j.webhooks.internal;
