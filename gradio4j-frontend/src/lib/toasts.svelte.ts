import type { Toast } from "./types";

let nextId = 0;

/** The page's messages: errors, warnings, infos and successes, newest last. */
export class Toasts {
  items: Toast[] = $state([]);

  /** Shows a message; it closes itself after `duration` seconds unless that is null. */
  show(level: Toast["level"], message: string, title?: string | null, duration: number | null = 10): void {
    const toast: Toast = {
      id: nextId++,
      level,
      message,
      title: title ?? level[0].toUpperCase() + level.slice(1),
      duration,
    };
    this.items.push(toast);
    if (duration !== null && duration > 0) {
      setTimeout(() => this.close(toast.id), duration * 1000);
    }
  }

  close(id: number): void {
    const index = this.items.findIndex((t) => t.id === id);
    if (index >= 0) this.items.splice(index, 1);
  }
}
