package io.github.payhawk4j.http;

import io.github.payhawk4j.model.FileUpload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A {@code multipart/form-data} body (RFC 7578) of files, each in a part named {@code file}. */
public final class MultipartBody {

    private final String boundary;
    private final byte[] bytes;

    private MultipartBody(String boundary, byte[] bytes) {
        this.boundary = boundary;
        this.bytes = bytes;
    }

    /** Encodes {@code files} with a random boundary. */
    public static MultipartBody of(List<FileUpload> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("submit at least one file");
        }
        String boundary = "payhawk4j-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (FileUpload file : files) {
            write(out, "--" + boundary + "\r\n");
            write(out, "Content-Disposition: form-data; name=\"file\"; filename=\"" + quoted(file.fileName()) + "\"\r\n");
            write(out, "Content-Type: " + file.contentType() + "\r\n\r\n");
            out.writeBytes(file.content());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return new MultipartBody(boundary, out.toByteArray());
    }

    /** The {@code Content-Type} header value, with the boundary. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The encoded body. */
    public byte[] bytes() {
        return bytes.clone();
    }

    private static String quoted(String fileName) {
        return fileName.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
