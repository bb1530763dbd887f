package io.tcemu.admin;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's files, from the jar's ui/ folder, each with its content type. Only plain names
 * (index.html, app.js…) are served, so no path reaches anything else on the classpath.
 */
final class DashboardFiles implements Handler<RoutingContext> {
    static final String PATH = "/_tcemu/ui";
    private static final Pattern FILE = Pattern.compile(Pattern.quote(PATH) + "/([a-z]+\\.(html|js|css))?");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    private final Map<String, Optional<Buffer>> files = new ConcurrentHashMap<>();

    /** Whether a (normalised) path names one of the dashboard's files, or the page itself. */
    static boolean isFile(String path) {
        return path.equals(PATH) || FILE.matcher(path).matches();
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.equals(PATH)) {
            // the page's relative links need the trailing slash
            ctx.redirect(PATH + "/");
            return;
        }
        Matcher file = FILE.matcher(path);
        String name = !file.matches() ? null : file.group(1) == null ? "index.html" : file.group(1);
        Optional<Buffer> content = name == null ? Optional.empty() : files.computeIfAbsent(name, DashboardFiles::load);
        if (content.isEmpty()) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Content-Type", TYPES.get(name.substring(name.lastIndexOf('.') + 1)))
                .putHeader("Cache-Control", "no-cache").end(content.get());
    }

    private static Optional<Buffer> load(String name) {
        try (InputStream in = DashboardFiles.class.getClassLoader().getResourceAsStream("ui/" + name)) {
            return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboard's " + name + " from the jar", e);
        }
    }
}
