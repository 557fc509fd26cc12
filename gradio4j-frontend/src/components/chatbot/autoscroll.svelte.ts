import type { Attachment } from "svelte/attachments";
import { on } from "svelte/events";

/** Within this many pixels of the bottom the view still follows the conversation. */
const NEAR_BOTTOM = 32;

/**
 * Keeps the end of a growing conversation in view (a streamed answer, an image loading, a thought
 * opening) until the user scrolls up, and again once they are back at the bottom. Attach
 * {@link scroller} to the scrolling element and {@link content} to what grows inside it.
 */
export class Autoscroll {
  /** Whether the view is at the bottom, following. */
  atBottom = $state(true);
  private element: HTMLElement | null = null;
  /** Where the view's own last scroll to the bottom left it. */
  private followedTo = 0;

  /** `enabled` is read at each growth: the Chatbot's `autoscroll` prop may change. */
  constructor(private readonly enabled: () => boolean) {}

  readonly scroller: Attachment<HTMLElement> = (element) => {
    this.element = element;
    const off = on(element, "scroll", () => {
      // The conversation may grow (an image loads, a token lands) between the view's own scroll
      // and this event: only a move up from where it scrolled to is the user leaving the bottom.
      this.atBottom =
        element.scrollHeight - element.scrollTop - element.clientHeight <= NEAR_BOTTOM || element.scrollTop >= this.followedTo;
    });
    return () => {
      off();
      if (this.element === element) this.element = null;
    };
  };

  readonly content: Attachment<HTMLElement> = (element) => {
    const observer = new ResizeObserver(() => {
      if (this.enabled() && this.atBottom) this.scrollToBottom();
    });
    observer.observe(element);
    return () => observer.disconnect();
  };

  scrollToBottom(): void {
    if (!this.element) return;
    this.element.scrollTop = this.element.scrollHeight;
    this.followedTo = this.element.scrollTop;
  }
}
