package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.IncompleteListException;
import io.github.payhawk4j.error.UnexpectedResponseException;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The lists the API returns without {@code $skip}/{@code $take} (payments, submitted files, webhook subscriptions,
 * suppliers) keep their {@code total}: all items when {@code total} says they are all there, and an
 * {@link IncompleteListException} when it says there are more than were returned, never a silently shorter list.
 */
class UnpagedListTest {

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    enum UnpagedList {
        PAYMENTS("/api/v3/accounts/acme_logistics/expenses/4821/payments",
                c -> c.expenses().payments("4821"), c -> c.expenses().paymentsAsync("4821")),
        SUBMITTED_FILES("/api/v3/accounts/acme_logistics/expenses/4821/files",
                c -> c.expenses().submitFiles("4821", files()), c -> c.expenses().submitFilesAsync("4821", files())),
        WEBHOOKS("/api/v3/accounts/acme_logistics/webhooks",
                c -> c.webhooks().list(), c -> c.webhooks().listAsync()),
        SUPPLIERS("/api/v3/accounts/acme_logistics/suppliers",
                c -> c.suppliers().list(SupplierStatus.ACTIVE), c -> c.suppliers().listAsync(SupplierStatus.ACTIVE));

        private final String path;
        private final Function<PayhawkClient, List<?>> sync;
        private final Function<PayhawkClient, CompletableFuture<? extends List<?>>> async;

        UnpagedList(String path, Function<PayhawkClient, List<?>> sync,
                    Function<PayhawkClient, CompletableFuture<? extends List<?>>> async) {
            this.path = path;
            this.sync = sync;
            this.async = async;
        }

        void stub(String body) {
            MappingBuilder request = this == SUBMITTED_FILES ? post(urlPathEqualTo(path)) : get(urlPathEqualTo(path));
            api.stubFor(request.willReturn(aResponse().withStatus(this == SUBMITTED_FILES ? 202 : 200)
                    .withHeader("Content-Type", "application/json").withBody(body)));
        }

        private static List<FileUpload> files() {
            return List.of(new FileUpload("receipt.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnpagedList.class)
    @DisplayName("total above the items returned fails the call with IncompleteListException, sync and async")
    void aTruncatedListFailsLoudly(UnpagedList list) {
        list.stub("{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total\":3}");

        IncompleteListException failure = catchThrowableOfType(IncompleteListException.class, () -> list.sync.apply(client));

        assertThat(failure).isInstanceOf(UnexpectedResponseException.class);
        assertThat(failure.total()).isEqualTo(3);
        assertThat(failure.received()).isEqualTo(2);
        assertThat(failure.path()).isEqualTo(list.path);
        assertThat(failure.getMessage()).contains("2 of 3");
        assertThatThrownBy(() -> list.async.apply(client).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IncompleteListException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnpagedList.class)
    @DisplayName("a list whose total matches its items is returned whole")
    void aCompleteListIsReturned(UnpagedList list) {
        list.stub("{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total\":2}");

        assertThat(list.sync.apply(client)).hasSize(2);
        assertThat(list.async.apply(client).join()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UnpagedList.class)
    @DisplayName("an empty list with total 0 is an empty list")
    void anEmptyListIsEmpty(UnpagedList list) {
        list.stub("{\"items\":[],\"total\":0}");

        assertThat(list.sync.apply(client)).isEmpty();
    }
}
