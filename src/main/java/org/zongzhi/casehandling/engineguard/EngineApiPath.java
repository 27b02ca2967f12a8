package org.zongzhi.casehandling.engineguard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Where a request to one of the engine's API doors goes: the engine's name and the resource path
 * after it ({@code task/42/complete}), read as the API's servlet matches it — decoded, without
 * ;parameters, slashes folded — so "%63omplete" is "complete" for everyone who looks.
 *
 * @param webapp whether it came through the webapps' {@code /camunda/api/...} (session login)
 *               rather than {@code /engine-rest} (basic auth)
 */
public record EngineApiPath(String engine, String path, boolean webapp) {

    static final String REST_PREFIX = "/engine-rest/";
    static final String WEBAPP_PREFIX = "/camunda/api/engine/engine/";

    /** The request's path below the context, normalised as above. */
    public static String normalised(HttpServletRequest request) {
        String uri = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                .replaceAll("/{2,}", "/");
        return uri.length() > 1 && uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** A request to {@code /engine-rest} or the webapps' engine API; empty for anything else. */
    public static Optional<EngineApiPath> of(HttpServletRequest request) {
        String uri = normalised(request);
        if (uri.startsWith(WEBAPP_PREFIX)) {
            return named(uri.substring(WEBAPP_PREFIX.length()), true);
        }
        if (uri.startsWith(REST_PREFIX)) {
            String rest = uri.substring(REST_PREFIX.length());
            return rest.startsWith("engine/") ? named(rest.substring("engine/".length()), false)
                    : Optional.of(new EngineApiPath("default", rest, false));
        }
        return Optional.empty();
    }

    /** {@code <engine>/<path>}: the engine's name, then the resource path. */
    public static Optional<EngineApiPath> named(String engineAndPath, boolean webapp) {
        int slash = engineAndPath.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(new EngineApiPath(engineAndPath.substring(0, slash),
                engineAndPath.substring(slash + 1), webapp));
    }
}
