package io.github.payhawk4j.json;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.model.expense.DistanceUnit;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.MileageRateType;
import io.github.payhawk4j.model.expense.MileageThresholdType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new client's first read of an expense: the response reader ({@link PayhawkJson#withModelRoots}) takes the
 * models' own readers without Jackson introspecting any of the models they read (which cost a first
 * {@code get(id)} more than the read itself), looks up a nested model's field types only when a document has that
 * model, and reads what the mapper reads.
 */
class ModelRootReaderTest {

    /** Records every class Jackson introspects for a deserializer; answers nothing, so the mapper is unchanged. */
    private static final class Introspected extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;
        final transient List<Class<?>> classes = new CopyOnWriteArrayList<>();

        @Override
        public Object findDeserializer(Annotated annotated) {
            if (annotated instanceof AnnotatedClass) {
                classes.add(annotated.getRawType());
            }
            return null;
        }
    }

    private static byte[] fullExpense() throws IOException {
        try (InputStream in = Objects.requireNonNull(ModelRootReaderTest.class.getResourceAsStream("/model/expense-full.json"))) {
            return in.readAllBytes();
        }
    }

    private static ObjectMapper watchedMapper(Introspected introspected) {
        ObjectMapper mapper = PayhawkJson.newObjectMapper();
        mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(introspected,
                mapper.getDeserializationConfig().getAnnotationIntrospector()));
        return mapper;
    }

    @Test
    void theFirstReadOfAnExpenseIntrospectsNoModelThatHasAReaderAndReadsWhatTheMapperReads() throws IOException {
        Introspected introspected = new Introspected();
        ObjectMapper mapper = watchedMapper(introspected);
        // As the client makes it: the root deserializer is not fetched when the reader is made.
        ObjectReader reader = PayhawkJson.withModelRoots(mapper.reader()
                .without(DeserializationFeature.EAGER_DESERIALIZER_FETCH).forType(Expense.class));

        Expense expense = reader.readValue(fullExpense());

        // Jackson still looks at the field types that have no reader of their own (strings, instants, open enums).
        assertThat(introspected.classes).as("introspected").isNotEmpty()
                .noneMatch(type -> ModelReaders.readerOf(type) != null);
        assertThat(expense).isEqualTo(PayhawkJson.newObjectMapper().readValue(fullExpense(), Expense.class));
    }

    @Test
    void aNestedModelsFieldTypesAreLookedUpOnlyWhenADocumentHasThatModel() throws IOException {
        ObjectNode withoutMileage = (ObjectNode) PayhawkJson.newObjectMapper().readTree(fullExpense());
        withoutMileage.remove("mileage");
        byte[] noMileage = PayhawkJson.newObjectMapper().writeValueAsBytes(withoutMileage);
        List<Class<?>> mileageOnly = List.of(DistanceUnit.class, MileageRateType.class, MileageThresholdType.class);
        Introspected introspected = new Introspected();
        ObjectMapper mapper = watchedMapper(introspected);
        ObjectReader reader = PayhawkJson.withModelRoots(mapper.reader()
                .without(DeserializationFeature.EAGER_DESERIALIZER_FETCH).forType(Expense.class));

        Expense expense = reader.readValue(noMileage);

        assertThat(expense.mileage()).isNull();
        assertThat(introspected.classes).as("introspected without mileage").doesNotContainAnyElementsOf(mileageOnly);

        // The same reader, given an expense with mileage, looks them up then and reads what the mapper reads.
        Expense withMileage = reader.readValue(fullExpense());

        assertThat(introspected.classes).as("introspected with mileage").containsAll(mileageOnly);
        assertThat(withMileage).isEqualTo(PayhawkJson.newObjectMapper().readValue(fullExpense(), Expense.class));
    }

    @Test
    void threadsThatAllReadFirstThroughOneNewReaderEachGetTheWholeExpense() throws Exception {
        byte[] json = fullExpense();
        Expense expected = PayhawkJson.newObjectMapper().readValue(json, Expense.class);
        int threads = 8;
        ObjectReader reader = PayhawkJson.withModelRoots(PayhawkJson.newObjectMapper().reader()
                .without(DeserializationFeature.EAGER_DESERIALIZER_FETCH).forType(Expense.class));
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Expense>> reads = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return reader.<Expense>readValue(json);
                }));
            }
            for (Future<Expense> read : reads) {
                assertThat(read.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutItJacksonIntrospectsTheModels() throws IOException {
        Introspected introspected = new Introspected();
        ObjectMapper mapper = watchedMapper(introspected);

        mapper.readValue(fullExpense(), Expense.class);

        assertThat(introspected.classes).as("introspected").contains(Expense.class);
    }

    @Test
    void aMapperWithoutTheModelReadersKeepsItsReader() {
        ObjectMapper builderPath = PayhawkJson.newObjectMapper(false);
        ObjectReader reader = builderPath.readerFor(Expense.class);

        assertThat(PayhawkJson.withModelRoots(reader)).isSameAs(reader);
    }
}
