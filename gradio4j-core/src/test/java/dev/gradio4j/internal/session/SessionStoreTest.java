package dev.gradio4j.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The session table's bounds, without HTTP: who goes when it is full, and who never does. */
class SessionStoreTest {
    static final Duration HOUR = Duration.ofHours(1);

    @Test
    void beyondTheCapacityTheLeastRecentlyUsedIdleSessionGoes() {
        SessionStore store = new SessionStore(2, 2, HOUR);
        Session a = store.get("session-a", "10.0.0.1", null);
        store.get("session-b", "10.0.0.2", null);
        store.get("session-a", "10.0.0.1", null);   // a is now the more recent
        store.get("session-c", "10.0.0.3", null);
        assertThat(store.find("session-a")).isSameAs(a);
        assertThat(store.find("session-b")).isNull();
    }

    @Test
    void whatASessionHoldsIsClosedWhenItEndsAndNotBefore() throws InterruptedException {
        SessionStore store = new SessionStore(1, 1, HOUR);
        var pushedOut = new java.util.concurrent.CountDownLatch(1);
        var second = new java.util.concurrent.CountDownLatch(1);
        var call = new java.util.concurrent.CountDownLatch(1);
        Session first = store.get("first-session", "10.0.0.1", null);
        first.closeAtEnd(pushedOut::countDown);
        first.eventStarted();
        first.eventEnded();
        assertThat(pushedOut.await(200, java.util.concurrent.TimeUnit.MILLISECONDS)).as("a kept session outlives its events").isFalse();
        store.get("second-session", "10.0.0.1", null).closeAtEnd(second::countDown);
        assertThat(pushedOut.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("closed when pushed out").isTrue();
        assertThat(second.getCount()).as("the session that pushed it out lives on").isEqualTo(1);
        Session unlisted = SessionStore.unlisted("call-session");
        unlisted.closeAtEnd(call::countDown);
        unlisted.eventStarted();
        unlisted.eventEnded();
        assertThat(call.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("a session kept nowhere ends with its call").isTrue();
    }

    @Test
    void aSessionWithPendingWorkOrAnOpenStreamNeverGoes() {
        SessionStore store = new SessionStore(2, 2, HOUR);
        store.get("busy-session", "10.0.0.1", null).eventStarted();
        store.get("open-session", "10.0.0.2", null).connected();
        assertThatThrownBy(() -> store.get("third-session", "10.0.0.3", null)).isInstanceOf(SessionStore.LimitReached.class)
                .hasMessageContaining("as many sessions as it may (2)")
                .satisfies(e -> assertThat(((SessionStore.LimitReached) e).perClient()).isFalse());
        assertThat(store.find("busy-session")).isNotNull();
        assertThat(store.find("open-session")).isNotNull();
    }

    @Test
    void aClientMakingSessionsAsFastAsItCanOnlyPushesOutItsOwn() {
        SessionStore store = new SessionStore(100, 5, HOUR);
        Session victim = store.get("victim-session", "10.0.0.1", null);
        for (int i = 0; i < 1_000; i++) {
            store.get("flood-" + i + "-session", "10.0.0.66", null);
        }
        assertThat(store.find("victim-session")).isSameAs(victim);
        assertThat(store.size()).isEqualTo(6);
    }

    @Test
    void aClientWhoseSessionsAreAllBusyIsRefusedAsTheClient() {
        SessionStore store = new SessionStore(100, 2, HOUR);
        store.get("first-session", "10.0.0.1", null).eventStarted();
        store.get("second-session", "10.0.0.1", null).eventStarted();
        assertThatThrownBy(() -> store.get("third-session", "10.0.0.1", null)).isInstanceOf(SessionStore.LimitReached.class)
                .satisfies(e -> assertThat(((SessionStore.LimitReached) e).perClient()).isTrue());
        assertThat(store.get("other-session", "10.0.0.2", null)).as("another client is not held back").isNotNull();
    }

    @Test
    void idleSessionsAreForgottenAndMakeRoomForTheirClient() throws InterruptedException {
        SessionStore store = new SessionStore(100, 1, Duration.ofMillis(10));
        store.get("old-session", "10.0.0.1", null);
        Thread.sleep(30);
        store.evictIdle();
        assertThat(store.size()).isZero();
        store.get("new-session", "10.0.0.1", null).eventStarted();
        assertThat(store.find("new-session")).isNotNull();
    }
}
