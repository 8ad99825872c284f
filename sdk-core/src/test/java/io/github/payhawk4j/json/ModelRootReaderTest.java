package io.github.payhawk4j.json;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import io.github.payhawk4j.model.expense.Expense;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new client's first read of an expense: the response reader ({@link PayhawkJson#withModelRoots}) takes the
 * models' own readers without Jackson introspecting any of the models they read (which cost a first
 * {@code get(id)} more than the read itself), and reads what the mapper reads.
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
