package io.github.payhawk4j.service;

import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.NewCustomField;

import java.util.List;
import java.util.function.Consumer;

/**
 * Custom fields of one account (such as cost centres or projects): list, create, get, update, delete; the values of
 * one field through {@link #values(String)}.
 * {@code client.async().customFields()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface CustomFieldService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    CustomFieldService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All custom fields of the account (the API does not page them). */
    List<CustomField> list();

    /** Creates a custom field and returns it with its id. */
    CustomField create(NewCustomField customField);

    /** The custom field with {@code customFieldId}. */
    CustomField get(String customFieldId);

    /** Changes the custom field {@code customFieldId} to {@code customField} and returns it. */
    CustomField update(String customFieldId, NewCustomField customField);

    /** Deletes the custom field {@code customFieldId}. */
    void delete(String customFieldId);

    /**
     * The values of the custom field {@code customFieldId}, e.g. the cost centres of a "Cost centre" field, with
     * this view's settings. Nothing is sent until a call.
     *
     * @throws IllegalArgumentException if {@code customFieldId} is null or empty
     */
    CustomFieldValueService values(String customFieldId);

    /** The calls of {@link CustomFieldService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link CustomFieldService#list}, with the response. */
        RawResponse<List<CustomField>> list();

        /** {@link CustomFieldService#create}, with the response. */
        RawResponse<CustomField> create(NewCustomField customField);

        /** {@link CustomFieldService#get}, with the response. */
        RawResponse<CustomField> get(String customFieldId);

        /** {@link CustomFieldService#update}, with the response. */
        RawResponse<CustomField> update(String customFieldId, NewCustomField customField);

        /** {@link CustomFieldService#delete}, with the response. */
        RawResponse<Void> delete(String customFieldId);
    }
}
