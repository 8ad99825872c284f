package io.github.payhawk4j.http;

import io.github.payhawk4j.model.FileUpload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body (RFC 7578): files, each in a part named {@code file}, or a form of text fields
 * and one file.
 */
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

    /** Encodes the text {@code fields} in their order, then {@code file} in a part named {@code fileField}. */
    public static MultipartBody form(Map<String, String> fields, String fileField, FileUpload file) {
        String boundary = "payhawk4j-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            write(out, "--" + boundary + "\r\n");
            write(out, "Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n");
            write(out, "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
            write(out, value);
            write(out, "\r\n");
        });
        write(out, "--" + boundary + "\r\n");
        write(out, "Content-Disposition: form-data; name=\"" + quoted(fileField) + "\"; filename=\"" + quoted(file.fileName()) + "\"\r\n");
        write(out, "Content-Type: " + file.contentType() + "\r\n\r\n");
        out.writeBytes(file.content());
        write(out, "\r\n");
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
