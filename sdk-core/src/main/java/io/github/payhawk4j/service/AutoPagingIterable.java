package io.github.payhawk4j.service;

import io.github.payhawk4j.model.Page;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All results of a list call, fetched lazily one page at a time. Holds at most one page in memory;
 * each iteration starts again from the first page. A failed page fetch throws from
 * {@code hasNext()}/{@code next()} as the same {@link io.github.payhawk4j.error.PayhawkException}.
 *
 * @param <T> the item type
 */
public final class AutoPagingIterable<T> implements Iterable<T> {

    private final int firstSkip;
    private final IntFunction<Page<T>> fetchPageAt;

    private AutoPagingIterable(int firstSkip, IntFunction<Page<T>> fetchPageAt) {
        this.firstSkip = firstSkip;
        this.fetchPageAt = fetchPageAt;
    }

    /**
     * The results of the pages {@code fetchPageAt} returns, from offset {@code firstSkip} on; the services make
     * these for you, tests can make one over pages they hold.
     *
     * @param firstSkip   offset of the first result
     * @param fetchPageAt fetches the page starting at an offset
     */
    public static <T> AutoPagingIterable<T> of(int firstSkip, IntFunction<Page<T>> fetchPageAt) {
        if (firstSkip < 0) {
            throw new IllegalArgumentException("firstSkip must be 0 or more, was " + firstSkip);
        }
        return new AutoPagingIterable<>(firstSkip, Objects.requireNonNull(fetchPageAt, "fetchPageAt"));
    }

    @Override
    public Iterator<T> iterator() {
        return new PageIterator();
    }

    /** The results as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private final class PageIterator implements Iterator<T> {
        private int nextSkip = firstSkip;
        private List<T> page = List.of();
        private int index;
        private boolean last;

        @Override
        public boolean hasNext() {
            while (index >= page.size()) {
                if (last) {
                    return false;
                }
                // Let the spent page go before the next one is read, so only one page is ever held.
                page = List.of();
                index = 0;
                Page<T> fetched = fetchPageAt.apply(nextSkip);
                page = fetched.items();
                index = 0;
                nextSkip += page.size();
                // $take is only a maximum: a shorter page is not the last while the total says more are left.
                last = page.isEmpty() || nextSkip >= fetched.total();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more results");
            }
            return page.get(index++);
        }
    }
}
