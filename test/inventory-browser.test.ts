/**
 * The HTML report in a real browser (Debian's chromium, headless, over the DevTools protocol): its
 * tables read without JavaScript, a click on a column's title sorts, a hostile name from a repository
 * stays text and never runs, the page asks for nothing over the network, and its policy lets only its
 * own style and script run. Waits are for the load event and for protocol answers only. Without
 * chromium every test here fails and says how to install it (.ci/run does).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { visible } from "../actions/lib/inventory/escape.js";
import { renderHtml } from "../actions/lib/inventory/html.js";
import { mergeInventories } from "../actions/lib/inventory/merge.js";
import { Chromium, findChromium } from "./support/chromium.js";
import { HOSTILE, asInput, hostileInventory, inputOf, sampleFiles } from "./support/inventory.js";

const chromium = findChromium();
const merged = mergeInventories([
  ...sampleFiles().map(inputOf),
  asInput("hostile.json", hostileInventory()),
]).merged;
const TITLE = "Secrets inventory";
const VIOLATIONS =
  "window.__violations = []; document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.effectiveDirective));";

let browser: Chromium | undefined;
let folder = "";
const pages: Record<"report" | "injected" | "control", string> = { report: "", injected: "", control: "" };

beforeAll(() => {
  if (typeof chromium !== "string") throw new Error(chromium.missing);
  folder = mkdtempSync(path.join(tmpdir(), "inventory-browser-"));
  const html = renderHtml(merged);
  const files = {
    report: html,
    // The same page with a script the policy does not list: it must not run.
    injected: html.replace("</body>", "<script>document.title = 'injected';</script></body>"),
    // No policy and an image on another host: proves that the network watch sees requests.
    control: '<!DOCTYPE html><title>control</title><img src="http://example.invalid/pixel.png" alt="">',
  };
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, `${name}.html`);
    writeFileSync(file, content);
    pages[name as keyof typeof pages] = pathToFileURL(file).href;
  }
  browser = Chromium.launch(chromium);
});

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function running(): Chromium {
  if (!browser) throw new Error(typeof chromium === "string" ? "chromium did not start" : chromium.missing);
  return browser;
}

/** A new tab on `url`, loaded (its load event fired), with or without JavaScript. */
async function open(url: string, { scripts = true } = {}): Promise<string> {
  const page = running();
  const session = await page.newPage();
  await page.send("Page.enable", {}, session);
  await page.send("Network.enable", {}, session);
  await page.send("Runtime.enable", {}, session);
  if (scripts) await page.send("Page.addScriptToEvaluateOnNewDocument", { source: VIOLATIONS }, session);
  else await page.send("Emulation.setScriptExecutionDisabled", { value: true }, session);
  await page.load(session, url);
  return session;
}

/** Every URL the page asked for (the document itself included). */
const requested = (session: string) =>
  running()
    .events.filter((event) => event.sessionId === session && event.method === "Network.requestWillBeSent")
    .map((event) => (event.params.request as { url: string }).url);

const column = (session: string, table: string, index: number) =>
  running().evaluate<string[]>(
    session,
    `[...document.querySelectorAll(${JSON.stringify(`#${table} tbody tr`)})].map((row) => row.cells[${index}].textContent)`,
  );

const click = (session: string, table: string, title: string) =>
  running().evaluate<boolean>(
    session,
    `(() => {
      const header = [...document.querySelectorAll(${JSON.stringify(`#${table} thead th`)})].find((th) => th.textContent === ${JSON.stringify(title)});
      const button = header && header.querySelector("button");
      if (!button) return false;
      button.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
      return true;
    })()`,
  );

/** What the page's script does: a stable sort of the current order by cell text (numbers where marked). */
function sortedAs(
  current: readonly string[],
  keys: readonly (string | number)[],
  ascending: boolean,
): string[] {
  return current
    .map((name, index) => ({ name, index, key: keys[index] ?? "" }))
    .sort((a, b) => {
      const order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return (ascending ? order : -order) || a.index - b.index;
    })
    .map((entry) => entry.name);
}

const numberOf = (text: string) => {
  const number = parseFloat(text.replace(/[^0-9.-]/g, ""));
  return Number.isNaN(number) ? -Infinity : number;
};

test("chromium is installed", () => {
  if (typeof chromium !== "string") throw new Error(chromium.missing);
  expect(chromium).toMatch(/chromium/);
});

describe("without JavaScript", () => {
  test("the tables render, every name in its row, and the titles are plain text", async () => {
    const session = await open(pages.report, { scripts: false });
    const page = running();
    expect(await page.evaluate(session, "document.querySelectorAll('#secrets tbody tr').length")).toBe(
      merged.secrets.length,
    );
    expect(await page.evaluate(session, "document.querySelectorAll('#repositories tbody tr').length")).toBe(
      merged.repositories.length,
    );
    expect(await column(session, "secrets", 0)).toEqual(merged.secrets.map((secret) => visible(secret.name)));
    expect(await page.evaluate(session, "document.querySelectorAll('th button').length")).toBe(0);
    // Cells without end tags hold their text and nothing more.
    const where = await column(session, "secrets", 7);
    expect(where.filter((cell) => cell !== cell.trim())).toEqual([]);
    expect(await column(session, "secrets", 3)).toEqual(merged.secrets.map((secret) => secret.values));
    expect(await page.evaluate(session, "document.title")).toBe(TITLE);
  });
});

describe("with JavaScript", () => {
  let session = "";
  beforeAll(async () => {
    session = await open(pages.report);
  });

  test("the page's own style and script run, and nothing else is refused", async () => {
    const page = running();
    expect(await page.evaluate(session, "document.querySelectorAll('#secrets thead th button').length")).toBe(
      8,
    );
    expect(
      await page.evaluate(session, "getComputedStyle(document.querySelector('thead th')).position"),
    ).toBe("sticky");
    expect(
      await page.evaluate(
        session,
        "getComputedStyle(document.querySelector('#secrets tbody td:nth-child(2)')).textAlign",
      ),
    ).toBe("right");
    expect(await page.evaluate(session, "window.__violations")).toEqual([]);
  });

  test("a click on a numeric column's title sorts by number, a second click the other way", async () => {
    const initial = await column(session, "secrets", 0);
    const ages = (await column(session, "secrets", 5)).map(numberOf);
    expect(await click(session, "secrets", "Oldest (days)")).toBe(true);
    const ascending = sortedAs(initial, ages, true);
    expect(await column(session, "secrets", 0)).toEqual(ascending);
    const agesNow = (await column(session, "secrets", 5)).map(numberOf);
    expect(agesNow).toEqual([...agesNow].sort((a, b) => a - b));
    expect(agesNow).toContain(900); // "≤900" is read as 900, not as text
    expect(await click(session, "secrets", "Oldest (days)")).toBe(true);
    const descending = sortedAs(ascending, agesNow, false);
    expect(await column(session, "secrets", 0)).toEqual(descending);
    expect(
      await running().evaluate(
        session,
        "[...document.querySelectorAll('#secrets thead th')].map((th) => th.getAttribute('aria-sort'))",
      ),
    ).toEqual([null, null, null, null, null, "descending", null, null]);
  });

  test("a click on a text column's title sorts by the cells' text", async () => {
    const current = await column(session, "secrets", 0);
    expect(await click(session, "secrets", "Name")).toBe(true);
    const ascending = sortedAs(current, current, true);
    expect(await column(session, "secrets", 0)).toEqual(ascending);
    expect(await click(session, "secrets", "Name")).toBe(true);
    expect(await column(session, "secrets", 0)).toEqual(sortedAs(ascending, ascending, false));
    const repositories = await column(session, "repositories", 0);
    expect(await click(session, "repositories", "Repository")).toBe(true);
    expect(await click(session, "repositories", "Repository")).toBe(true);
    expect(await column(session, "repositories", 0)).toEqual([...repositories].reverse());
  });

  test("hostile names stay text: nothing they hold runs, every one appears literally", async () => {
    const page = running();
    expect(await page.evaluate(session, "document.title")).toBe(TITLE);
    expect(await page.evaluate(session, "document.querySelectorAll('img, svg, iframe, b, a').length")).toBe(
      0,
    );
    expect(await page.evaluate(session, "document.querySelectorAll('h1').length")).toBe(1);
    expect(await page.evaluate(session, "document.scripts.length")).toBe(1);
    const names = await column(session, "secrets", 0);
    const readers = (await column(session, "secrets", 6)).join("\n");
    const text = await page.evaluate<string>(session, "document.body.textContent");
    for (const hostile of HOSTILE) {
      expect(names).toContain(visible(hostile));
      expect(readers).toContain(visible(hostile));
      expect(text).toContain(`${visible(hostile)}.enc.yaml`);
    }
    expect(await page.evaluate(session, "window.__violations")).toEqual([]);
  });

  test("the page asks for nothing but itself", () => {
    expect(requested(session)).toEqual([pages.report]);
  });
});

describe("the policy is enforced and the network watch works", () => {
  test("a script the policy does not list does not run, and is reported as refused", async () => {
    const session = await open(pages.injected);
    expect(await running().evaluate(session, "document.title")).toBe(TITLE);
    expect(await running().evaluate(session, "window.__violations")).toEqual(["script-src-elem"]);
    // The page's own script still runs.
    expect(
      await running().evaluate(session, "document.querySelectorAll('th button').length"),
    ).toBeGreaterThan(0);
  });

  test("a page that asks for an image on another host is seen asking", async () => {
    const session = await open(pages.control);
    expect(requested(session)).toEqual([pages.control, "http://example.invalid/pixel.png"]);
  });
});
