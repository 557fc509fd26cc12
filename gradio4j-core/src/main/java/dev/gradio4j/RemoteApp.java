package dev.gradio4j;

import dev.gradio4j.client.Client;
import dev.gradio4j.client.ClientOptions;
import dev.gradio4j.client.FileInput;
import dev.gradio4j.client.GradioClientException;
import dev.gradio4j.client.Job;
import dev.gradio4j.client.JobUpdate;
import dev.gradio4j.client.RemoteFile;
import dev.gradio4j.client.Result;
import dev.gradio4j.internal.app.Codec;
import dev.gradio4j.internal.app.DirectCall;
import dev.gradio4j.internal.app.EventContext;
import dev.gradio4j.internal.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The other app behind a {@link Gr#load loaded} one: its clients, and the calls of its endpoints.
 *
 * <p>One client (one session of the remote) serves the calls when the remote keeps no
 * {@code gr.State}; when it does, each browser session here gets a client of its own, so that
 * two users never share the remote's state (Gradio's own {@code gr.load} shares one, reset when a
 * page loads). A session's client is closed when the session ends here (idle, pushed out, or its
 * one call done for a call without a session), so its state on the remote goes with it. At most
 * {@value #SESSIONS} such clients are open: past that the least recently used one is closed, and
 * its session starts afresh on the remote. Calls may come from any thread.
 */
final class RemoteApp {
    static final int SESSIONS = 64;
    /** The start of a URL of this server that fetches a file of the remote ({@code ProxyRoutes}). */
    static final String PROXY = "/gradio_api/proxy=";
    final Client client;
    final ClientOptions options;
    private final String url;
    private final boolean stateful;
    private final Map<Session, Client> sessions = new LinkedHashMap<>(16, 0.75f, true);

    RemoteApp(Client client, ClientOptions options, boolean stateful) {
        this.client = client;
        this.url = client.viewApi().url();
        this.options = options;
        this.stateful = stateful;
    }

    /**
     * One endpoint as a loaded dependency calls it.
     *
     * @param fixed     for each remote parameter, the value to send when no local input stands for it
     *                  (a component gradio4j could not build: its initial value), else null
     * @param localArgs for each remote parameter, the index of the local input giving it, or -1
     * @param kept      for each value the endpoint returns, the index of the local output showing it, or -1
     */
    record Endpoint(RemoteApp app, String apiName, boolean streaming, List<@Nullable Object> fixed, int[] localArgs,
                    int[] kept, int outputs) {

        @Nullable Object call(List<@Nullable Object> args) {
            @Nullable Object[] remote = new Object[localArgs.length];
            for (int i = 0; i < localArgs.length; i++) {
                remote[i] = localArgs[i] < 0 ? fixed.get(i) : args.get(localArgs[i]);
            }
            EventContext event = EventContext.CURRENT.get();
            try {
                Job job = app.clientFor(event).submit("/" + apiName, remote);
                Iterator<List<@Nullable Object>> steps = steps(job, event);
                if (!streaming) {
                    List<@Nullable Object> last = null;
                    while (steps.hasNext()) {
                        last = steps.next();
                    }
                    return last;
                }
                return StreamSupport.stream(Spliterators.spliteratorUnknownSize(steps, Spliterator.ORDERED), false)
                        .onClose(() -> {
                            if (!job.status().stage().isDone()) {
                                job.cancel();
                            }
                        });
            } catch (GradioClientException e) {
                throw served(event) ? new GradioError(e.getMessage()) : e;
            }
        }

        /** The job's results as local output values; its toasts are passed on to the event here. */
        private Iterator<List<@Nullable Object>> steps(Job job, @Nullable EventContext event) {
            Iterator<JobUpdate> updates = job.iterator();
            return new Iterator<>() {
                private @Nullable List<@Nullable Object> next;

                @Override
                public boolean hasNext() {
                    try {
                        while (next == null && updates.hasNext()) {
                            switch (updates.next()) {
                                case JobUpdate.Output output -> next = local(output.result());
                                case JobUpdate.Log log when event != null ->
                                        event.log(log.level(), log.message(), log.title() != null ? log.title() : title(log.level()), 10.0, true);
                                default -> { }
                            }
                        }
                        if (next == null) {
                            job.result();   // the job ended: throws its failure, if it failed
                        }
                    } catch (GradioClientException e) {
                        throw served(event) ? new GradioError(e.getMessage()) : e;
                    }
                    return next != null;
                }

                @Override
                public List<@Nullable Object> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    List<@Nullable Object> step = next;
                    next = null;
                    return step;
                }
            };
        }

        private List<@Nullable Object> local(Result result) {
            List<@Nullable Object> values = new ArrayList<>(java.util.Collections.nCopies(outputs, null));
            for (int i = 0; i < kept.length && i < result.size(); i++) {
                if (kept[i] >= 0) {
                    values.set(kept[i], result.get(i));
                }
            }
            return values;
        }

        private static String title(String level) {
            return level.isEmpty() ? "Info" : Character.toUpperCase(level.charAt(0)) + level.substring(1);
        }
    }

    /** Whether the call serves a browser or API client of the local app (not {@code app.call}). */
    private static boolean served(@Nullable EventContext event) {
        return event != null && !(event instanceof DirectCall);
    }

    private Client clientFor(@Nullable EventContext event) {
        Session session = served(event) ? event.session() : null;
        if (!stateful || session == null) {
            return client;
        }
        Client stale = null;
        Client found;
        synchronized (sessions) {
            found = sessions.get(session);
            if (found == null) {
                found = Client.connect(url, options);
                sessions.put(session, found);
                session.closeAtEnd(() -> forget(session));
                if (sessions.size() > SESSIONS) {
                    Iterator<Client> eldest = sessions.values().iterator();
                    stale = eldest.next();
                    eldest.remove();
                }
            }
        }
        if (stale != null) {
            stale.close();
        }
        return found;
    }

    /** A local session ended: so does its session on the remote. */
    private void forget(Session session) {
        Client ended;
        synchronized (sessions) {
            ended = sessions.remove(session);
        }
        if (ended != null) {
            ended.close();
        }
    }

    /**
     * The conversions of a loaded component: a payload goes to the remote as it came (Gradio's
     * {@code preprocess=False}), but an uploaded file, which is uploaded to the remote; a value
     * from the remote comes back as it is, but a file, which is published here.
     */
    static final Codec WIRE = new Codec() {
        @Override
        public @Nullable String validate(Object payload) {
            return null;   // the remote app checks
        }

        @Override
        public @Nullable Object preprocess(@Nullable Object payload, ValueContext context) {
            return switch (payload) {
                case null -> null;
                case Map<?, ?> map when map.get("path") instanceof String && isFile(map) && proxiedUrl(map) != null -> {
                    Map<Object, @Nullable Object> copy = new LinkedHashMap<>(map);   // the remote's own file: it has it
                    copy.put("url", proxiedUrl(map));
                    yield copy;
                }
                case Map<?, ?> map when map.get("path") instanceof String && isFile(map) -> FileInput.of(context.resolve(FileData.fromPayload(map)));
                case Map<?, ?> map -> {
                    Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
                    map.forEach((k, v) -> copy.put(k, preprocess(v, context)));
                    yield copy;
                }
                case List<?> list -> list.stream().map(item -> preprocess(item, context)).toList();
                default -> payload;
            };
        }

        @Override
        public @Nullable Object postprocess(@Nullable Object value, ValueContext context) throws Exception {
            switch (value) {
                case null -> {
                    return null;
                }
                case RemoteFile file -> {
                    Path download = Files.createTempFile("gradio4j-load-", ".part");
                    try {
                        return context.publish(file.download(download), file.name()).toPayload();
                    } finally {
                        Files.deleteIfExists(download);
                    }
                }
                case Path path -> {
                    return context.publish(path, null).toPayload();
                }
                case Map<?, ?> map -> {
                    Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        copy.put(entry.getKey(), postprocess(entry.getValue(), context));
                    }
                    return copy;
                }
                case List<?> list -> {
                    List<@Nullable Object> copy = new ArrayList<>();
                    for (Object item : list) {
                        copy.add(postprocess(item, context));
                    }
                    return copy;
                }
                default -> {
                    return value;
                }
            }
        }
    };

    /** The remote's URL of a file the page got through this server's proxy (a loaded initial value), or null. */
    private static @Nullable String proxiedUrl(Map<?, ?> file) {
        if (!(file.get("url") instanceof String url)) {
            return null;
        }
        int at = url.indexOf(PROXY);
        return at < 0 ? null : url.substring(at + PROXY.length()).replaceFirst("^(?i)(https?):/+", "$1://");
    }

    /** A FileData payload: Gradio marks one with {@code meta._type}; a page may send only the path and name. */
    private static boolean isFile(Map<?, ?> map) {
        return map.get("meta") instanceof Map<?, ?> meta ? "gradio.FileData".equals(meta.get("_type"))
                : map.containsKey("url") || map.containsKey("orig_name");
    }
}
