package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.CustomFieldValueManager;
import io.github.payhawk4j.model.customfield.CustomFieldValuePatch;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;

import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.CustomFieldValueService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().customFields().values(customFieldId)}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface CustomFieldValueServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    CustomFieldValueServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All values of the custom field (the API does not page them). */
    CompletableFuture<List<CustomFieldValue>> list();

    /** Creates a value and returns it with its id; Payhawk refuses a second value with the same external id (409). */
    CompletableFuture<CustomFieldValue> create(NewCustomFieldValue customFieldValue);

    /** Deletes every value of the custom field. */
    CompletableFuture<Void> deleteAll();

    /** The value with {@code customFieldValueId}. */
    CompletableFuture<CustomFieldValue> get(String customFieldValueId);

    /** Changes the fields {@code patch} sets on the value {@code customFieldValueId} and returns it. */
    CompletableFuture<CustomFieldValue> update(String customFieldValueId, CustomFieldValuePatch patch);

    /** Deletes the value {@code customFieldValueId}. */
    CompletableFuture<Void> delete(String customFieldValueId);

    /** The managers of the value {@code customFieldValueId}. */
    CompletableFuture<List<CustomFieldValueManager>> listManagers(String customFieldValueId);

    /** Adds the users {@code userIds} (at least one) to the managers of the value. */
    CompletableFuture<Void> addManagers(String customFieldValueId, List<String> userIds);

    /** Makes the users {@code userIds} (at least one) the only managers of the value. */
    CompletableFuture<Void> replaceManagers(String customFieldValueId, List<String> userIds);

    /** Removes every manager of the value {@code customFieldValueId}. */
    CompletableFuture<Void> removeManagers(String customFieldValueId);

    /** The calls of {@link CustomFieldValueServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link CustomFieldValueServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<CustomFieldValue>>> list();

        /** {@link CustomFieldValueServiceAsync#create}, with the response. */
        CompletableFuture<RawResponse<CustomFieldValue>> create(NewCustomFieldValue customFieldValue);

        /** {@link CustomFieldValueServiceAsync#deleteAll}, with the response. */
        CompletableFuture<RawResponse<Void>> deleteAll();

        /** {@link CustomFieldValueServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<CustomFieldValue>> get(String customFieldValueId);

        /** {@link CustomFieldValueServiceAsync#update}, with the response. */
        CompletableFuture<RawResponse<CustomFieldValue>> update(String customFieldValueId, CustomFieldValuePatch patch);

        /** {@link CustomFieldValueServiceAsync#delete}, with the response. */
        CompletableFuture<RawResponse<Void>> delete(String customFieldValueId);

        /** {@link CustomFieldValueServiceAsync#listManagers}, with the response. */
        CompletableFuture<RawResponse<List<CustomFieldValueManager>>> listManagers(String customFieldValueId);

        /** {@link CustomFieldValueServiceAsync#addManagers}, with the response. */
        CompletableFuture<RawResponse<Void>> addManagers(String customFieldValueId, List<String> userIds);

        /** {@link CustomFieldValueServiceAsync#replaceManagers}, with the response. */
        CompletableFuture<RawResponse<Void>> replaceManagers(String customFieldValueId, List<String> userIds);

        /** {@link CustomFieldValueServiceAsync#removeManagers}, with the response. */
        CompletableFuture<RawResponse<Void>> removeManagers(String customFieldValueId);
    }
}
