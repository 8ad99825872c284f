package io.github.payhawk4j;

import io.github.payhawk4j.client.PayhawkClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API is what {@code module-info.java} exports, and nothing in it leaks the internals: read from the
 * compiled {@code module-info.class} and the compiled classes of the exported packages, as a user's compiler
 * and IDE see them.
 */
class PublicApiTest {

    private static final String ROOT = "io.github.payhawk4j";
    private static final Set<String> EXPORTED = Set.of(
            "io.github.payhawk4j.client", "io.github.payhawk4j.error", "io.github.payhawk4j.json",
            "io.github.payhawk4j.model", "io.github.payhawk4j.model.deposit", "io.github.payhawk4j.model.expense",
            "io.github.payhawk4j.model.purchaseorder", "io.github.payhawk4j.model.supplier",
            "io.github.payhawk4j.model.webhook", "io.github.payhawk4j.query", "io.github.payhawk4j.service",
            "io.github.payhawk4j.service.async", "io.github.payhawk4j.observation",
            "io.github.payhawk4j.model.account", "io.github.payhawk4j.model.fundaccount", "io.github.payhawk4j.model.user",
            "io.github.payhawk4j.model.card", "io.github.payhawk4j.model.team",
            "io.github.payhawk4j.model.customfield", "io.github.payhawk4j.model.masterdata", "io.github.payhawk4j.sync");

    private static Path classes;
    private static ModuleDescriptor module;
    private static List<Class<?>> publicTypes;

    @BeforeAll
    static void readCompiledModule() throws IOException, URISyntaxException {
        classes = Path.of(PayhawkClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        publicTypes = new ArrayList<>();
        for (String pkg : module.exports().stream().map(ModuleDescriptor.Exports::source).toList()) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = pkg + "." + file.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                    if (isVisible(type)) {
                        publicTypes.add(type);
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theModuleExportsTheUserFacingPackagesAndNotTheTransport() throws IOException {
        assertThat(module.name()).isEqualTo("io.github.payhawk4j.core");
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isFalse());
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source)).containsExactlyInAnyOrderElementsOf(EXPORTED);

        Set<String> internal = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class") && !file.endsWith("module-info.class"))
                    .forEach(file -> internal.add(classes.relativize(file.getParent()).toString().replace('/', '.')));
        }
        internal.removeAll(EXPORTED);
        assertThat(internal).containsExactlyInAnyOrder("io.github.payhawk4j.http", "io.github.payhawk4j.operation");
    }

    @Test
    void jacksonMayReflectOnEveryModelPackageAndOnlyThere() {
        Map<String, Set<String>> opens = module.opens().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets));

        assertThat(opens.keySet()).containsExactlyInAnyOrderElementsOf(
                EXPORTED.stream().filter(p -> p.startsWith(ROOT + ".model")).toList());
        assertThat(opens.values()).allSatisfy(targets -> assertThat(targets).containsExactly("com.fasterxml.jackson.databind"));
    }

    @Test
    void noPublicSignatureMentionsAnInternalTypeOrJacksonsJavaType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicTypes) {
            checkTypes(type, "extends", Stream.ofNullable(type.getGenericSuperclass()).toList(), leaks);
            checkTypes(type, "implements", List.of(type.getGenericInterfaces()), leaks);
            for (Member member : apiMembers(type)) {
                checkTypes(type, member.getName(), typesOf(member), leaks);
            }
        }

        assertThat(publicTypes).hasSizeGreaterThan(100);
        assertThat(leaks).isEmpty();
    }

    @Test
    void thereAreNoAsyncTwinsAsyncIsAView() {
        List<String> twins = publicTypes.stream()
                .flatMap(type -> apiMembers(type).stream()
                        .filter(member -> member instanceof Method && member.getName().endsWith("Async"))
                        .map(member -> type.getName() + "#" + member.getName()))
                .toList();

        assertThat(twins).isEmpty();
        assertThat(publicTypes).map(Class::getSimpleName)
                .contains("ExpenseService", "ExpenseServiceAsync", "PayhawkClientAsync", "AsyncPage", "RawResponse");
    }

    @Test
    void servicesAreInterfacesSoTheyHaveNoPublicConstructor() {
        List<Class<?>> services = publicTypes.stream()
                .filter(type -> type.getPackageName().startsWith(ROOT + ".service"))
                .filter(type -> type.getSimpleName().contains("Service") || type.getSimpleName().equals("WithRawResponse"))
                .toList();

        // every service comes with its async view, and both with their raw-response views
        List<String> names = services.stream().map(Class::getName).toList();
        assertThat(services).filteredOn(type -> type.getPackageName().equals(ROOT + ".service") && type.getSimpleName().endsWith("Service"))
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(service -> assertThat(names).as(service.getName()).contains(
                        service.getName() + "$WithRawResponse",
                        ROOT + ".service.async." + service.getSimpleName() + "Async",
                        ROOT + ".service.async." + service.getSimpleName() + "Async$WithRawResponse"));
        assertThat(services).filteredOn(type -> !type.getSimpleName().equals("WithRawResponse")
                        && type.getPackageName().equals(ROOT + ".service.async"))
                .allSatisfy(async -> assertThat(names).as(async.getName())
                        .contains(ROOT + ".service." + async.getSimpleName().replaceFirst("Async$", "")));
        assertThat(services).allSatisfy(service -> assertThat(service.isInterface()).as(service.getName()).isTrue());
        assertThat(publicTypes).filteredOn(type -> type.getPackageName().startsWith(ROOT + ".client"))
                .allSatisfy(type -> assertThat(type.getConstructors()).as(type.getName()).isEmpty());
    }

    private static void checkTypes(Class<?> owner, String where, List<Type> types, List<String> leaks) {
        for (Type type : types) {
            for (Class<?> used : rawClassesIn(type)) {
                String pkg = used.getPackageName();
                if ((pkg.startsWith(ROOT) && !EXPORTED.contains(pkg)) || used.getName().equals("com.fasterxml.jackson.databind.JavaType")) {
                    leaks.add(owner.getName() + " " + where + ": " + used.getName());
                }
            }
        }
    }

    /** Public and protected constructors, methods and fields a user can reach; protected ones only on extendable types. */
    private static List<Member> apiMembers(Class<?> type) {
        boolean extendable = !Modifier.isFinal(type.getModifiers()) && !type.isInterface()
                && Stream.of(type.getDeclaredConstructors()).anyMatch(c -> !Modifier.isPrivate(c.getModifiers()));
        Function<Integer, Boolean> reachable = modifiers -> Modifier.isPublic(modifiers)
                || (extendable && Modifier.isProtected(modifiers));
        List<Member> members = new ArrayList<>();
        Stream.of(type.getDeclaredConstructors()).filter(c -> reachable.apply(c.getModifiers())).forEach(members::add);
        Stream.of(type.getDeclaredMethods()).filter(m -> !m.isSynthetic() && reachable.apply(m.getModifiers()))
                .forEach(members::add);
        Stream.of(type.getDeclaredFields()).filter(f -> !f.isSynthetic() && reachable.apply(f.getModifiers()))
                .forEach(members::add);
        return members;
    }

    private static List<Type> typesOf(Member member) {
        List<Type> types = new ArrayList<>();
        if (member instanceof Executable executable) {
            types.addAll(List.of(executable.getGenericParameterTypes()));
            types.addAll(List.of(executable.getGenericExceptionTypes()));
            types.addAll(List.of(executable.getTypeParameters()));
        }
        if (member instanceof Method method) {
            types.add(method.getGenericReturnType());
        }
        if (member instanceof Field field) {
            types.add(field.getGenericType());
        }
        return types;
    }

    private static Set<Class<?>> rawClassesIn(Type type) {
        Set<Class<?>> found = new java.util.HashSet<>();
        collect(type, found, new java.util.HashSet<>());
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> raw) {
            found.add(raw.isArray() ? raw.getComponentType() : raw);
        } else if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), found, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, found, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
                    .forEach(bound -> collect(bound, found, seen));
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), found, seen);
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                collect(bound, found, seen);
            }
        }
    }

    /** A public top-level type, or a public nested type of one. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }
}
