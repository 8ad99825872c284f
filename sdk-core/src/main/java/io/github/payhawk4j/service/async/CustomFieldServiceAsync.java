package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.NewCustomField;

import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.CustomFieldService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().customFields()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface CustomFieldServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    CustomFieldServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All custom fields of the account (the API does not page them). */
    CompletableFuture<List<CustomField>> list();

    /** Creates a custom field and returns it with its id. */
    CompletableFuture<CustomField> create(NewCustomField customField);

    /** The custom field with {@code customFieldId}. */
    CompletableFuture<CustomField> get(String customFieldId);

    /** Changes the custom field {@code customFieldId} to {@code customField} and returns it. */
    CompletableFuture<CustomField> update(String customFieldId, NewCustomField customField);

    /** Deletes the custom field {@code customFieldId}. */
    CompletableFuture<Void> delete(String customFieldId);

    /**
     * The values of the custom field {@code customFieldId}, without blocking, with this view's settings.
     *
     * @throws IllegalArgumentException if {@code customFieldId} is null or empty
     */
    CustomFieldValueServiceAsync values(String customFieldId);

    /** The calls of {@link CustomFieldServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link CustomFieldServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<CustomField>>> list();

        /** {@link CustomFieldServiceAsync#create}, with the response. */
        CompletableFuture<RawResponse<CustomField>> create(NewCustomField customField);

        /** {@link CustomFieldServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<CustomField>> get(String customFieldId);

        /** {@link CustomFieldServiceAsync#update}, with the response. */
        CompletableFuture<RawResponse<CustomField>> update(String customFieldId, NewCustomField customField);

        /** {@link CustomFieldServiceAsync#delete}, with the response. */
        CompletableFuture<RawResponse<Void>> delete(String customFieldId);
    }
}
