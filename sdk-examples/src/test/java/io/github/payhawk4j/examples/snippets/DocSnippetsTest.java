package io.github.payhawk4j.examples.snippets;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java block in README.md and docs/ is a region of a snippet source that this build compiles
 * (and, where it can, runs), so documentation cannot drift from the API.
 */
class DocSnippetsTest {

    @TestFactory
    Stream<DynamicTest> everyJavaBlockInTheDocsIsCompiledSnippetCode() {
        return DocSnippets.markdownFiles().stream()
                .flatMap((Path file) -> DocSnippets.javaBlocks(file).stream())
                .map(block -> DynamicTest.dynamicTest(block.toString(), () -> {
                    assertThat(block.marker())
                            .as("%s: put <!-- snippet: File.java#tag --> above the block (or <!-- not-compiled: why -->)", block)
                            .isNotNull();
                    if (block.marker().equals("snippet")) {
                        String[] target = block.argument().split("#", 2);
                        assertThat(target).as("%s: marker must be File.java#tag", block).hasSize(2);
                        assertThat(block.code())
                                .as("%s must equal region %s of %s", block, target[1], target[0])
                                .isEqualTo(DocSnippets.region(target[0], target[1]));
                    }
                }));
    }
}
