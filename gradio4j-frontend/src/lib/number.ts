// Arithmetic of the Number and Slider components: parsing what the user typed, rounding to a
// precision or a step without floating-point noise, and range checks.

/** How many decimals a number is written with: 0.25 has 2, 1e-7 has 7, 3 has 0. */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const text = String(Math.abs(n));
  const [mantissa, exponent] = text.split("e");
  const decimals = (mantissa.split(".")[1] ?? "").length;
  return Math.max(0, decimals - Number(exponent ?? 0));
}

/**
 * Rounds to `decimals` decimals (none given: unchanged), halves to even as the server does
 * (Java's HALF_EVEN on the number's shortest decimal form): 2.5 gives 2, 1.005 to 2 decimals
 * gives 1.0.
 */
export function roundTo(value: number, decimals: number | null | undefined): number {
  if (decimals === null || decimals === undefined || !Number.isFinite(value) || decimals < 0) return value;
  // Shifting through the decimal text is exact: 1.005e2 is 100.5, where 1.005 * 100 is not.
  const scaled = shift(Math.abs(value), decimals);
  const floor = Math.floor(scaled);
  const rest = scaled - floor;
  const whole = rest > 0.5 || (rest === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
  const rounded = shift(whole, -decimals);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** `n` times 10^`by`, computed on its decimal text. */
function shift(n: number, by: number): number {
  const [mantissa, exponent] = String(n).split("e");
  return Number(`${mantissa}e${Number(exponent ?? 0) + by}`);
}

/** `value` kept between `min` and `max` (either may be missing). */
export function clamp(value: number, min?: number | null, max?: number | null): number {
  if (min !== null && min !== undefined && value < min) return min;
  if (max !== null && max !== undefined && value > max) return max;
  return value;
}

/**
 * The nearest value reachable from `base` in whole steps, written with no more decimals than
 * the step and the base have (0.1 + 0.2 gives 0.3, not 0.30000000000000004).
 */
export function snapToStep(value: number, step: number | null | undefined, base = 0): number {
  if (!step || step <= 0 || !Number.isFinite(value)) return value;
  const snapped = Math.round((value - base) / step) * step + base;
  return roundTo(snapped, Math.max(decimalsOf(step), decimalsOf(base)));
}

/**
 * What the user typed, as a number: null for an empty field, undefined for text that is not a
 * number (yet), such as "-" or "1e".
 */
export function parseNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

/** A value as the field shows it: "" for none. */
export function formatNumber(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "string" && parseNumber(value) !== undefined) return value.trim();
  return "";
}

/** Why a value is out of range, for the user; null when it is within it. */
export function rangeError(value: number | null, min?: number | null, max?: number | null): string | null {
  if (value === null) return null;
  const hasMin = min !== null && min !== undefined;
  const hasMax = max !== null && max !== undefined;
  if ((hasMin && value < min) || (hasMax && value > max)) {
    if (hasMin && hasMax) return `Enter a value between ${min} and ${max}.`;
    return hasMin ? `Enter a value of at least ${min}.` : `Enter a value of at most ${max}.`;
  }
  return null;
}
