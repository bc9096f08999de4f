/**
 * sops and `.sops.yaml` regexes are Go RE2 syntax. JavaScript's RegExp differs in ways that would
 * silently change which keys get encrypted (`\s`, `.`, `(?i)`, `\A`, `\z`, `(?P<name>`, POSIX classes),
 * so patterns are translated token by token; anything without an exact equivalent is refused.
 */
import { badInput } from "./errors.js";

const POSIX_CLASSES: Record<string, string> = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f",
};

const GO_SPACE = "\\t\\n\\f\\r ";
/** Characters that must stay escaped in a `u`-flag JavaScript pattern (outside a class). */
const JS_SYNTAX = new Set(Array.from("^$\\.*+?()[]{}|/"));
const JS_CLASS_SYNTAX = new Set(Array.from("\\]-^"));

class Translator {
  private pos = 0;
  private out = "";
  private dotAll = false;
  private flags = "u";

  constructor(private readonly source: string) {}

  private fail(what: string): never {
    throw badInput(`regex "${this.source}": ${what}; use RE2 syntax that JavaScript can express too`);
  }

  translate(): RegExp {
    this.leadingFlags();
    while (this.pos < this.source.length) this.out += this.atom(false);
    try {
      return new RegExp(this.out, this.flags);
    } catch {
      return this.fail("it is not a valid regular expression");
    }
  }

  private leadingFlags(): void {
    const match = /^\(\?([imsU]+)\)/.exec(this.source);
    if (!match) return;
    for (const flag of match[1] ?? "") {
      if (flag === "U") this.fail("the ungreedy flag (?U) is not supported");
      if (flag === "s") this.dotAll = true;
      else if (!this.flags.includes(flag)) this.flags += flag;
    }
    this.pos = match[0].length;
  }

  private atom(inClass: boolean): string {
    const ch = this.source[this.pos++] ?? "";
    if (ch === "\\") return this.escape(inClass);
    if (inClass) return ch;
    if (ch === "[") return this.charClass();
    if (ch === ".") return this.dotAll ? "[\\s\\S]" : "[^\\n]";
    if (ch === "(") return this.group();
    return ch;
  }

  private group(): string {
    const rest = this.source.slice(this.pos);
    if (!rest.startsWith("?")) return "(";
    // The rest of the group opener is copied by the main loop: "(" + "?:" or "(" + "?<name>".
    if (rest.startsWith("?:")) return "(";
    if (rest.startsWith("?P<")) {
      this.pos += 2;
      return "(?";
    }
    if (rest.startsWith("?<") && !rest.startsWith("?<=") && !rest.startsWith("?<!")) return "(";
    return this.fail("flag groups and look-around are not supported here");
  }

  private charClass(): string {
    let body = "";
    if (this.source[this.pos] === "^") {
      body += "^";
      this.pos++;
    }
    // A leading ']' is a literal in RE2.
    if (this.source[this.pos] === "]") {
      body += "\\]";
      this.pos++;
    }
    for (;;) {
      if (this.pos >= this.source.length) this.fail("a character class is not closed");
      if (this.source[this.pos] === "]") {
        this.pos++;
        return `[${body}]`;
      }
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.source.slice(this.pos));
      if (posix) {
        const range = POSIX_CLASSES[posix[2] ?? ""];
        if (range === undefined) this.fail(`unknown POSIX class [:${posix[2] ?? ""}:]`);
        if (posix[1]) this.fail("negated POSIX classes inside brackets are not supported");
        body += range;
        this.pos += posix[0].length;
        continue;
      }
      const ch = this.source[this.pos];
      if (ch === "[") {
        body += "\\[";
        this.pos++;
        continue;
      }
      body += this.atom(true);
    }
  }

  private escape(inClass: boolean): string {
    const ch = this.source[this.pos++];
    if (ch === undefined) return this.fail("it ends with a lone backslash");
    switch (ch) {
      case "A":
        if (inClass) this.fail("\\A inside a character class");
        return "(?<![\\s\\S])";
      case "z":
        if (inClass) this.fail("\\z inside a character class");
        return "(?![\\s\\S])";
      case "s":
        return inClass ? GO_SPACE : `[${GO_SPACE}]`;
      case "S":
        if (inClass) this.fail("\\S inside a character class");
        return `[^${GO_SPACE}]`;
      case "d":
      case "D":
      case "w":
      case "W":
      case "t":
      case "n":
      case "r":
      case "f":
      case "v":
        return `\\${ch}`;
      case "b":
      case "B":
        if (inClass) this.fail(`\\${ch} inside a character class`);
        return `\\${ch}`;
      case "a":
        return "\\x07";
      case "Q": {
        const end = this.source.indexOf("\\E", this.pos);
        const literal = this.source.slice(this.pos, end === -1 ? undefined : end);
        this.pos = end === -1 ? this.source.length : end + 2;
        return Array.from(literal)
          .map((c) => this.literal(c, inClass))
          .join("");
      }
      case "x":
        return this.hexEscape();
      case "p":
      case "P":
        return this.unicodeClass(ch);
      default:
        if (/[0-7]/.test(ch)) return this.octal(ch);
        if (/[A-Za-z0-9]/.test(ch)) return this.fail(`the escape \\${ch} is not supported`);
        return this.literal(ch, inClass);
    }
  }

  private literal(ch: string, inClass: boolean): string {
    const special = inClass ? JS_CLASS_SYNTAX : JS_SYNTAX;
    return special.has(ch) ? `\\${ch}` : ch;
  }

  private hexEscape(): string {
    const rest = this.source.slice(this.pos);
    const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(rest);
    const plain = /^[0-9A-Fa-f]{2}/.exec(rest);
    const match = braced ?? plain;
    if (!match) return this.fail("\\x needs two hex digits or {hex}");
    this.pos += match[0].length;
    return `\\u{${braced ? (braced[1] ?? "") : match[0]}}`;
  }

  private unicodeClass(ch: "p" | "P"): string {
    const rest = this.source.slice(this.pos);
    const match = /^\{(\^?)([A-Za-z_]+)\}|^([A-Za-z])/.exec(rest);
    if (!match) return this.fail(`\\${ch} needs a class name`);
    this.pos += match[0].length;
    const name = match[2] ?? match[3] ?? "";
    const negate = (ch === "P") !== (match[1] === "^");
    const letter = negate ? "P" : "p";
    const general =
      /^(L|Lu|Ll|Lt|Lm|Lo|M|Mn|Mc|Me|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|S|Sm|Sc|Sk|So|Z|Zs|Zl|Zp|C|Cc|Cf|Co|Cs)$/;
    if (name === "Any") return negate ? "[^\\s\\S]" : "[\\s\\S]";
    return general.test(name) ? `\\${letter}{${name}}` : `\\${letter}{Script=${name}}`;
  }

  private octal(first: string): string {
    const match = /^[0-7]{0,2}/.exec(this.source.slice(this.pos));
    const digits = first + (match?.[0] ?? "");
    if (first !== "0" && digits.length === 1) this.fail("backreferences are not supported in RE2");
    this.pos += digits.length - 1;
    return `\\u{${parseInt(digits, 8).toString(16)}}`;
  }
}

const cache = new Map<string, RegExp>();

/** Compile a Go RE2 pattern into an equivalent JavaScript RegExp, or throw BAD_INPUT. */
export function compileRe2(pattern: string): RegExp {
  let compiled = cache.get(pattern);
  if (!compiled) {
    compiled = new Translator(pattern).translate();
    cache.set(pattern, compiled);
  }
  return compiled;
}
