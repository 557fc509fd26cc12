import { describe, expect, it } from "vitest";
import {
  editedValue, fileKind, formatDuration, frameThrottle, groupByRole, groupText, isBlank, keepUnchanged, lastOf, messageText, messageValue,
  nestThoughts, normaliseMessages, partMedia, type ChatMessage,
} from "./chat";

const file = (name: string, mime: string | null = null) => ({ path: `/tmp/${name}`, url: `http://h/file=/tmp/${name}`, orig_name: name, mime_type: mime });
const text = (t: string) => ({ type: "text", text: t });
const msg = (role: string, content: unknown, metadata: unknown = null) => ({ role, content, metadata, options: null });

describe("normaliseMessages", () => {
  it("keeps the wire's typed parts and each message's index", () => {
    const [user, bot] = normaliseMessages([
      { role: "user", metadata: null, options: null, content: [{ type: "file", file: file("cat.png", "image/png"), alt_text: "a cat" }, text("see")] },
      { role: "assistant", metadata: { title: "Done", status: "done" }, options: [{ value: "yes", label: "Yes" }], content: [text("ok")] },
    ]);
    expect(user).toEqual({
      index: 0, role: "user", metadata: null, options: null,
      content: [{ type: "file", file: file("cat.png", "image/png"), alt_text: "a cat" }, { type: "text", text: "see" }],
    });
    expect(bot.metadata).toEqual({ title: "Done", status: "done" });
    expect(bot.options).toEqual([{ value: "yes", label: "Yes" }]);
  });

  it("also takes a plain string, a single part, a FileData or a component as content", () => {
    const messages = normaliseMessages([
      { role: "user", content: "hello" },
      { role: "assistant", content: text("single") },
      { role: "assistant", content: file("a.pdf") },
      { role: "assistant", content: { file: file("b.mp3", "audio/mpeg") } },
      { role: "assistant", content: { component: "json", value: { a: 1 } } },
      { role: "assistant", content: null },
    ]);
    expect(messages.map((m) => m.content)).toEqual([
      [{ type: "text", text: "hello" }],
      [{ type: "text", text: "single" }],
      [{ type: "file", file: file("a.pdf"), alt_text: null }],
      [{ type: "file", file: file("b.mp3", "audio/mpeg"), alt_text: null }],
      [{ type: "component", component: "json", value: { a: 1 }, props: {}, alt_text: null }],
      [],
    ]);
  });

  it("leaves out what is not a message, keeping the others' wire index", () => {
    expect(normaliseMessages(null)).toEqual([]);
    expect(normaliseMessages("x")).toEqual([]);
    const messages = normaliseMessages([null, { role: "robot", content: "x" }, { role: "system", content: ["be brief", 42] }]);
    expect(messages).toEqual([{ index: 2, role: "system", metadata: null, options: null, content: [{ type: "text", text: "be brief" }] }]);
  });
});

describe("nestThoughts and groupByRole", () => {
  const messages = normaliseMessages([
    msg("user", "weather?"),
    msg("assistant", "thinking", { title: "Plan", id: 1, status: "done" }),
    msg("assistant", "calling", { title: "Tool", id: 2, parent_id: 1 }),
    msg("assistant", "sunny", { title: "Result", id: 3, parent_id: 2 }),
    msg("assistant", "orphan", { title: "Lost", parent_id: 99 }),
    msg("system", "hidden"),
    msg("assistant", "It is sunny."),
    msg("user", "thanks"),
  ]);

  it("nests thoughts under the thought their parent_id names, at any depth", () => {
    const roots = nestThoughts(messages);
    expect(roots.map((n) => n.message.index)).toEqual([0, 1, 4, 5, 6, 7]);
    expect(roots[1].children.map((n) => n.message.index)).toEqual([2]);
    expect(roots[1].children[0].children.map((n) => n.message.index)).toEqual([3]);
  });

  it("groups consecutive messages of one side into a bubble, without system messages", () => {
    const groups = groupByRole(nestThoughts(messages));
    expect(groups.map((g) => [g.role, g.nodes.map((n) => n.message.index)])).toEqual([
      ["user", [0]], ["assistant", [1, 4, 6]], ["user", [7]],
    ]);
    expect(groupByRole(nestThoughts(messages), false).map((g) => g.nodes.length)).toEqual([1, 1, 1, 1, 1]);
    expect(groupText(groups[1])).toBe("It is sunny.");
  });

  it("finds the last message of a role", () => {
    expect(lastOf(messages, "user")?.index).toBe(7);
    expect(lastOf(messages.slice(1, 3), "user")).toBeNull();
  });
});

describe("keepUnchanged", () => {
  const bubbles = (value: unknown[]) => groupByRole(nestThoughts(normaliseMessages(value)));
  const history = [
    msg("user", "weather?"),
    msg("assistant", "thinking", { title: "Plan", id: 1 }),
    msg("assistant", "calling", { title: "Tool", id: 2, parent_id: 1 }),
    msg("assistant", [text("Here:"), { type: "file", file: file("map.png", "image/png") }]),
    msg("user", "and tomorrow?"),
  ];

  it("keeps the bubbles of a streamed answer's frame that did not change, and takes the one that grew", () => {
    const before = bubbles([...history, msg("assistant", "Rain")]);
    const after = keepUnchanged(bubbles([...history, msg("assistant", "Rain at noon")]), before);
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    after.slice(0, 3).forEach((group, i) => expect(group).toBe(before[i]));
    expect(after[3]).not.toBe(before[3]);
    expect(groupText(after[3])).toBe("Rain at noon");
  });

  it("takes a bubble anew when a thought, a file, a role or the messages' positions changed", () => {
    const before = bubbles(history);
    const changed = [
      [msg("user", "weather?"), msg("assistant", "thinking", { title: "Plan", id: 1, status: "done" }), ...history.slice(2)],
      [...history.slice(0, 2), msg("assistant", "called", { title: "Tool", id: 2, parent_id: 1 }), ...history.slice(3)],
      [...history.slice(0, 3), msg("assistant", [text("Here:"), { type: "file", file: file("map2.png", "image/png") }]), history[4]],
      [msg("system", "be brief"), ...history],
    ];
    for (const value of changed) expect(keepUnchanged(bubbles(value), before)[1]).not.toBe(before[1]);
    expect(keepUnchanged(bubbles(history), before)).toEqual(before);
  });
});

describe("message values", () => {
  const [one, two, blank, thought] = normaliseMessages([
    msg("assistant", "only text"),
    msg("user", [{ type: "file", file: file("a.png") }, text("caption")]),
    msg("assistant", [text(" ")]),
    msg("assistant", [], { title: "Searching", status: "pending" }),
  ]);

  it("is the text or file of a one-part message, and the list of a longer one", () => {
    expect(messageValue(one)).toBe("only text");
    expect(messageValue(two)).toEqual([file("a.png"), "caption"]);
  });

  it("tells an answer that has not started (blank) from a thought with no text yet", () => {
    expect(isBlank(blank)).toBe(true);
    expect(isBlank(thought)).toBe(false);
    expect(isBlank(one)).toBe(false);
  });
});

describe("files in messages", () => {
  it("shows a file by its MIME type, else its extension", () => {
    expect(fileKind(file("x", "image/webp"))).toBe("image");
    expect(fileKind(file("x", "audio/wav"))).toBe("audio");
    expect(fileKind(file("x.mp3", "video/mp4"))).toBe("video");
    expect(fileKind(file("x.mp4", "application/pdf"))).toBe("file");
    expect(fileKind(file("song.FLAC"))).toBe("audio");
    expect(fileKind(file("clip.webm"))).toBe("video");
    expect(fileKind(file("photo.jpg"))).toBe("image");
    expect(fileKind(file("notes.txt"))).toBe("file");
  });

  it("finds the files of a file part and of an embedded Image, Video, Audio or File", () => {
    const parts = (content: unknown) => normaliseMessages([msg("assistant", content)])[0].content;
    expect(partMedia(parts({ type: "file", file: file("a.png"), alt_text: "A" })[0])).toEqual([{ file: file("a.png"), kind: "image", alt: "A" }]);
    expect(partMedia(parts({ component: "video", value: { video: file("v.bin"), subtitles: null } })[0])).toEqual([{ file: file("v.bin"), kind: "video", alt: null }]);
    expect(partMedia(parts({ component: "file", value: [file("a.pdf"), file("b.wav")] })[0])?.map((m) => m.kind)).toEqual(["file", "audio"]);
    expect(partMedia(parts({ component: "json", value: { a: 1 } })[0])).toBeNull();
    expect(partMedia(parts("text")[0])).toBeNull();
  });
});

describe("formatDuration", () => {
  it("says how long a thought took, in a unit that reads well", () => {
    expect(formatDuration(0.0123)).toBe("12ms");
    expect(formatDuration(3)).toBe("3s");
    expect(formatDuration(1.25)).toBe("1.3s");
    expect(formatDuration(125)).toBe("2m 05s");
    expect(formatDuration(119.6)).toBe("2m 00s");
    expect(formatDuration(-1)).toBe("");
  });
});

describe("frameThrottle", () => {
  function scheduler() {
    const callbacks = new Map<number, () => void>();
    let next = 1;
    return {
      schedule: (cb: () => void) => (callbacks.set(next, cb), next++),
      unschedule: (handle: number) => callbacks.delete(handle),
      frame: () => {
        const due = [...callbacks.values()];
        callbacks.clear();
        due.forEach((cb) => cb());
      },
      pending: () => callbacks.size,
    };
  }

  it("applies the first value at once, then only the latest of each frame", () => {
    const s = scheduler();
    const applied: string[] = [];
    const throttle = frameThrottle((v: string) => applied.push(v), s.schedule, s.unschedule);
    throttle.push("a");
    throttle.push("ab");
    throttle.push("abc");
    expect(applied).toEqual(["a"]);
    s.frame();
    expect(applied).toEqual(["a", "abc"]);
    s.frame();
    s.frame();
    expect(applied).toEqual(["a", "abc"]);
    expect(s.pending()).toBe(0);
    throttle.push("abcd");
    expect(applied).toEqual(["a", "abc", "abcd"]);
  });

  it("drops what waits when cancelled", () => {
    const s = scheduler();
    const applied: ChatMessage[][] = [];
    const throttle = frameThrottle((v: ChatMessage[]) => applied.push(v), s.schedule, s.unschedule);
    throttle.push([]);
    throttle.push([]);
    throttle.cancel();
    s.frame();
    expect(applied.length).toBe(1);
    expect(s.pending()).toBe(0);
  });
});

describe("editing a message", () => {
  const file = { path: "/tmp/a.png", meta: { _type: "gradio.FileData" } };
  const value = [
    { role: "user", metadata: null, options: null, content: [{ type: "file", file }, { type: "text", text: "old " }, { type: "text", text: "words" }] },
    { role: "assistant", metadata: null, options: null, content: "answer" },
  ];

  it("reads the text of a message, a line per text part", () => {
    expect(messageText(normaliseMessages(value)[0])).toBe("old \nwords");
  });

  it("replaces the text where it stood, keeps the files and leaves other messages alone", () => {
    const edited = editedValue(value, 0, "new text") as typeof value;
    expect(edited[0].content).toEqual([{ type: "file", file, alt_text: null }, { type: "text", text: "new text" }]);
    expect(edited[1]).toBe(value[1]);
    expect(value[0].content).toHaveLength(3);
  });

  it("adds the text at the end of a message that had none", () => {
    const edited = editedValue([{ role: "user", content: [{ type: "file", file }] }], 0, "caption") as { content: unknown[] }[];
    expect(edited[0].content.at(-1)).toEqual({ type: "text", text: "caption" });
  });
});
