package dev.gradio4j.internal.server;

import dev.gradio4j.Request;
import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.app.ComponentModel;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.app.InputModel;
import dev.gradio4j.internal.protocol.ServerMessage;
import dev.gradio4j.internal.queue.QueuedEvent;
import dev.gradio4j.internal.session.Session;
import dev.gradio4j.internal.session.SessionStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Turns a request body into a {@link QueuedEvent}: finds the dependency, checks visibility,
 * checks the arguments against the inputs (count, then each component's shape), so that bad
 * input is refused with a 4xx before anything is queued.
 */
final class Submissions {
    private Submissions() {}

    static DependencyModel byIndex(AppModel app, Object fnIndex) {
        if (!(fnIndex instanceof Number number)) {
            throw new HttpError(400, fnIndex == null ? "No function index provided (fn_index)." : "fn_index must be a number.");
        }
        DependencyModel dependency = app.dependency(number.intValue());
        if (dependency == null || !dependency.backendFn()) {
            throw new HttpError(404, "No backend function with fn_index " + fnIndex + "; see /config for the dependencies.");
        }
        return dependency;
    }

    static DependencyModel byName(AppModel app, String apiName) {
        DependencyModel dependency = app.dependency(apiName);
        if (dependency == null || dependency.isPrivate()) {
            throw new HttpError(404, "No API endpoint named /" + apiName + "; see /gradio_api/info for the endpoints.");
        }
        return dependency;
    }

    /** Arguments that do not fit the dependency's inputs: a 422 on the plain HTTP routes. */
    static final class InvalidArguments extends HttpError {
        InvalidArguments(String message) {
            super(422, message);
        }
    }

    /**
     * The payloads for each component input, state positions filled with null. Callers may send
     * one value per input, or leave out the state and other non-API inputs (as both clients do).
     *
     * @throws InvalidArguments naming the argument that is missing, extra or of the wrong shape
     */
    static List<Object> arguments(DependencyModel dependency, Object data) {
        if (!(data instanceof List<?> given)) {
            throw new InvalidArguments(data == null ? "Missing \"data\": a list with one value per input."
                    : "\"data\" must be a list with one value per input.");
        }
        List<ComponentModel> inputs = dependency.componentInputs();
        long visible = inputs.stream().filter(c -> !c.isState()).count();
        List<Object> payloads;
        if (given.size() == inputs.size()) {
            payloads = new ArrayList<>(given);
        } else if (given.size() == visible) {
            payloads = new ArrayList<>();
            int next = 0;
            for (ComponentModel input : inputs) {
                payloads.add(input.isState() ? null : given.get(next++));
            }
        } else {
            throw new InvalidArguments("/" + dependency.apiName() + " takes " + visible + " argument" + (visible == 1 ? "" : "s")
                    + " (" + describe(inputs) + "), but " + given.size() + " were given.");
        }
        int i = 0;
        for (int k = 0; k < dependency.inputs().size(); k++) {
            if (!(dependency.inputs().get(k) instanceof InputModel.FromComponent(ComponentModel input))) {
                continue;
            }
            int position = i++;
            if (input.isState()) {
                payloads.set(position, null);
                continue;
            }
            String problem = input.codec().validate(payloads.get(position));
            if (problem != null) {
                String name = dependency.parameterNames().get(k);
                throw new InvalidArguments("Invalid argument " + (name != null ? "'" + name + "'" : "#" + (position + 1))
                        + " for /" + dependency.apiName() + ": " + problem + ".");
            }
        }
        return payloads;
    }

    private static String describe(List<ComponentModel> inputs) {
        List<String> names = inputs.stream().filter(c -> !c.isState())
                .map(c -> c.label() != null ? c.label() + ": " + c.apiComponent() : c.apiComponent()).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    static QueuedEvent event(DependencyModel dependency, List<Object> payloads, Object eventData, Session session,
                             HttpServletRequest request, String rootUrl, boolean fullValues, Consumer<ServerMessage> sink) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return new QueuedEvent(id, session, dependency, Collections.unmodifiableList(payloads), eventData,
                request(request, session.hash()), rootUrl, fullValues, sink);
    }

    @SuppressWarnings("unchecked")
    static Request request(HttpServletRequest request, String sessionHash) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), Collections.list(request.getHeaders(name)));
        }
        Map<String, List<String>> query = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
        return new Request(sessionHash, request.getRemoteAddr(), Map.copyOf(headers), Map.copyOf(query),
                (String) request.getAttribute(AuthRoutes.USER), request.getRequestURI(),
                (Map<String, Object>) request.getAttribute(AuthRoutes.CLAIMS));
    }

    /** Whether the caller identifies as an API client (the official clients send {@code x-gradio-user: api}). */
    static boolean isApiCaller(HttpServletRequest request) {
        return "api".equalsIgnoreCase(request.getHeader("x-gradio-user"));
    }

    /**
     * A client's session hash, checked: it is the only secret between a session and the others,
     * so it must be long enough not to be guessed (the official clients make 10 to 36 characters).
     */
    static String sessionHash(Object value) {
        if (!(value instanceof String hash) || hash.isBlank()) {
            throw new HttpError(400, "Session hash not found: send a non-empty \"session_hash\".");
        }
        if (hash.length() < 8 || hash.length() > 200 || !hash.matches("[A-Za-z0-9_-]+")) {
            throw new HttpError(400, "A session hash is 8 to 200 letters, digits, '-' or '_' (a random string, as the"
                    + " official clients make); got " + hash.length() + " characters.");
        }
        return hash;
    }

    /** The session with this hash, made on first use for the requesting client. */
    static Session session(AppRuntime runtime, String hash, HttpServletRequest request) {
        String user = (String) request.getAttribute(AuthRoutes.USER);
        Session session;
        try {
            session = runtime.sessions.get(hash, runtime.origins.clientAddress(request), user);
        } catch (SessionStore.LimitReached e) {
            throw new HttpError(e.perClient() ? 429 : 503, e.getMessage(), 5);
        }
        if (!java.util.Objects.equals(session.user(), user)) {
            throw new HttpError(403, "This session belongs to another user: make a session hash of your own.");
        }
        return session;
    }
}
