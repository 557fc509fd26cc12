import { describe, expect, it } from "vitest";
import { clamp, decimalsOf, formatNumber, parseNumber, rangeError, roundTo, snapToStep } from "./number";

describe("decimalsOf", () => {
  it("counts decimals, exponents included", () => {
    expect(decimalsOf(3)).toBe(0);
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(-1.5)).toBe(1);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(1.5e-7)).toBe(8);
    expect(decimalsOf(1e21)).toBe(0);
  });
});

describe("roundTo", () => {
  it("leaves the value alone without a precision", () => {
    expect(roundTo(1.23456, null)).toBe(1.23456);
    expect(roundTo(1.23456, undefined)).toBe(1.23456);
  });
  it("rounds on the decimal form, halves to even as the server does", () => {
    expect(roundTo(1.005, 2)).toBe(1);
    expect(roundTo(1.015, 2)).toBe(1.02);
    expect(roundTo(2.5, 0)).toBe(2);
    expect(roundTo(3.5, 0)).toBe(4);
    expect(roundTo(2.51, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-2);
    expect(roundTo(-2.6, 0)).toBe(-3);
    expect(roundTo(-0.4, 0)).toBe(0);
    expect(Object.is(roundTo(-0.4, 0), -0)).toBe(false);
  });
  it("copes with very large and very small numbers", () => {
    expect(roundTo(1e21, 2)).toBe(1e21);
    expect(roundTo(1.2345e-7, 9)).toBe(1.23e-7);
  });
});

describe("clamp and snapToStep", () => {
  it("clamps to whichever bounds there are", () => {
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-5, 0, null)).toBe(0);
    expect(clamp(50, undefined, undefined)).toBe(50);
  });
  it("snaps to whole steps from the base without float noise", () => {
    expect(snapToStep(0.30000000000000004, 0.1)).toBe(0.3);
    expect(snapToStep(0.74, 0.25)).toBe(0.75);
    expect(snapToStep(7, 5, 1)).toBe(6);
    expect(snapToStep(1.26, 0.5, 0.1)).toBe(1.1);
    expect(snapToStep(4.2, 0)).toBe(4.2);
  });
});

describe("parsing and formatting", () => {
  it("parses numbers, empty fields and unfinished text", () => {
    expect(parseNumber(" 12.5 ")).toBe(12.5);
    expect(parseNumber("-3e2")).toBe(-300);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("-")).toBeUndefined();
    expect(parseNumber("abc")).toBeUndefined();
  });
  it("formats values for the field", () => {
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(0.1)).toBe("0.1");
    expect(formatNumber(null)).toBe("");
    expect(formatNumber(NaN)).toBe("");
    expect(formatNumber("4.5")).toBe("4.5");
    expect(formatNumber("x")).toBe("");
  });
  it("says what is out of range", () => {
    expect(rangeError(5, 0, 10)).toBeNull();
    expect(rangeError(null, 0, 10)).toBeNull();
    expect(rangeError(11, 0, 10)).toBe("Enter a value between 0 and 10.");
    expect(rangeError(-1, 0, null)).toBe("Enter a value of at least 0.");
    expect(rangeError(11, undefined, 10)).toBe("Enter a value of at most 10.");
  });
});
