package io.github.payhawk4j.service;

import io.github.payhawk4j.model.Page;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The iterator holds one page at a time: the spent page can be collected while the next one is fetched. */
class AutoPagingIterableMemoryTest {

    private static final int PAGE_SIZE = 3;

    @Test
    void theSpentPageIsNotReachableFromTheIteratorWhileTheNextPageIsFetched() {
        List<WeakReference<Object>> spentItems = new ArrayList<>();
        List<Boolean> collectedWhileFetching = new ArrayList<>();
        AutoPagingIterable<Object> all = AutoPagingIterable.of(0, skip -> {
            if (!spentItems.isEmpty()) {
                collectedWhileFetching.add(collected(spentItems.get(spentItems.size() - 1)));
            }
            List<Object> items = IntStream.range(0, PAGE_SIZE).mapToObj(i -> (Object) new byte[1024]).toList();
            spentItems.add(new WeakReference<>(items.get(PAGE_SIZE - 1)));
            return Page.of(items, 3L * PAGE_SIZE);
        });

        int seen = 0;
        for (Object item : all) {
            seen++;
        }

        assertThat(seen).isEqualTo(3 * PAGE_SIZE);
        assertThat(collectedWhileFetching).containsExactly(true, true);
    }

    /** Whether the referent is gone after a few requested collections. */
    private static boolean collected(WeakReference<Object> reference) {
        for (int attempt = 0; attempt < 20 && reference.get() != null; attempt++) {
            System.gc();
        }
        return reference.get() == null;
    }
}
