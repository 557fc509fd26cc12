package dev.gradio4j.client;

import dev.gradio4j.client.GradioClientException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to one app (or to the Hugging Face Hub): the JDK client with a cookie store (the login's
 * cookie, and any cookie a load balancer uses to keep a session on one replica), the options'
 * headers and token on every request, JSON both ways, and each failure turned into a
 * {@link GradioClientException} that names the URL. HTTP/1.1 only: Gradio's server (uvicorn)
 * speaks nothing else.
 *
 * <p>Thread-safe: jobs, their event stream and the heartbeat share it.
 */
final class Transport implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http;
    private final ClientOptions options;
    private final String appUrl;
    private final String tokenHeader;

    /** HTTP to the app: the token goes as {@code X-HF-Authorization}, as Gradio's Python client sends it. */
    Transport(String appUrl, ClientOptions options) {
        this(appUrl, options, "X-HF-Authorization");
    }

    /** HTTP to {@code url}, the token sent in the header {@code tokenHeader}. */
    Transport(String url, ClientOptions options, String tokenHeader) {
        this.appUrl = url;
        this.options = options;
        this.tokenHeader = tokenHeader;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
    }

    /** The app's URL, without a trailing slash. */
    String appUrl() {
        return appUrl;
    }

    /** A GET answered with JSON (decoded to maps, lists and boxed scalars). */
    Answer get(String url) {
        return send(request(url).GET().build());
    }

    /** A POST of a JSON body, answered with JSON. */
    Answer postJson(String url, Object body) {
        return send(request(url).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
    }

    /** A POST of an urlencoded form, as a browser's login form sends it. */
    Answer postForm(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)).build());
    }

    /** A POST of one file as the multipart field {@code field}, answered with JSON. */
    Answer postFile(String url, String field, FileInput file) {
        String boundary = "gradio4j-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + file.name().replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        BodyPublisher content;
        Path path = file.path();
        try {
            content = path != null ? BodyPublishers.ofFile(path) : BodyPublishers.ofByteArray(file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        BodyPublisher body = BodyPublishers.concat(BodyPublishers.ofString(head), content, BodyPublishers.ofString(tail));
        return send(request(url).header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build());
    }

    /**
     * A GET whose body is read as it comes (an event stream, a file download): the caller
     * closes the stream. Fails on any status but 200.
     */
    InputStream open(String url, @Nullable String accept) {
        HttpRequest.Builder builder = request(url).GET();
        if (accept != null) {
            builder.header("Accept", accept);
        }
        HttpResponse<InputStream> response = exchange(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(2000), StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = "";
            }
            throw statusFailure(url, response.statusCode(), body);
        }
        return response.body();
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(options.requestTimeout());
        if (options.token() != null) {
            builder.header(tokenHeader, "Bearer " + options.token());
        }
        options.headers().forEach(builder::header);
        return builder;
    }

    private Answer send(HttpRequest request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(request.uri().toString(), response.statusCode(), response.body());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        String url = request.uri().toString();
        try {
            return http.send(request, handler);
        } catch (HttpConnectTimeoutException e) {
            throw new GradioClientException(Kind.APP_DOWN, "No connection to " + url + " within " + options.connectTimeout()
                    + ": check that the app is running and the address is right.", e);
        } catch (HttpTimeoutException e) {
            throw new GradioClientException(Kind.TIMEOUT, url + " did not answer within " + options.requestTimeout()
                    + ": the app is busy or stuck; retry, or allow more with ClientOptions.withRequestTimeout.", e);
        } catch (ConnectException e) {
            throw new GradioClientException(Kind.APP_DOWN, "Cannot connect to " + url + " (" + describe(e)
                    + "): start the app, or check the address and port.", e);
        } catch (IOException e) {
            throw new GradioClientException(Kind.APP_DOWN, "The connection to " + url + " failed (" + describe(e)
                    + "): the app may have stopped; check that it is running, then retry.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GradioClientException(Kind.CANCELLED, "Interrupted while waiting for " + url, e);
        }
    }

    /** An answer that is not what was asked for, in words a user can act on. */
    static GradioClientException statusFailure(String url, int status, String body) {
        String detail = detail(body);
        return switch (status) {
            case 401, 403 -> new GradioClientException(Kind.LOGIN_REFUSED, url + " refused the request (" + status + detail
                    + "): the app needs a login (ClientOptions.withLogin) or, for a private Space, a token (ClientOptions.withToken).");
            case 404 -> new GradioClientException(Kind.API_CHANGED, url + " does not exist (404" + detail
                    + "): the app's API may have changed; connect again, or check the URL.");
            case 422 -> new GradioClientException(Kind.VALIDATION, "The app refused the arguments (422" + detail + ").");
            case 429 -> new GradioClientException(Kind.QUEUE_FULL, url + " answered 429 (too many requests" + detail
                    + "): wait a little, then retry.");
            case 503 -> new GradioClientException(Kind.QUEUE_FULL, url + " answered 503 (busy" + detail
                    + "): the app's queue is full or it is starting; retry later.");
            default -> new GradioClientException(status >= 500 ? Kind.APP_DOWN : Kind.API_CHANGED, url + " answered " + status + detail
                    + (status >= 500 ? ": the app failed; check its log, then retry." : ": this client did not expect that."));
        };
    }

    /** The {@code detail} of a FastAPI error, or the start of the body: ", because ...". */
    private static String detail(String body) {
        if (body.isBlank()) {
            return "";
        }
        Object detail;
        try {
            detail = JSON.readValue(body, Object.class);
        } catch (JacksonException notJson) {
            detail = body.length() > 200 ? body.substring(0, 200) + "..." : body;
        }
        if (detail instanceof Map<?, ?> map && map.containsKey("detail")) {
            detail = map.get("detail");
            if (detail instanceof Map<?, ?> inner && inner.get("error") != null) {
                detail = inner.get("error");
            }
        }
        if (detail instanceof List<?> problems) {   // a validator's verdicts, or FastAPI's
            return ": " + problems.stream()
                    .filter(p -> !(p instanceof Map<?, ?> verdict && Boolean.TRUE.equals(verdict.get("is_valid"))))
                    .map(Transport::problem).collect(Collectors.joining("; "));
        }
        return ": " + (detail instanceof String text ? text : Values.display(detail));
    }

    private static String problem(@Nullable Object problem) {
        if (problem instanceof Map<?, ?> map) {
            Object name = map.get("parameter_name") != null ? map.get("parameter_name") : map.get("loc");
            Object message = map.get("message") != null ? map.get("message") : map.get("msg");
            return (name != null ? name + ": " : "") + message;
        }
        return String.valueOf(problem);
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static Object parse(String json) {
        return JSON.readValue(json, Object.class);
    }

    /** Stops every request in flight (event streams, the heartbeat) and the client's threads. */
    @Override
    public void close() {
        http.shutdownNow();
    }

    /** An HTTP answer: its status and body. */
    record Answer(String url, int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON, when the status is 2xx; else the failure the status means. */
        Object json() {
            if (!ok()) {
                throw statusFailure(url, status, body);
            }
            try {
                return parse(body);
            } catch (JacksonException e) {
                throw new GradioClientException(Kind.API_CHANGED, url + " answered with something that is not JSON ("
                        + (body.length() > 80 ? body.substring(0, 80) + "..." : body) + "): is this a Gradio app?", e);
            }
        }

        /** The JSON object of a 2xx body; anything else is a change of API. */
        Map<String, Object> object() {
            if (json() instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked") Map<String, Object> object = (Map<String, Object>) map;
                return object;
            }
            throw new GradioClientException(Kind.API_CHANGED, url + " answered with JSON that is not an object: " + Values.display(json()));
        }

        List<?> list() {
            if (json() instanceof List<?> list) {
                return list;
            }
            throw new GradioClientException(Kind.API_CHANGED, url + " answered with JSON that is not a list: " + Values.display(json()));
        }
    }
}
