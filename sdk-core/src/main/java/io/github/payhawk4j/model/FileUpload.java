package io.github.payhawk4j.model;

import java.util.Objects;

/**
 * A file to attach to an expense (receipt, invoice), sent as one multipart part.
 *
 * @param fileName    the name Payhawk shows, e.g. {@code invoice-1207.pdf}
 * @param contentType the media type, e.g. {@code application/pdf}
 * @param content     the bytes; not copied, do not change them while the upload runs
 */
public record FileUpload(String fileName, String contentType, byte[] content) {

    /** Requires all parts. */
    public FileUpload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileUpload that && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && java.util.Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "FileUpload{" + fileName + ", " + contentType + ", " + content.length + " bytes}";
    }
}
