package io.github.payhawk4j.sync;

import io.github.payhawk4j.error.NotFoundException;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A list changed one item per call (custom field values): a POST per create, a PATCH per update, a DELETE per
 * delete, in that order, so a sync that stops part-way has removed nothing the ERP still has a replacement for.
 */
final class ItemByItemTarget<D, R> implements SyncTarget<D, R> {

    private final Supplier<List<R>> list;
    private final Consumer<D> create;
    private final BiConsumer<R, D> update;
    private final Consumer<R> delete;

    ItemByItemTarget(Supplier<List<R>> list, Consumer<D> create, BiConsumer<R, D> update, Consumer<R> delete) {
        this.list = list;
        this.create = create;
        this.update = update;
        this.delete = delete;
    }

    @Override
    public List<R> list() {
        return list.get();
    }

    @Override
    public void apply(SyncPlan<D, R> plan, int[] applied) {
        for (D item : plan.creates()) {
            create.accept(item);
            applied[0]++;
        }
        for (SyncUpdate<D, R> change : plan.updates()) {
            update.accept(change.current(), change.desired());
            applied[0]++;
        }
        for (R item : plan.deletes()) {
            try {
                delete.accept(item);
            } catch (NotFoundException alreadyGone) {
                // deleted by someone else meanwhile: what the plan wanted
            }
            applied[0]++;
        }
    }
}
