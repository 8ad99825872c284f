package io.github.payhawk4j.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sandbox API's route table: finds the route and path variables for a method and path. */
final class Router {

    /** A route that fits a request, with the decoded path variables. */
    record Match(Route route, Map<String, String> variables) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route that needs an API key. */
    Router add(String method, String template, Endpoint endpoint) {
        routes.add(Route.of(method, template, true, endpoint));
        return this;
    }

    /** Adds a route anyone may call, like the public key. */
    Router addPublic(String method, String template, Endpoint endpoint) {
        routes.add(Route.of(method, template, false, endpoint));
        return this;
    }

    /** The route for this method and raw (still percent-encoded) path. */
    Optional<Match> find(String method, String rawPath) {
        List<String> segments = Arrays.stream(stripTrailingSlash(rawPath).substring(1).split("/", -1))
                .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
                .toList();
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Optional<Map<String, String>> variables = route.match(segments);
                if (variables.isPresent()) {
                    return Optional.of(new Match(route, variables.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether some route serves this path with another method. */
    boolean knowsPath(String rawPath) {
        return routes.stream()
                .map(Route::method)
                .distinct()
                .anyMatch(method -> find(method, rawPath).isPresent());
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
