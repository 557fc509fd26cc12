// Conversations kept in the browser (the ChatInterface's `save_history`): a list in
// localStorage under the app's key, newest first, each with a title taken from its first
// question. Storage that is full, disabled or corrupt is treated as empty: saving is a comfort,
// never a reason for the chat to fail.
import { messageText, normaliseMessages } from "./chat";

/** One saved conversation: the Chatbot's value as it was last shown. */
export interface SavedChat {
  id: string;
  title: string;
  /** Milliseconds since the epoch. */
  updated: number;
  messages: unknown[];
}

/** At most this many conversations are kept; the oldest go first. */
export const MAX_SAVED = 50;

function isSavedChat(value: unknown): value is SavedChat {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === "string" && typeof v.title === "string" && typeof v.updated === "number" && Array.isArray(v.messages);
}

export function loadChats(storage: Storage | null, key: string): SavedChat[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isSavedChat) : [];
  } catch {
    return [];
  }
}

/**
 * Writes the list; when the storage is full, the oldest conversations make room (the newest is
 * kept as long as it fits at all). Disabled storage keeps nothing.
 */
export function storeChats(storage: Storage | null, key: string, chats: SavedChat[]): void {
  for (let kept = chats; ; kept = kept.slice(0, Math.floor(kept.length / 2))) {
    try {
      storage?.setItem(key, JSON.stringify(kept));
      return;
    } catch {
      if (kept.length <= 1) return;
    }
  }
}

/** A conversation's title: its first question, shortened. */
export function chatTitle(messages: unknown[]): string {
  const first = normaliseMessages(messages).find((m) => m.role === "user");
  const text = first ? messageText(first).replace(/\s+/g, " ").trim() : "";
  if (!text) return first ? "Attachment" : "New chat";
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The list with conversation `id` saved as `messages`, at the top; an empty conversation is not saved. */
export function saveChat(chats: SavedChat[], id: string, messages: unknown[], now: number): SavedChat[] {
  const others = chats.filter((c) => c.id !== id);
  if (messages.length === 0) return others;
  return [{ id, title: chatTitle(messages), updated: now, messages }, ...others].slice(0, MAX_SAVED);
}

export function removeChat(chats: SavedChat[], id: string): SavedChat[] {
  return chats.filter((c) => c.id !== id);
}

/** "just now", "5 min ago", "3 h ago", else the date. */
export function when(updated: number, now: number): string {
  const minutes = Math.floor((now - updated) / 60000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return new Date(updated).toLocaleDateString();
}

/** A new conversation's id. */
export function newChatId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
