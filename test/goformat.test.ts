import { describe, expect, test } from "@jest/globals";
import {
  formatFloatFixed,
  formatFloatGeneral,
  formatFloatJson,
  valueToString,
  canonicalText,
} from "../actions/lib/sops/goformat.js";
import { SopsTime } from "../actions/lib/sops/tree.js";

describe("Go float formatting", () => {
  test.each([
    [1, "1", "1", "1"],
    [3.14, "3.14", "3.14", "3.14"],
    [1e21, "1000000000000000000000", "1e+21", "1e+21"],
    [1e20, "100000000000000000000", "1e+20", "100000000000000000000"],
    [1e6, "1000000", "1e+06", "1000000"],
    [123456.5, "123456.5", "123456.5", "123456.5"],
    [0.0001, "0.0001", "0.0001", "0.0001"],
    [0.00001, "0.00001", "1e-05", "0.00001"],
    [1e-7, "0.0000001", "1e-07", "1e-7"],
    [-2.5, "-2.5", "-2.5", "-2.5"],
    [0, "0", "0", "0"],
    [Infinity, "+Inf", "+Inf", "+Inf"],
    [NaN, "NaN", "NaN", "NaN"],
  ])("%d → 'f' %s, 'g' %s, json %s", (value, fixed, general, json) => {
    expect(formatFloatFixed(value)).toBe(fixed);
    expect(formatFloatGeneral(value)).toBe(general);
    if (Number.isFinite(value)) expect(formatFloatJson(value)).toBe(json);
  });

  test.each([
    [true, "True", "true"],
    [false, "False", "false"],
    [7n, "7", "7"],
    [2.0, "2", "2.0"],
    ["text", "text", "text"],
    [new SopsTime("2024-01-01T00:00:00Z"), "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"],
  ])("%p: MAC text %s, store text %s", (value, mac, store) => {
    expect(canonicalText(value)).toBe(mac);
    expect(valueToString(value)).toBe(store);
  });
});
