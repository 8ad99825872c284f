package io.github.payhawk4j.model;

/**
 * A file attached to an expense document, downloadable from {@link #url()} ({@code IFile}).
 *
 * @param id unique identifier of the file
 * @param url download url of the file
 * @param contentType content type of the file
 */
public record DocumentFile(
        String id,
        String url,
        String contentType) {
}
