// Which tabs a narrow tab bar shows, and which it moves into its "⋯" menu (as Gradio 6 does), so
// that on a phone every tab stays one or two taps away instead of off the edge of the screen.

/** Positions, in the order of the tabs given, of those in the bar and those in the menu. */
export interface TabSplit {
  shown: number[];
  overflow: number[];
}

/**
 * Splits tabs of the given widths over a bar `available` pixels wide. When they all fit, all
 * show. Otherwise the menu button (`menuWidth`) takes its room, the selected tab (position
 * `selected`, or -1) always shows so the bar says where the user is, and the others show in
 * order up to the first one that does not fit; the rest go into the menu, in order.
 */
export function splitTabs(widths: readonly number[], available: number, menuWidth: number, selected: number): TabSplit {
  const all = widths.map((_, i) => i);
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total <= available) return { shown: all, overflow: [] };
  let room = available - menuWidth - (selected >= 0 ? widths[selected] : 0);
  const shown = new Set(selected >= 0 ? [selected] : []);
  for (const i of all) {
    if (i === selected) continue;
    if (widths[i] > room) break;
    room -= widths[i];
    shown.add(i);
  }
  return { shown: all.filter((i) => shown.has(i)), overflow: all.filter((i) => !shown.has(i)) };
}
