package io.github.payhawk4j.webhooks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's packages depend one way (request → verify → parse → dedupe → dispatch), read from the compiled
 * classes; and {@code internal} stays internal: no type of it appears in a public signature of an API package.
 */
class PackageStructureTest {

    private static final String ROOT = "io/github/payhawk4j/webhooks";
    private static final Pattern REFERENCE = Pattern.compile(Pattern.quote(ROOT) + "((?:/[a-z]+)*)/[A-Z]");

    /** For each package ("" is the root package), the other packages of this module it may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "", Set.of("event", "key", "delivery", "internal", "observation"),
            "event", Set.of("internal"),
            "key", Set.of("internal"),
            "delivery", Set.of("internal"),
            "internal", Set.of("observation"),
            "observation", Set.of("event"),
            "servlet", Set.of("", "internal"),
            "inbox", Set.of("", "event", "delivery", "internal", "observation"),
            "catchup", Set.of("", "event", "delivery", "internal", "observation"),
            "testing", Set.of("", "key"));

    @Test
    void packagesDependOneWayWithoutCycles() throws Exception {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path classFile : classFiles()) {
            String pkg = packageOf(classFile);
            Set<String> used = uses.computeIfAbsent(pkg, any -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1));
            while (reference.find()) {
                String usedPackage = reference.group(1).isEmpty() ? "" : reference.group(1).substring(1);
                if (!usedPackage.equals(pkg)) {
                    used.add(usedPackage);
                }
            }
        }

        assertThat(uses.keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        assertThat(uses.get("")).as("the root package uses the events").contains("event");
        uses.forEach((pkg, used) -> assertThat(used).as("packages used by '%s'", pkg).isSubsetOf(ALLOWED.get(pkg)));
    }

    @Test
    void noPublicSignatureOfAnApiPackageMentionsAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        int publicTypes = 0;
        for (Path classFile : classFiles()) {
            if (packageOf(classFile).equals("internal")) {
                continue;
            }
            Class<?> type = Class.forName(className(classFile), false, getClass().getClassLoader());
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            publicTypes++;
            List<Type> exposed = new ArrayList<>();
            exposed.add(type.getGenericSuperclass());
            exposed.addAll(List.of(type.getGenericInterfaces()));
            for (Field field : type.getDeclaredFields()) {
                if (isVisible(field)) {
                    exposed.add(field.getGenericType());
                }
            }
            for (Executable executable : Stream.concat(Stream.of(type.getDeclaredMethods()),
                    Stream.of(type.getDeclaredConstructors())).toList()) {
                if (isVisible(executable)) {
                    exposed.addAll(List.of(executable.getGenericParameterTypes()));
                    exposed.addAll(List.of(executable.getGenericExceptionTypes()));
                    if (executable instanceof java.lang.reflect.Method method) {
                        exposed.add(method.getGenericReturnType());
                    }
                }
            }
            for (Type each : exposed) {
                if (mentionsInternal(each)) {
                    leaks.add(type.getName() + " exposes " + each.getTypeName());
                }
            }
        }

        assertThat(publicTypes).as("public types found").isGreaterThan(30);
        assertThat(leaks).isEmpty();
    }

    private static boolean isVisible(Member member) {
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    private static boolean mentionsInternal(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.getPackageName().startsWith("io.github.payhawk4j.webhooks.internal");
        }
        if (type instanceof ParameterizedType parameterized) {
            return mentionsInternal(parameterized.getRawType())
                    || Stream.of(parameterized.getActualTypeArguments()).anyMatch(PackageStructureTest::mentionsInternal);
        }
        if (type instanceof GenericArrayType array) {
            return mentionsInternal(array.getGenericComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
                    .anyMatch(PackageStructureTest::mentionsInternal);
        }
        return false;
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(WebhookVerifier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<Path> classFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(classesRoot().resolve(ROOT))) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.class"))
                    .sorted()
                    .toList();
        }
    }

    /** "" for the root package, else the sub-package path below it, such as "event". */
    private static String packageOf(Path classFile) throws URISyntaxException {
        Path relative = classesRoot().resolve(ROOT).relativize(classFile.getParent());
        return relative.toString().replace('\\', '/');
    }

    private static String className(Path classFile) throws URISyntaxException {
        String relative = classesRoot().relativize(classFile).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }
}
