/**
 * Internal, not exported: the API's operations, each defined once as the request to send and the type its
 * response is read into ({@code ExpenseOperations}), and the service implementations that run them blocking,
 * asynchronously, with or without the raw response, under per-call options ({@link OperationRunner}).
 * Nothing here is part of the public API; it may change in any release.
 */
package io.github.payhawk4j.operation;
