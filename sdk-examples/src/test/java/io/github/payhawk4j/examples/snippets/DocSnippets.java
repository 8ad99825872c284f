package io.github.payhawk4j.examples.snippets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the Java blocks of the project's Markdown and the tagged regions of the snippet sources
 * they claim to show. A block is introduced by {@code <!-- snippet: File.java#tag -->} (the region
 * between {@code // tag::tag[]} and {@code // end::tag[]} in this folder) or, for code this build
 * cannot compile (Java 21 syntax, Spring Boot), {@code <!-- not-compiled: reason -->}.
 */
final class DocSnippets {

    private static final Pattern MARKER = Pattern.compile("<!--\\s*(snippet|not-compiled):\\s*(.+?)\\s*-->");

    /** One fenced Java block of a Markdown file. */
    record Block(Path file, int line, String marker, String argument, String code) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line;
        }
    }

    private DocSnippets() {
    }

    /** The repository root: the first folder upwards with a README.md beside a pom.xml. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no README.md beside a pom.xml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** README.md and every Markdown file under docs/. */
    static List<Path> markdownFiles() {
        Path root = root();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The fenced {@code java} blocks of {@code file}, with the marker line above each (null if none). */
    static List<Block> javaBlocks(Path file) {
        List<String> lines = read(file);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).trim().equals("```java")) {
                continue;
            }
            String marker = null;
            String argument = null;
            for (int j = i - 1; j >= 0; j--) {
                if (lines.get(j).isBlank()) {
                    continue;
                }
                Matcher m = MARKER.matcher(lines.get(j).trim());
                if (m.matches()) {
                    marker = m.group(1);
                    argument = m.group(2);
                }
                break;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).trim().equals("```")) {
                end++;
            }
            blocks.add(new Block(file, i + 1, marker, argument, normalize(lines.subList(i + 1, end))));
            i = end;
        }
        return blocks;
    }

    /** The region {@code tag} of snippet source {@code fileName} in this test folder, dedented. */
    static String region(String fileName, String tag) {
        Path source = root().resolve("sdk-examples/src/test/java/io/github/payhawk4j/examples/snippets").resolve(fileName);
        List<String> lines = read(source);
        int start = indexOf(lines, "// tag::" + tag + "[]", source);
        int end = indexOf(lines, "// end::" + tag + "[]", source);
        return normalize(lines.subList(start + 1, end));
    }

    private static int indexOf(List<String> lines, String tagLine, Path source) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(tagLine)) {
                return i;
            }
        }
        throw new IllegalStateException(source.getFileName() + " has no line " + tagLine);
    }

    /** Dedents to the least-indented non-blank line and strips trailing blanks. */
    private static String normalize(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
                .collect(Collectors.joining("\n")).strip();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
