package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.Page;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * One page of a list walked asynchronously, and the way to the next: {@link #nextPage()} fetches it,
 * {@link #forEach} visits every item of this page and of all the pages after it. Pages are fetched one at a
 * time, each only after the previous one was handed out, and no thread waits for a page: the walk
 * continues on the thread that completes each fetch. Immutable; holds this page only.
 *
 * <pre>{@code
 * client.async().expenses().listAll(query)
 *         .thenCompose(firstPage -> firstPage.forEach(expense -> ledger.book(expense)))
 *         .join();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AsyncPage<T> {

    private final Page<T> page;
    private final int nextSkip;
    private final IntFunction<CompletableFuture<Page<T>>> fetchPageAt;

    private AsyncPage(Page<T> page, int skip, IntFunction<CompletableFuture<Page<T>>> fetchPageAt) {
        this.page = page;
        this.nextSkip = skip + page.items().size();
        this.fetchPageAt = fetchPageAt;
    }

    /**
     * Fetches the first page at offset {@code firstSkip}; the services call this for you, tests can call it
     * over pages they hold.
     *
     * @param firstSkip   offset of the first result
     * @param fetchPageAt fetches the page starting at an offset
     */
    public static <T> CompletableFuture<AsyncPage<T>> first(int firstSkip,
                                                            IntFunction<CompletableFuture<Page<T>>> fetchPageAt) {
        if (firstSkip < 0) {
            throw new IllegalArgumentException("firstSkip must be 0 or more, was " + firstSkip);
        }
        Objects.requireNonNull(fetchPageAt, "fetchPageAt");
        return fetch(firstSkip, fetchPageAt);
    }

    /** {@return the items of this page; never null} */
    public List<T> items() {
        return page.items();
    }

    /** {@return how many items match in all pages together} */
    public long total() {
        return page.total();
    }

    /**
     * Whether another page follows: this page is not empty and the items so far are fewer than the total
     * (a page shorter than the page size is not the last while the total says more are left).
     */
    public boolean hasNextPage() {
        return !page.items().isEmpty() && nextSkip < page.total();
    }

    /**
     * Fetches the page after this one. The future fails with {@link NoSuchElementException} if there is none
     * ({@link #hasNextPage()} is false), or with the {@code PayhawkException} of a failed fetch.
     */
    public CompletableFuture<AsyncPage<T>> nextPage() {
        if (!hasNextPage()) {
            return CompletableFuture.failedFuture(new NoSuchElementException("this is the last page"));
        }
        return fetch(nextSkip, fetchPageAt);
    }

    /**
     * Calls {@code action} for every item of this page and of the pages after it, in order, fetching each next
     * page once the action has seen the previous one. The future completes when the last item is done, or
     * fails with the first exception of a fetch or of the action, after which nothing more is fetched.
     * The action runs on the thread that completed the page's fetch (the HTTP client's): keep it short or
     * hand work off, and do not block it on another call of the same client.
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        CompletableFuture<Void> done = new CompletableFuture<>();
        walk(this, action, done);
        return done;
    }

    /** Visits pages in a loop while their fetches are already complete, so a long walk never deepens the stack. */
    private static <T> void walk(AsyncPage<T> start, Consumer<? super T> action, CompletableFuture<Void> done) {
        AsyncPage<T> current = start;
        while (true) {
            try {
                current.page.items().forEach(action);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                return;
            }
            if (!current.hasNextPage()) {
                done.complete(null);
                return;
            }
            CompletableFuture<AsyncPage<T>> next = current.nextPage();
            if (!next.isDone()) {
                next.whenComplete((page, failure) -> {
                    if (failure != null) {
                        done.completeExceptionally(unwrap(failure));
                    } else {
                        walk(page, action, done);
                    }
                });
                return;
            }
            try {
                current = next.join();
            } catch (CompletionException e) {
                done.completeExceptionally(unwrap(e));
                return;
            }
        }
    }

    private static <T> CompletableFuture<AsyncPage<T>> fetch(int skip, IntFunction<CompletableFuture<Page<T>>> fetchPageAt) {
        CompletableFuture<Page<T>> fetched;
        try {
            fetched = fetchPageAt.apply(skip);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return fetched.thenApply(page -> new AsyncPage<>(page, skip, fetchPageAt));
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    @Override
    public String toString() {
        return "AsyncPage{" + page.items().size() + " items from " + (nextSkip - page.items().size()) + " of " + page.total() + '}';
    }
}
