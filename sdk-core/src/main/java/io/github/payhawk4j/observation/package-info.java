/**
 * Observation hooks of the client: a {@link io.github.payhawk4j.observation.PayhawkClientListener} set on
 * {@code PayhawkClient.builder().listener(...)} is told about every attempt the client sends, with immutable
 * events whose operation names are low-cardinality templates, fit for metric tags and trace span names.
 */
package io.github.payhawk4j.observation;
