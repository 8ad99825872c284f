package io.github.payhawk4j.http;

import java.io.IOException;

/** Turns a successful response into the value a service method returns. */
@FunctionalInterface
public interface ResponseReader<T> {

    /** Reads the value; an {@link IOException} means the body is not what the API documents. */
    T read(ApiResponse response) throws IOException;
}
