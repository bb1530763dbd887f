package io.tcemu.admin;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps web pages and other hosts' names away from the admin API, which can reset the emulator
 * and inject faults. A request must name the emulator itself as its Host (a loopback name, an
 * address of this machine, the bound host or an allowed origin's host), which defeats DNS
 * rebinding; a browser's Origin must be the emulator's own or one of the allowed CORS origins,
 * since a page's plain-text cross-origin POST needs no preflight; and with a token configured,
 * {@code Authorization: Bearer <token>} is required, except for the dashboard's files. Allowed origins get their preflight answered
 * and {@code Access-Control-Allow-Origin} on every answer.
 */
public final class AdminGuard implements Handler<RoutingContext> {
    private static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type";

    private final Set<String> ownHosts = new HashSet<>(Set.of("localhost", "127.0.0.1", "::1"));
    private final Set<String> corsOrigins = new HashSet<>();
    private final byte[] token;

    /**
     * @param boundHost the address the listeners bind
     * @param corsOrigins origins (scheme://host[:port]) whose pages may call the admin API
     * @param token the bearer token every admin call must send; null for none
     */
    public AdminGuard(String boundHost, List<String> corsOrigins, String token) {
        ownHosts.add(hostName(boundHost));
        for (String origin : corsOrigins) {
            URI uri = origin(origin).orElseThrow(() -> new IllegalArgumentException(
                    "a CORS origin is scheme://host[:port], not `" + origin + "`"));
            this.corsOrigins.add(canonical(uri));
            ownHosts.add(uri.getHost().toLowerCase(Locale.ROOT));
        }
        this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        // the authority is the Host header in HTTP/1.1 and :authority in HTTP/2
        String host = request.authority() == null ? null : request.authority().host();
        if (host == null || !isOwnHost(hostName(host))) {
            refuse(ctx, 403, "the admin API answers only requests addressed to the emulator itself (localhost, "
                    + "an address of this machine or the --host address), not Host `" + shorten(host)
                    + "`; allow another name with --cors");
            return;
        }
        String origin = request.getHeader("Origin");
        boolean cors = origin != null && corsOrigins.contains(origin.toLowerCase(Locale.ROOT));
        if (origin != null && !cors && !isOwnOrigin(origin, request)) {
            refuse(ctx, 403, "the admin API refuses calls from web pages of other origins, such as `" + shorten(origin)
                    + "`; allow one with --cors " + shorten(origin));
            return;
        }
        if (cors) {
            ctx.response().putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin");
            if (request.method() == HttpMethod.OPTIONS) {
                ctx.response().setStatusCode(204)
                        .putHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
                        .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                        .putHeader("Access-Control-Max-Age", "600").end();
                return;
            }
        }
        if (token != null && !isDashboardFile(ctx) && !bearerMatches(request.getHeader("Authorization"))) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"tcemu admin\"");
            refuse(ctx, 401, "the admin API needs the header `Authorization: Bearer <token>` with the token "
                    + "given by --admin-token");
            return;
        }
        ctx.next();
    }

    /**
     * The dashboard's own files: a browser cannot add the token to a page it opens, and they hold
     * no state; the page sends the token with every call it makes. Matched on the normalised path,
     * so no dot segment reaches another endpoint through it.
     */
    private static boolean isDashboardFile(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.GET && DashboardFiles.isFile(ctx.normalizedPath());
    }

    private boolean bearerMatches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] sent = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sent, token);
    }

    private boolean isOwnHost(String name) {
        return ownHosts.contains(name) || isLocalAddress(name);
    }

    /** An address literal of this machine; names are never resolved, so no DNS answer can make one local. */
    private static boolean isLocalAddress(String name) {
        if (!name.matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(name);
            return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }

    /** The emulator's own origin: one of its host names, on the port and scheme this request came in on. */
    private boolean isOwnOrigin(String origin, HttpServerRequest request) {
        Optional<URI> uri = origin(origin);
        if (uri.isEmpty() || !isOwnHost(uri.get().getHost().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String scheme = request.isSSL() ? "https" : "http";
        int port = uri.get().getPort() >= 0 ? uri.get().getPort() : (uri.get().getScheme().equals("https") ? 443 : 80);
        return uri.get().getScheme().equalsIgnoreCase(scheme) && request.localAddress() != null
                && port == request.localAddress().port();
    }

    private static Optional<URI> origin(String text) {
        try {
            URI uri = new URI(text.trim());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            return web && uri.getHost() != null && bare && uri.getRawQuery() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** An origin as browsers send it: lower case, no trailing slash. */
    private static String canonical(URI uri) {
        return (uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : ""))
                .toLowerCase(Locale.ROOT);
    }

    /** The name in a Host header or address: lower case, without port or IPv6 brackets. */
    private static String hostName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(1, close);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && h.indexOf(':', colon + 1) < 0 ? h.substring(0, colon) : h;
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static void refuse(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new io.vertx.core.json.JsonObject().put("error", message).encode());
    }
}
