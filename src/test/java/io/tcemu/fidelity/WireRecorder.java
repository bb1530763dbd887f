package io.tcemu.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcemu.spec.ActionSpec;
import io.tcemu.spec.ApiSpecs;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Sits in the SDK clients of the tests (an OkHttp interceptor, so it sees what crossed the wire)
 * and checks every answer of an emulated action as it arrives: a success against the action's
 * output model ({@link ResponseWalker}), a refusal's code against what the action documents, the
 * common codes and api-specs/error-choices.json ({@link ErrorChoices}). A deviation fails the
 * call that received it, naming the action and what is wrong.
 */
public final class WireRecorder implements Interceptor {
    public static final WireRecorder INSTANCE = new WireRecorder();
    private static final ApiSpecs SPECS = ApiSpecs.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private WireRecorder() {
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        Optional<ActionSpec> action = action(request);
        if (action.isPresent() && response.isSuccessful()) {
            check(action.get(), JSON.readTree(response.peekBody(Long.MAX_VALUE).bytes()).path("Response"));
        }
        return response;
    }

    private static void check(ActionSpec action, JsonNode response) {
        String name = action.product() + "." + action.name();
        JsonNode error = response.path("Error");
        if (error.isObject()) {
            String code = error.path("Code").asText();
            if (!ErrorChoices.FILE.allows(action.product(), action.version(), action.name(), code)) {
                throw new AssertionError(name + " answered " + code + ", which it does not document, is not a common code,"
                        + " and is not a choice in api-specs/error-choices.json: " + error.path("Message").asText());
            }
            return;
        }
        List<String> problems = ResponseWalker.walk(action, response);
        if (!problems.isEmpty()) {
            throw new AssertionError(name + " answered what its output model does not say:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** The action the request names (X-TC-* headers, query string or form body), if the specs know it. */
    private static Optional<ActionSpec> action(Request request) throws IOException {
        String action = request.header("X-TC-Action");
        String version = request.header("X-TC-Version");
        if (action == null) {
            HttpUrl params = HttpUrl.get("http://form/?" + (request.body() == null ? request.url().encodedQuery() : form(request)));
            action = params.queryParameter("Action");
            version = params.queryParameter("Version");
        }
        if (action == null || version == null) {
            return Optional.empty();
        }
        List<String> products = SPECS.productsWithAction(version, action);
        return products.size() == 1 ? SPECS.action(products.get(0), version, action) : Optional.empty();
    }

    private static String form(Request request) throws IOException {
        Buffer body = new Buffer();
        request.body().writeTo(body);
        return body.readUtf8();
    }
}
