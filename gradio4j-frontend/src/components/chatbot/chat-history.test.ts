import { describe, expect, it } from "vitest";
import { MAX_SAVED, chatTitle, loadChats, removeChat, saveChat, storeChats, when } from "./chat-history";

const user = (text: string) => ({ role: "user", content: [{ type: "text", text }] });
const assistant = (text: string) => ({ role: "assistant", content: [{ type: "text", text }] });

describe("saved conversations", () => {
  it("are titled by their first question, shortened", () => {
    expect(chatTitle([assistant("Hi!"), user("What is   gradio4j?"), user("later")])).toBe("What is gradio4j?");
    expect(chatTitle([user("x".repeat(80))])).toBe(`${"x".repeat(57)}…`);
    expect(chatTitle([{ role: "user", content: [{ type: "file", file: { path: "/a.png" } }] }])).toBe("Attachment");
    expect(chatTitle([])).toBe("New chat");
  });

  it("go to the top when saved, replace their older version, and stay within the limit", () => {
    let chats = saveChat([], "a", [user("first")], 1);
    chats = saveChat(chats, "b", [user("second")], 2);
    chats = saveChat(chats, "a", [user("first"), assistant("answer")], 3);
    expect(chats.map((c) => [c.id, c.updated, c.messages.length])).toEqual([["a", 3, 2], ["b", 2, 1]]);
    expect(saveChat(chats, "b", [], 4).map((c) => c.id)).toEqual(["a"]);
    expect(removeChat(chats, "a").map((c) => c.id)).toEqual(["b"]);

    let many = chats;
    for (let i = 0; i < MAX_SAVED + 5; i++) many = saveChat(many, `n${i}`, [user(`q${i}`)], 10 + i);
    expect(many).toHaveLength(MAX_SAVED);
    expect(many[0].id).toBe(`n${MAX_SAVED + 4}`);
  });

  it("round-trip through storage, and corrupt or missing storage reads as none", () => {
    const chats = saveChat([], "a", [user("kept")], 5);
    storeChats(localStorage, "k", chats);
    expect(loadChats(localStorage, "k")).toEqual(chats);
    localStorage.setItem("bad", "{not json");
    expect(loadChats(localStorage, "bad")).toEqual([]);
    localStorage.setItem("odd", JSON.stringify([{ id: 1 }, ...chats]));
    expect(loadChats(localStorage, "odd")).toEqual(chats);
    expect(loadChats(null, "k")).toEqual([]);
    const full = { setItem: () => { throw new Error("QuotaExceededError"); } } as unknown as Storage;
    expect(() => storeChats(full, "k", chats)).not.toThrow();
  });

  it("make room by dropping the oldest conversations when the storage is full", () => {
    let many: ReturnType<typeof saveChat> = [];
    for (let i = 0; i < 8; i++) many = saveChat(many, `c${i}`, [user(`question ${i}`)], i);
    const written: string[] = [];
    const small = {
      setItem: (_key: string, value: string) => {
        if (value.length > 400) throw new Error("QuotaExceededError");
        written.push(value);
      },
    } as unknown as Storage;
    storeChats(small, "k", many);
    const kept = JSON.parse(written.at(-1)!).map((c: { id: string }) => c.id);
    expect(kept[0]).toBe("c7");
    expect(kept.length).toBeLessThan(8);
  });

  it("say how long ago", () => {
    const now = Date.UTC(2026, 10, 21, 12);
    expect(when(now - 10_000, now)).toBe("just now");
    expect(when(now - 5 * 60_000, now)).toBe("5 min ago");
    expect(when(now - 3 * 3600_000, now)).toBe("3 h ago");
    expect(when(now - 3 * 86400_000, now)).toBe(new Date(now - 3 * 86400_000).toLocaleDateString());
  });
});
