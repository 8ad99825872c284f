/**
 * Internal to payhawk4j: code the SDK's own packages share (the log sanitizer, JDBC plumbing of the delivery store and the inbox). Not API: no type here appears in a public signature of
 * the API packages, and any of it may change or disappear in any release. The module descriptor does not export it.
 */
package io.github.payhawk4j.webhooks.internal;
