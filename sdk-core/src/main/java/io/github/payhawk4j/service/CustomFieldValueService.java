package io.github.payhawk4j.service;

import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.CustomFieldValueManager;
import io.github.payhawk4j.model.customfield.CustomFieldValuePatch;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;

import java.util.List;
import java.util.function.Consumer;

/**
 * The values of one custom field (e.g. the cost centres) and the managers of each value. Get it from
 * {@code client.customFields().values(customFieldId)}; to change only what differs from the ERP's list, see
 * {@code io.github.payhawk4j.sync.MasterDataSync#customFieldValues}.
 * {@code client.async().customFields().values(customFieldId)} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface CustomFieldValueService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    CustomFieldValueService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** All values of the custom field (the API does not page them). */
    List<CustomFieldValue> list();

    /** Creates a value and returns it with its id; Payhawk refuses a second value with the same external id (409). */
    CustomFieldValue create(NewCustomFieldValue customFieldValue);

    /** Deletes every value of the custom field. */
    void deleteAll();

    /** The value with {@code customFieldValueId}. */
    CustomFieldValue get(String customFieldValueId);

    /** Changes the fields {@code patch} sets on the value {@code customFieldValueId} and returns it. */
    CustomFieldValue update(String customFieldValueId, CustomFieldValuePatch patch);

    /** Deletes the value {@code customFieldValueId}. */
    void delete(String customFieldValueId);

    /** The managers of the value {@code customFieldValueId}. */
    List<CustomFieldValueManager> listManagers(String customFieldValueId);

    /** Adds the users {@code userIds} (at least one) to the managers of the value. */
    void addManagers(String customFieldValueId, List<String> userIds);

    /** Makes the users {@code userIds} (at least one) the only managers of the value. */
    void replaceManagers(String customFieldValueId, List<String> userIds);

    /** Removes every manager of the value {@code customFieldValueId}. */
    void removeManagers(String customFieldValueId);

    /** The calls of {@link CustomFieldValueService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link CustomFieldValueService#list}, with the response. */
        RawResponse<List<CustomFieldValue>> list();

        /** {@link CustomFieldValueService#create}, with the response. */
        RawResponse<CustomFieldValue> create(NewCustomFieldValue customFieldValue);

        /** {@link CustomFieldValueService#deleteAll}, with the response. */
        RawResponse<Void> deleteAll();

        /** {@link CustomFieldValueService#get}, with the response. */
        RawResponse<CustomFieldValue> get(String customFieldValueId);

        /** {@link CustomFieldValueService#update}, with the response. */
        RawResponse<CustomFieldValue> update(String customFieldValueId, CustomFieldValuePatch patch);

        /** {@link CustomFieldValueService#delete}, with the response. */
        RawResponse<Void> delete(String customFieldValueId);

        /** {@link CustomFieldValueService#listManagers}, with the response. */
        RawResponse<List<CustomFieldValueManager>> listManagers(String customFieldValueId);

        /** {@link CustomFieldValueService#addManagers}, with the response. */
        RawResponse<Void> addManagers(String customFieldValueId, List<String> userIds);

        /** {@link CustomFieldValueService#replaceManagers}, with the response. */
        RawResponse<Void> replaceManagers(String customFieldValueId, List<String> userIds);

        /** {@link CustomFieldValueService#removeManagers}, with the response. */
        RawResponse<Void> removeManagers(String customFieldValueId);
    }
}
