import { afterEach, describe, expect, it } from "vitest";
import { loadChats } from "./chat-history";
import { SavedConversations } from "./saved-conversations.svelte";

const KEY = "test-history";
const message = (text: string) => ({ role: "user", content: [{ type: "text", text }] });

afterEach(() => localStorage.clear());

describe("SavedConversations", () => {
  it("keeps nothing, and offers no panel, without a history key", () => {
    const history = new SavedConversations(() => null);
    history.save(history.current, [message("hi")]);
    expect(history.enabled).toBe(false);
    expect(history.chats).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it("saves the conversation on screen, reads the store again on opening the panel, and reopens a copy", () => {
    const history = new SavedConversations(() => KEY);
    history.save(history.current, [message("first")]);
    expect(loadChats(localStorage, KEY).map((c) => c.id)).toEqual([history.current]);
    // Another tab saves its own.
    const other = new SavedConversations(() => KEY);
    other.save(other.current, [message("elsewhere")]);
    history.togglePanel();
    expect(history.panelOpen).toBe(true);
    expect(history.chats).toHaveLength(2);
    const theirs = history.chats.find((c) => c.id === other.current)!;
    const messages = history.reopen(theirs);
    expect(messages).toEqual(theirs.messages);
    expect(messages).not.toBe(theirs.messages);
    expect(history.current).toBe(other.current);
    expect(history.panelOpen).toBe(false);
  });

  it("removing the conversation on screen starts a new one", () => {
    const history = new SavedConversations(() => KEY);
    const first = history.current;
    history.save(first, [message("gone")]);
    history.remove(first);
    expect(history.chats).toEqual([]);
    expect(history.current).not.toBe(first);
  });
});
