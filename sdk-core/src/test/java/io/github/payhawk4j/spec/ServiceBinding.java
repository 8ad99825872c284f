package io.github.payhawk4j.spec;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.payhawk4j.service.RawResponse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ties a row of the reference table to the SDK: the blocking service interface and method it names, their
 * async twin ({@code service.async.<Name>Async}) and {@code withRawResponse()} form, how a client reaches the
 * service (any chain of accessors such as {@code client.account(id).suppliers()}, found by reflection), and a call
 * of the method with {@link SampleArguments} that sends the row's request to the {@link SpecBackedApi}.
 */
final class ServiceBinding {

    static final String SERVICE_PACKAGE = "io.github.payhawk4j.service";
    static final String ASYNC_PACKAGE = "io.github.payhawk4j.service.async";
    private static final String CLIENT_PACKAGE = "io.github.payhawk4j.client";
    private static final Set<String> NOT_ACCESSORS = Set.of("withOptions", "withRawResponse", "sync", "toString",
            "hashCode", "getClass");
    private static final int MAX_ACCESSOR_DEPTH = 5;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** Each row's binding (or why there is none), made once for all the spec-driven tests of a run. */
    private static final Map<String, Object> BINDINGS = new ConcurrentHashMap<>();

    private final SpecBackedApi api;
    private final SampleArguments samples;

    ServiceBinding(SpecBackedApi api) {
        this.api = api;
        this.samples = new SampleArguments(api.spec());
    }

    /** {@link #bind} on the {@link SpecBackedApi#shared() shared API}, once per row and test run. */
    static Bound bound(ApiReferenceTable.Row row, OpenApiDocument.SpecOperation operation) {
        Object binding = BINDINGS.computeIfAbsent(row.toString(), key -> {
            try {
                return new ServiceBinding(SpecBackedApi.shared()).bind(row, operation);
            } catch (AssertionError e) {
                return e;
            }
        });
        if (binding instanceof AssertionError failure) {
            throw new AssertionError(failure.getMessage(), failure);
        }
        return (Bound) binding;
    }

    /** The blocking interface {@code io.github.payhawk4j.service.<simpleName>}, or empty. */
    static Optional<Class<?>> blockingInterface(String simpleName) {
        return type(SERVICE_PACKAGE + "." + simpleName).filter(Class::isInterface);
    }

    /** The async twin {@code io.github.payhawk4j.service.async.<blocking>Async}, or empty. */
    static Optional<Class<?>> asyncInterface(Class<?> blocking) {
        return type(ASYNC_PACKAGE + "." + blocking.getSimpleName() + "Async").filter(Class::isInterface);
    }

    /** The {@code WithRawResponse} interface {@code service.withRawResponse()} returns, or empty. */
    static Optional<Class<?>> rawInterface(Class<?> service) {
        return Optional.ofNullable(method(service, "withRawResponse")).map(Method::getReturnType);
    }

    /** The public methods of {@code type} named {@code name}, by parameter list so the order is stable. */
    static List<Method> overloads(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(m -> Arrays.toString(m.getParameterTypes())))
                .toList();
    }

    /**
     * Calls the row's method through every route a client has to its service, overload by overload, until one
     * call sends exactly the row's request (and completes); then makes the same call through
     * {@code withRawResponse()}, the async twin and its {@code withRawResponse()}, which must send the same request.
     *
     * @throws AssertionError saying what each attempt sent, if none sends the row's request
     */
    Bound bind(ApiReferenceTable.Row row, OpenApiDocument.SpecOperation operation) {
        Class<?> blocking = blockingInterface(row.service())
                .orElseThrow(() -> new AssertionError(row + ": no interface " + SERVICE_PACKAGE + "." + row.service()));
        List<Method> overloads = overloads(blocking, row.method());
        if (overloads.isEmpty()) {
            throw new AssertionError(row + ": " + row.service() + " has no method " + row.method());
        }
        List<Route> routes = routes(api.client(), blocking);
        if (routes.isEmpty()) {
            throw new AssertionError(row + ": no accessor chain from PayhawkClient reaches " + row.service());
        }
        List<String> attempts = new ArrayList<>();
        for (Route route : routes) {
            for (Method method : overloads) {
                // Only what the spec requires first; every property if the method refuses that before sending.
                for (SampleArguments fill : List.of(samples, samples.withEveryProperty())) {
                    String kind = fill.setsEveryProperty() ? "[every property] " : "";
                    Object[] arguments;
                    try {
                        arguments = fill.forMethod(method, operation.requestSchema());
                    } catch (RuntimeException e) {
                        attempts.add(kind + route + "." + signature(method) + ": no sample arguments: " + describe(e)
                                + causes(e));
                        continue;
                    }
                    Call call = new Call(route, method, arguments);
                    Outcome outcome = call.run(route.service(), api);
                    Optional<String> mismatch = outcome.mismatch(operation, call.bound(), call.passed());
                    if (mismatch.isEmpty()) {
                        Bound bound = new Bound(row, operation, call, outcome.value());
                        checkOtherForms(bound);
                        return bound;
                    }
                    attempts.add(kind + call + ": " + mismatch.get());
                    if (!outcome.refusedBeforeSending()) {
                        break;
                    }
                }
            }
        }
        throw new AssertionError(row + ": no call of " + row.sdkMethod() + " sends " + operation.key()
                + ". Tried:\n  " + String.join("\n  ", attempts));
    }

    private void checkOtherForms(Bound bound) {
        Call call = bound.call();
        OpenApiDocument.SpecOperation operation = bound.operation();
        Method method = call.method();
        Class<?>[] parameters = method.getParameterTypes();
        List<String> failures = new ArrayList<>();

        Object raw = invokeQuietly(method(method.getDeclaringClass(), "withRawResponse"), call.route().service());
        Method rawMethod = method(rawInterface(method.getDeclaringClass()).orElseThrow(), method.getName(), parameters);
        failures.addAll(sameRequestAndValue("withRawResponse()." + method.getName(), raw, rawMethod, call, bound.value(), operation));

        Class<?> asyncType = asyncInterface(method.getDeclaringClass()).orElseThrow(
                () -> new AssertionError(bound.row() + ": no async twin " + ASYNC_PACKAGE + "." + bound.row().service() + "Async"));
        Object async = asyncRoute(call.route(), asyncType)
                .orElseThrow(() -> new AssertionError(bound.row() + ": no accessor chain from client.async() reaches "
                        + asyncType.getSimpleName())).service();
        Method asyncMethod = method(asyncType, method.getName(), parameters);
        if (asyncMethod == null) {
            failures.add(asyncType.getSimpleName() + " has no " + method.getName() + Arrays.toString(parameters));
        } else {
            failures.addAll(sameRequestAndValue("async()." + method.getName(), async, asyncMethod, call, bound.value(), operation));
            Object asyncRaw = invokeQuietly(method(asyncType, "withRawResponse"), async);
            failures.addAll(sameRequestAndValue("async().withRawResponse()." + method.getName(), asyncRaw,
                    method(rawInterface(asyncType).orElseThrow(), method.getName(), parameters), call, bound.value(), operation));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(bound.row() + ": " + String.join("; ", failures));
        }
    }

    private List<String> sameRequestAndValue(String form, Object target, Method method, Call blocking, Object expected,
                                             OpenApiDocument.SpecOperation operation) {
        if (method == null) {
            return List.of(form + " does not exist");
        }
        Call call = new Call(blocking.route(), method, blocking.arguments());
        Outcome outcome = call.run(target, api);
        Optional<String> mismatch = outcome.mismatch(operation, blocking.bound(), blocking.passed());
        if (mismatch.isPresent()) {
            return List.of(form + ": " + mismatch.get());
        }
        Object value = Call.settle(outcome.value() instanceof RawResponse<?> response ? response.value() : outcome.value());
        if (expected != null && !comparable(expected)) {
            return List.of();
        }
        if (expected != null && !(expected instanceof Collection<?>) && !expected.equals(value)
                || expected instanceof Collection<?> list && !List.copyOf(list).equals(value instanceof Collection<?> c ? List.copyOf(c) : value)) {
            return List.of(form + " returned " + value + " where the blocking call returned " + expected);
        }
        return List.of();
    }

    /** Whether {@code value} compares by value (a model, list, page or string), so forms can be compared. */
    private static boolean comparable(Object value) {
        try {
            return value.getClass().getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The route from {@code client.async()} that mirrors {@code route}, else the shortest one to {@code asyncType}. */
    private Optional<Route> asyncRoute(Route route, Class<?> asyncType) {
        List<Route> routes = routes(api.client(), asyncType);
        return routes.stream().filter(r -> r.steps().equals(withAsync(route.steps()))).findFirst()
                .or(() -> routes.stream().findFirst());
    }

    private static List<String> withAsync(List<String> steps) {
        List<String> mirrored = new ArrayList<>();
        mirrored.add("async()");
        mirrored.addAll(steps);
        return mirrored;
    }

    /**
     * Every chain of accessors (methods taking only strings and returning a client-package type or a
     * {@code *Service}/{@code *ServiceAsync} interface) from {@code client} to an instance of {@code target},
     * shortest first.
     */
    static List<Route> routes(Object client, Class<?> target) {
        List<Route> found = new ArrayList<>();
        Deque<Route> queue = new ArrayDeque<>();
        Map<String, String> bound = new LinkedHashMap<>();
        bound.put("accountId", SpecBackedApi.DEFAULT_ACCOUNT);
        queue.add(new Route(List.of(), client, client.getClass(), bound));
        while (!queue.isEmpty()) {
            Route route = queue.poll();
            if (route.type() == target) {
                found.add(route);
                continue;
            }
            if (route.steps().size() >= MAX_ACCESSOR_DEPTH) {
                continue;
            }
            List<Method> accessors = Arrays.stream(route.type().getMethods())
                    .filter(m -> !Modifier.isStatic(m.getModifiers()) && !NOT_ACCESSORS.contains(m.getName())
                            && isServiceOrScope(m.getReturnType())
                            && Arrays.stream(m.getParameterTypes()).allMatch(p -> p == String.class))
                    .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                    .toList();
            for (Method accessor : accessors) {
                Map<String, String> names = new LinkedHashMap<>(route.bound());
                Object[] arguments = new Object[accessor.getParameterCount()];
                Parameter[] parameters = accessor.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    arguments[i] = SampleArguments.string(parameters[i].getName());
                    names.put(parameters[i].getName(), (String) arguments[i]);
                }
                Object next = invokeQuietly(accessor, route.service(), arguments);
                if (next == null) {
                    continue;
                }
                List<String> steps = new ArrayList<>(route.steps());
                steps.add(accessor.getName() + "(" + String.join(", ", Arrays.stream(arguments).map(a -> "\"" + a + "\"").toList()) + ")");
                queue.add(new Route(steps, next, accessor.getReturnType(), names));
            }
        }
        return found;
    }

    private static boolean isServiceOrScope(Class<?> type) {
        String name = type.getSimpleName();
        return type.getPackageName().equals(CLIENT_PACKAGE) && !name.equals("Builder")
                || type.isInterface() && (type.getPackageName().equals(SERVICE_PACKAGE) || type.getPackageName().equals(ASYNC_PACKAGE))
                && (name.endsWith("Service") || name.endsWith("ServiceAsync"));
    }

    private static Object invokeQuietly(Method method, Object target, Object... arguments) {
        if (method == null) {
            return null;
        }
        try {
            method.setAccessible(true);
            return method.invoke(target, arguments);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method method = type.getMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    private static Optional<Class<?>> type(String name) {
        try {
            return Optional.of(Class.forName(name));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "("
                + String.join(", ", Arrays.stream(method.getGenericParameterTypes()).map(t -> t.getTypeName()
                .replaceAll("[a-z0-9_.]+\\.", "")).toList()) + ")";
    }

    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** What made building a sample fail, e.g. the field a request builder refused. */
    private static String causes(Throwable e) {
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = e.getCause(); cause != null && causes.length() < 1000; cause = cause.getCause()) {
            causes.append("; caused by ").append(describe(cause));
        }
        return causes.toString();
    }

    /**
     * How a client reaches a service.
     *
     * @param steps   the accessors called, e.g. {@code [account("accountId-42"), suppliers()]}
     * @param bound   the path variables those accessors set, by name (the default account's id included)
     */
    record Route(List<String> steps, Object service, Class<?> type, Map<String, String> bound) {

        @Override
        public String toString() {
            return "client" + (steps.isEmpty() ? "" : "." + String.join(".", steps));
        }
    }

    /** The call of {@code method} on a route's service with sample {@code arguments}. */
    record Call(Route route, Method method, Object[] arguments) {

        /** Path variables the call sets by name: the route's, and the method's string parameters. */
        Map<String, String> bound() {
            Map<String, String> bound = new LinkedHashMap<>(route.bound());
            Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (arguments[i] instanceof String value) {
                    bound.put(parameters[i].getName(), value);
                }
            }
            return bound;
        }

        /** Every string the call passed: a path variable must be one of them. */
        Set<String> passed() {
            return new LinkedHashSet<>(bound().values());
        }

        Outcome run(Object target, SpecBackedApi api) {
            api.takeRequests();
            Object value = null;
            Throwable failure = null;
            try {
                value = settle(method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                failure = e.getCause();
            } catch (CompletionException e) {
                failure = e.getCause() == null ? e : e.getCause();
            } catch (ReflectiveOperationException | RuntimeException e) {
                failure = e;
            }
            return new Outcome(value, failure, api.takeRequests());
        }

        /** The value as a caller sees it: a future joined, a lazily paging iterable walked. */
        static Object settle(Object value) {
            if (value instanceof CompletionStage<?> stage) {
                return settle(stage.toCompletableFuture().join());
            }
            if (value instanceof Optional<?> optional) {
                return optional.orElse(null);
            }
            if (value instanceof Iterable<?> iterable && !(value instanceof Collection<?>)) {
                List<Object> items = new ArrayList<>();
                iterable.forEach(items::add);
                return items;
            }
            return value;
        }

        @Override
        public String toString() {
            return route + "." + method.getName() + "(" + String.join(", ", Arrays.stream(arguments)
                    .map(a -> a instanceof String s ? "\"" + s + "\"" : String.valueOf(a)).toList()) + ")";
        }
    }

    /** What a call returned or threw, and the requests it sent. */
    record Outcome(Object value, Throwable failure, List<LoggedRequest> requests) {

        /** Whether the method refused its arguments (as a request builder would) before sending anything. */
        boolean refusedBeforeSending() {
            return requests.isEmpty() && (failure instanceof IllegalArgumentException
                    || failure instanceof IllegalStateException || failure instanceof NullPointerException);
        }

        /** Why this is not the operation's request and a completed call, or empty if it is. */
        Optional<String> mismatch(OpenApiDocument.SpecOperation operation, Map<String, String> bound, Set<String> passed) {
            if (requests.isEmpty()) {
                return Optional.of("sent nothing" + (failure == null ? "" : ", threw " + describe(failure)));
            }
            Pattern template = template(operation.path());
            for (LoggedRequest request : requests) {
                String path = URI.create(request.getUrl()).getRawPath();
                String sent = request.getMethod().getName() + " " + path;
                if (!request.getMethod().getName().equals(operation.method()) || !path.startsWith(OpenApiDocument.BASE_PATH)) {
                    return Optional.of("sent " + sent);
                }
                Matcher matcher = template.matcher(path.substring(OpenApiDocument.BASE_PATH.length()));
                if (!matcher.matches()) {
                    return Optional.of("sent " + sent);
                }
                List<String> variables = variables(operation.path());
                for (int i = 0; i < variables.size(); i++) {
                    String variable = variables.get(i);
                    String value = URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8);
                    if (bound.containsKey(variable) ? !bound.get(variable).equals(value) : !passed.contains(value)) {
                        return Optional.of("sent " + sent + " with {" + variable + "} = \"" + value + "\", not "
                                + (bound.containsKey(variable) ? "\"" + bound.get(variable) + "\"" : "one of " + passed));
                    }
                }
            }
            if (operation.requestSchema() != null && requests.get(0).getBody().length == 0) {
                return Optional.of("sent " + operation.key() + " without the request body the spec documents ("
                        + operation.requestMediaType() + ")");
            }
            if (failure != null) {
                return Optional.of("sent " + operation.key() + " but threw " + describe(failure)
                        + " on the spec-valid answer");
            }
            return Optional.empty();
        }

        private static Pattern template(String path) {
            StringBuilder regex = new StringBuilder();
            Matcher matcher = VARIABLE.matcher(path);
            int last = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(path.substring(last, matcher.start()))).append("([^/]+)");
                last = matcher.end();
            }
            return Pattern.compile(regex.append(Pattern.quote(path.substring(last))).toString());
        }

        private static List<String> variables(String path) {
            List<String> names = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }

    /** A row bound to the call that sends its request, with the value that call returned. */
    record Bound(ApiReferenceTable.Row row, OpenApiDocument.SpecOperation operation, Call call, Object value) {

        /** Calls the bound method again (e.g. after the answer changed) and returns what it returns. */
        Object callAgain(SpecBackedApi api) {
            Outcome outcome = call.run(call.route().service(), api);
            if (outcome.failure() != null) {
                throw new AssertionError(row + ": " + call + " threw " + describe(outcome.failure()), outcome.failure());
            }
            return outcome.value();
        }
    }
}
