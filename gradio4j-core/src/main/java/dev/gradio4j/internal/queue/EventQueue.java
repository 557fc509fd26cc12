package dev.gradio4j.internal.queue;

import dev.gradio4j.internal.app.AppModel;
import dev.gradio4j.internal.app.DependencyModel;
import dev.gradio4j.internal.protocol.ServerMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The queue: events wait in arrival order and start as soon as their concurrency group has room
 * (each group runs at most its limit at once; events with no limit start at once). Each event
 * runs on its own virtual thread. Waiting events are told their position and ETA when they join,
 * then, while they wait, at most every {@link #RANK_INTERVAL} when their position changed: telling
 * every waiting event at every start would cost the square of the queue's length.
 *
 * <p>Thread-safe: joins, completions and cancels come from many threads; the waiting lists are
 * guarded by this object's lock, and handlers run outside it.
 */
public final class EventQueue implements AutoCloseable {
    static final Duration RANK_INTERVAL = Duration.ofMillis(250);

    private final EventRunner runner;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("gradio4j-event-", 0).factory());
    private final List<QueuedEvent> waiting = new ArrayList<>();
    private final Map<String, Integer> runningPerGroup = new HashMap<>();
    private final Set<QueuedEvent> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService rankUpdates = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "gradio4j-queue-ranks");
        thread.setDaemon(true);
        return thread;
    });
    private boolean ranksMoved;
    private volatile Integer maxSize;

    public EventQueue(EventRunner runner) {
        this.runner = runner;
        long interval = RANK_INTERVAL.toMillis();
        rankUpdates.scheduleWithFixedDelay(this::tellMovedRanks, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Sets the most events that may wait (null for no bound). */
    public void maxSize(Integer maxSize) {
        this.maxSize = maxSize;
    }

    /**
     * Adds an event; it starts when its group has room.
     *
     * @throws QueueFullException when {@link #maxSize} events are already waiting
     */
    public synchronized void submit(QueuedEvent event) throws QueueFullException {
        Integer max = maxSize;
        if (max != null && waiting.size() >= max) {
            throw new QueueFullException(max);
        }
        event.session().eventStarted();
        waiting.add(event);
        tellRank(event, waiting.size() - 1);
        dispatch();
    }

    /** Points waiting events at the functions of a reloaded app, matched by api name. */
    public synchronized void repoint(AppModel next) {
        for (QueuedEvent event : waiting) {
            String name = event.dependency().apiName();
            next.dependencies().stream().filter(d -> d.apiName().equals(name)).findFirst().ifPresent(event::repoint);
        }
    }

    /** Events waiting to start. */
    public synchronized int waitingCount() {
        return waiting.size();
    }

    private void dispatch() {
        boolean started = false;
        for (int i = 0; i < waiting.size(); ) {
            QueuedEvent head = waiting.get(i);
            DependencyModel dependency = head.dependency();
            String group = dependency.concurrencyGroup();
            Integer limit = dependency.concurrencyLimit();
            int active = runningPerGroup.getOrDefault(group, 0);
            if (limit != null && active >= limit) {
                i++;
                continue;
            }
            List<QueuedEvent> batch = takeBatch(i, dependency);
            runningPerGroup.merge(group, 1, Integer::sum);
            running.addAll(batch);
            workers.execute(() -> run(batch, group));
            started = true;
        }
        ranksMoved |= started;
    }

    private synchronized void tellMovedRanks() {
        if (!ranksMoved) {
            return;
        }
        ranksMoved = false;
        for (int rank = 0; rank < waiting.size(); rank++) {
            if (waiting.get(rank).toldRank != rank) {
                tellRank(waiting.get(rank), rank);
            }
        }
    }

    private void tellRank(QueuedEvent event, int rank) {
        event.toldRank = rank;
        event.send(estimation(event, rank));
    }

    private List<QueuedEvent> takeBatch(int index, DependencyModel dependency) {
        List<QueuedEvent> batch = new ArrayList<>();
        QueuedEvent head = waiting.remove(index);
        batch.add(head);
        // An event whose arguments were refused runs (and fails) alone.
        if (dependency.maxBatchSize() != null && head.invalidArguments() == null) {
            for (int j = index; j < waiting.size() && batch.size() < dependency.maxBatchSize(); ) {
                if (waiting.get(j).dependency() == dependency && waiting.get(j).invalidArguments() == null) {
                    batch.add(waiting.remove(j));
                } else {
                    j++;
                }
            }
        }
        return batch;
    }

    private void run(List<QueuedEvent> batch, String group) {
        try {
            batch.forEach(event -> event.runningOn(Thread.currentThread()));
            QueuedEvent first = batch.getFirst();
            if (first.dependency().maxBatchSize() == null || first.invalidArguments() != null) {
                runner.run(first);
            } else {
                runner.runBatch(batch);
            }
        } finally {
            running.removeAll(batch);
            synchronized (this) {
                runningPerGroup.merge(group, -1, Integer::sum);
                dispatch();
            }
        }
    }

    private ServerMessage estimation(QueuedEvent event, int rank) {
        Double average = runner.averageDuration(event.dependency());
        Integer limit = event.dependency().concurrencyLimit();
        int lanes = limit == null ? Integer.MAX_VALUE : limit;
        Double eta = average == null ? null : average * (rank / lanes + 1);
        return new ServerMessage.Estimation(event.id(), rank, waiting.size(), eta);
    }

    /**
     * Cancels events: a waiting one is removed and told it was cancelled, a running one is
     * interrupted. Matches by event id, or every event of the session's function when the id is
     * null (as Gradio does).
     *
     * @return whether anything was cancelled
     */
    public boolean cancel(String sessionHash, int fnIndex, String eventId) {
        List<QueuedEvent> removed = new ArrayList<>();
        synchronized (this) {
            waiting.removeIf(event -> {
                boolean match = matches(event, sessionHash, fnIndex, eventId);
                if (match) {
                    removed.add(event);
                }
                return match;
            });
        }
        removed.forEach(runner::completeCancelled);
        boolean any = !removed.isEmpty();
        for (QueuedEvent event : running) {
            if (matches(event, sessionHash, fnIndex, eventId)) {
                event.cancel();
                any = true;
            }
        }
        return any;
    }

    /** Cancels every event of a session whose client went away. */
    public void cancelSession(String sessionHash) {
        List<QueuedEvent> removed = new ArrayList<>();
        synchronized (this) {
            waiting.removeIf(event -> {
                boolean match = event.session().hash().equals(sessionHash);
                if (match) {
                    removed.add(event);
                }
                return match;
            });
        }
        removed.forEach(runner::completeCancelled);
        running.stream().filter(event -> event.session().hash().equals(sessionHash)).forEach(QueuedEvent::cancel);
    }

    private static boolean matches(QueuedEvent event, String sessionHash, int fnIndex, String eventId) {
        return event.session().hash().equals(sessionHash)
                && (eventId != null ? event.id().equals(eventId) : event.dependency().id() == fnIndex);
    }

    /** Stops all events and the workers. */
    @Override
    public void close() {
        synchronized (this) {
            waiting.clear();
        }
        running.forEach(QueuedEvent::cancel);
        rankUpdates.shutdownNow();
        workers.shutdownNow();
    }
}
