package io.github.payhawk4j.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list Payhawk replaces as a whole ({@code PUT}): a plan with changes is applied as one call sending the ERP's
 * list plus Payhawk's items the ERP does not manage (so they are kept); an empty plan sends nothing.
 */
final class WholeListTarget<D, R> implements SyncTarget<D, R> {

    private final Supplier<List<R>> list;
    private final Consumer<List<D>> replace;
    private final Function<R, D> kept;

    WholeListTarget(Supplier<List<R>> list, Consumer<List<D>> replace, Function<R, D> kept) {
        this.list = list;
        this.replace = replace;
        this.kept = kept;
    }

    @Override
    public List<R> list() {
        return list.get();
    }

    @Override
    public void apply(SyncPlan<D, R> plan, int[] applied) {
        if (plan.isEmpty()) {
            return;
        }
        List<D> merged = new ArrayList<>(plan.desired());
        plan.unmanaged().stream().map(kept).forEach(merged::add);
        replace.accept(merged);
        applied[0] = plan.changes();
    }
}
