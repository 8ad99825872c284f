package io.github.payhawk4j.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files, and text fields, of a {@code multipart/form-data} request body (RFC 7578), as
 * {@code POST /expenses/{id}/files} and {@code POST /invoices} receive them.
 */
final class MultipartFiles {

    /** One uploaded part: a file, or a text field when {@code fileName} is null. */
    record Part(String fileName, String contentType, byte[] content) {
    }

    /** A form: its text fields by name, in order, and its file parts by field name. */
    record Form(Map<String, String> fields, Map<String, Part> files) {
    }

    private static final Pattern FIELD_NAME = Pattern.compile("name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private MultipartFiles() {
    }

    /** The file parts of the body, or a 400 if it is not multipart form data with at least one file. */
    static List<Part> parse(String contentType, byte[] body) {
        List<Part> parts = new ArrayList<>();
        split(contentType, body, (name, part) -> {
            if (part.fileName() != null) {
                parts.add(part);
            }
        });
        if (parts.isEmpty()) {
            throw RefusedRequestException.badRequest("multipart body holds no file part");
        }
        return parts;
    }

    /** The text fields and file parts of the body; a 400 if it is not multipart form data or repeats a field. */
    static Form parseForm(String contentType, byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Part> files = new LinkedHashMap<>();
        split(contentType, body, (name, part) -> {
            if (name == null || fields.containsKey(name) || files.containsKey(name)) {
                throw RefusedRequestException.badRequest("multipart form part without a name or repeated: " + name);
            }
            if (part.fileName() != null) {
                files.put(name, part);
            } else {
                fields.put(name, new String(part.content(), StandardCharsets.UTF_8));
            }
        });
        return new Form(fields, files);
    }

    private static void split(String contentType, byte[] body, BiConsumer<String, Part> each) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw RefusedRequestException.badRequest("Files must be sent as multipart/form-data");
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw RefusedRequestException.badRequest("multipart/form-data needs a boundary parameter");
        }
        // ISO-8859-1 maps every byte to one char, so file bytes survive the round trip.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        int start = text.indexOf(delimiter);
        while (start >= 0) {
            int partStart = start + delimiter.length();
            if (text.startsWith("--", partStart)) {
                break;
            }
            int next = text.indexOf("\r\n" + delimiter, partStart);
            if (next < 0) {
                throw RefusedRequestException.badRequest("multipart body is not terminated by its boundary");
            }
            String part = text.substring(partStart, next);
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd >= 0) {
                String headers = part.substring(0, headersEnd);
                Matcher fileName = FILE_NAME.matcher(headers);
                Matcher fieldName = FIELD_NAME.matcher(headers.replaceAll("(?i)filename=\"[^\"]*\"", ""));
                each.accept(fieldName.find() ? fieldName.group(1) : null,
                        new Part(fileName.find() ? fileName.group(1) : null, partContentType(headers),
                                part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1)));
            }
            start = next + 2;
        }
    }

    private static String partContentType(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Type")) {
                return line.substring(colon + 1).trim();
            }
        }
        return "application/octet-stream";
    }
}
