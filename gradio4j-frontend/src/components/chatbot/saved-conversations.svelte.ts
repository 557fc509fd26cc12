import { loadChats, newChatId, removeChat, saveChat, storeChats, type SavedChat } from "./chat-history";

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The conversations a Chatbot with `save_history` keeps in this browser, under its history key:
 * which one is on screen, the saved ones, and whether the History panel is open. Each change
 * reads the store again first: another tab of the app may have saved its own conversation.
 */
export class SavedConversations {
  /** The conversation on screen. */
  current = $state(newChatId());
  chats: SavedChat[] = $state.raw([]);
  panelOpen = $state(false);

  /** `key` is null when the Chatbot keeps no history. */
  constructor(private readonly key: () => string | null) {
    const initialKey = key();
    this.chats = initialKey ? loadChats(browserStorage(), initialKey) : [];
  }

  get enabled(): boolean {
    return this.key() !== null;
  }

  /** Keeps `messages` as conversation `id`. */
  save(id: string, messages: unknown[]): void {
    const key = this.key();
    if (!key) return;
    this.chats = saveChat(loadChats(browserStorage(), key), id, messages, Date.now());
    storeChats(browserStorage(), key, this.chats);
  }

  togglePanel(): void {
    const key = this.key();
    if (!this.panelOpen && key) this.chats = loadChats(browserStorage(), key);
    this.panelOpen = !this.panelOpen;
  }

  /** Makes a saved conversation the one on screen; answers a copy of its messages. */
  reopen(chat: SavedChat): unknown[] {
    this.current = chat.id;
    this.panelOpen = false;
    return structuredClone(chat.messages);
  }

  remove(id: string): void {
    const key = this.key();
    if (!key) return;
    this.chats = removeChat(loadChats(browserStorage(), key), id);
    storeChats(browserStorage(), key, this.chats);
    if (id === this.current) this.current = newChatId();
  }

  /** What follows is a new conversation; the one that was on screen stays saved. */
  startNew(): void {
    this.current = newChatId();
  }
}
