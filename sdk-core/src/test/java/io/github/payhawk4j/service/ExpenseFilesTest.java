package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.DocumentFile;
import io.github.payhawk4j.model.FileUpload;
import io.github.payhawk4j.model.ModelFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.withSdkHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** ExpenseService.submitFiles: one multipart/form-data upload, each file in a part named {@code file}. */
class ExpenseFilesTest {

    private static final String FILES_URL = "/api/v3/accounts/acme_logistics/expenses/4821/files";

    /** Bytes a text-based encoder would mangle: NUL, 0xFF, a CRLF and something that looks like a boundary. */
    private static final byte[] PDF = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            new byte[] {0, (byte) 0xFF, (byte) 0xFE, 13, 10, '-', '-', 'x', 13, 10}, "%%EOF".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    private static void stubAccepted(String url) {
        api.stubFor(post(urlEqualTo(url)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody(ModelFixture.text("expense-files.json"))));
    }

    @Test
    @DisplayName("submitFiles sends POST .../files as multipart/form-data: part 'file', the file name, its content type and exact bytes")
    void uploadsOneFile() {
        stubAccepted(FILES_URL);

        List<DocumentFile> accepted = client.expenses().submitFiles("4821",
                List.of(new FileUpload("toll-receipt-0098123.pdf", "application/pdf", PDF)));

        api.verify(1, withSdkHeaders(postRequestedFor(urlEqualTo(FILES_URL)))
                .withHeader("Content-Type", matching("multipart/form-data; boundary=\\S+"))
                .withAnyRequestBodyPart(aMultipart()
                        .withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"toll-receipt-0098123.pdf\""))
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withBody(binaryEqualTo(PDF))));
        assertThat(api.getAllServeEvents().get(0).getRequest().getParts()).hasSize(1);
        assertThat(accepted).isEqualTo(ExpectedModels.submittedFiles());
    }

    @Test
    @DisplayName("several files go in one request, one 'file' part each, in order")
    void uploadsSeveralFilesInOneRequest() {
        stubAccepted(FILES_URL);

        client.expenses().submitFiles("4821", List.of(
                new FileUpload("invoice.pdf", "application/pdf", PDF),
                new FileUpload("photo.jpg", "image/jpeg", JPEG)));

        api.verify(1, postRequestedFor(urlEqualTo(FILES_URL))
                .withAnyRequestBodyPart(aMultipart().withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"invoice.pdf\""))
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withBody(binaryEqualTo(PDF)))
                .withAnyRequestBodyPart(aMultipart().withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"photo.jpg\""))
                        .withHeader("Content-Type", equalTo("image/jpeg"))
                        .withBody(binaryEqualTo(JPEG))));
        List<Request.Part> parts = List.copyOf(api.getAllServeEvents().get(0).getRequest().getParts());
        assertThat(parts).extracting(Request.Part::getName).containsExactly("file", "file");
        assertThat(parts).extracting(part -> part.getHeader("Content-Disposition").firstValue())
                .containsExactly("form-data; name=\"file\"; filename=\"invoice.pdf\"",
                        "form-data; name=\"file\"; filename=\"photo.jpg\"");
    }

    @Test
    @DisplayName("async submitFiles sends the same upload to another account and completes with the accepted files")
    void uploadsAsynchronouslyToAnotherAccount() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/expenses/4821/files";
        stubAccepted(url);

        List<DocumentFile> accepted = client.async().account(OTHER_ACCOUNT).expenses()
                .submitFiles("4821", List.of(new FileUpload("photo.jpg", "image/jpeg", JPEG))).join();

        api.verify(1, withSdkHeaders(postRequestedFor(urlEqualTo(url)))
                .withHeader("Content-Type", matching("multipart/form-data; boundary=\\S+"))
                .withAnyRequestBodyPart(aMultipart().withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"photo.jpg\""))
                        .withHeader("Content-Type", equalTo("image/jpeg"))
                        .withBody(binaryEqualTo(JPEG))));
        assertThat(accepted).isEqualTo(ExpectedModels.submittedFiles());
    }

    @Test
    @DisplayName("an empty file list is refused before anything is sent")
    void refusesAnEmptyFileList() {
        assertThatIllegalArgumentException().isThrownBy(() -> client.expenses().submitFiles("4821", List.of()));

        assertThat(api.getAllServeEvents()).isEmpty();
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
