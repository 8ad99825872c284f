package io.github.payhawk4j.examples.cli;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A response that passes everything through and keeps a copy of the first few kilobytes of the body written
 * to {@link #getOutputStream()}, so a filter can see what was answered (the webhook filter's short JSON).
 */
final class RecordingResponse extends HttpServletResponseWrapper {

    private static final int KEPT_BYTES = 4096;

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private ServletOutputStream stream;

    /** Wraps {@code response}. */
    RecordingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public synchronized ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new CopyingStream(super.getOutputStream());
        }
        return stream;
    }

    /** The start of the body written so far, as UTF-8 text. */
    synchronized String body() {
        return copy.toString(StandardCharsets.UTF_8);
    }

    private synchronized void keep(byte[] bytes, int offset, int length) {
        copy.write(bytes, offset, Math.min(length, Math.max(0, KEPT_BYTES - copy.size())));
    }

    /** Writes to the real stream and keeps a copy. */
    private final class CopyingStream extends ServletOutputStream {
        private final ServletOutputStream real;

        CopyingStream(ServletOutputStream real) {
            this.real = real;
        }

        @Override
        public void write(int b) throws IOException {
            real.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            real.write(bytes, offset, length);
            keep(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            real.flush();
        }

        @Override
        public void close() throws IOException {
            real.close();
        }

        @Override
        public boolean isReady() {
            return real.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            real.setWriteListener(listener);
        }
    }
}
