package io.github.payhawk4j.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * A {@link ResponseReader} that can also read a successful body as it arrives, so the synchronous path parses
 * while the body streams in and a page costs one page of records instead of records plus the page's bytes.
 */
public interface StreamingResponseReader<T> extends ResponseReader<T> {

    /** Reads the value from the body as it arrives; an {@link IOException} from {@code body} is the transport's. */
    T read(InputStream body) throws IOException;
}
