/**
 * The commands on one SOPS file, as sops has them: decrypt, encrypt, set, unset, updatekeys, rotate and
 * filestatus. Loaded by main.ts only when one of them runs: they are the ones that need the engine.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AgeIdentity } from "../lib/sops/age.js";
import { findCreationRule, pathForRules, type SopsConfig } from "../lib/sops/config.js";
import { locateSopsConfig, readSopsConfig, type FoundSopsConfig } from "../common/sops-config.js";
import {
  decrypt,
  emitPlaintext,
  encrypt,
  isEncrypted,
  rotateDataKey,
  setValue,
  updateKeys,
} from "../lib/sops/engine.js";
import { SopsError, badInput, inFile } from "../lib/sops/errors.js";
import {
  createStore,
  detectEncryptedFormat,
  formatForPath,
  parseFormat,
  type Format,
} from "../lib/sops/formats.js";
import { getPath, parsePathExpression } from "../lib/sops/tree-path.js";
import type { TreeValue } from "../lib/sops/tree.js";
import { parseJsonValue } from "../lib/sops/stores/json.js";
import { EXIT, listedOptions, parseCommandArgs, usageOf } from "./usage.js";
import { forLogLine } from "../common/escape.js";

export type SopsCommandName =
  "decrypt" | "encrypt" | "set" | "unset" | "updatekeys" | "rotate" | "filestatus";

export interface SopsCommandIo {
  stdout: (bytes: Uint8Array | string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  identities: () => Promise<AgeIdentity[]>;
  /** Bad usage of the command: the error main.ts reports with the command's usage. */
  usageError: (message: string) => Error;
}

/** Runs one of the commands; returns the exit code. */
export async function sopsCommand(
  command: SopsCommandName,
  args: string[],
  io: SopsCommandIo,
): Promise<number> {
  switch (command) {
    case "decrypt":
      return decryptCommand(args, io);
    case "encrypt":
      return encryptCommand(args, io);
    case "set":
    case "unset":
      return setCommand(command, args, io);
    case "updatekeys":
      return updateKeysCommand(args, io);
    case "rotate":
      return rotateCommand(args, io);
    case "filestatus":
      return filestatusCommand(args, io);
  }
}

function parse(args: string[], name: string, positionals: number, usageError: SopsCommandIo["usageError"]) {
  const command = usageOf(name);
  // The options are the usage table's: what it does not list is not an option of the command.
  const parsed = parseCommandArgs(command, args, listedOptions(command, { multiple: false }), usageError);
  if (parsed.positionals.length !== positionals) {
    throw usageError(
      `${name} takes ${positionals} argument(s) (${command.synopsis}), got ${parsed.positionals.length}`,
    );
  }
  // Not `multiple`: each option has one value (the last given), never an array.
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

function readInput(file: string, io: SopsCommandIo): Uint8Array {
  try {
    return readFileSync(path.resolve(io.cwd, file));
  } catch {
    throw badInput("cannot be read: check that the file exists and is readable");
  }
}

function formatOption(value: string | boolean | undefined, what: string): Format | undefined {
  return typeof value === "string" ? parseFormat(value, what) : undefined;
}

function findConfig(io: SopsCommandIo): FoundSopsConfig | undefined {
  const explicit = io.env.SOPS_CONFIG;
  const file = locateSopsConfig(io.cwd, explicit ? { file: explicit, what: "SOPS_CONFIG" } : undefined);
  return file ? readSopsConfig(file) : undefined;
}

async function decryptCommand(args: string[], io: SopsCommandIo): Promise<number> {
  const { values, positionals } = parse(args, "decrypt", 1, io.usageError);
  const file = positionals[0] as string;
  const inputFormat = formatOption(values["input-type"], "--input-type");
  const outputOption = formatOption(values["output-type"], "--output-type");
  try {
    const bytes = readInput(file, io);
    const format = inputFormat ?? detectEncryptedFormat(file, bytes);
    const outputFormat = outputOption ?? format;
    const decrypted = await decrypt(bytes, {
      format,
      identities: await io.identities(),
      ignoreMac: values["ignore-mac"] === true,
    });
    for (const warning of decrypted.warnings) io.stderr(`secrets-actions: ${file}: warning: ${warning}\n`);
    if (typeof values.extract === "string") {
      const [first] = decrypted.branches;
      if (!first) throw badInput("the file has no document");
      const value = getPath(first, parsePathExpression(values.extract));
      io.stdout(createStore(outputFormat).emitValue(value));
    } else {
      io.stdout(emitPlaintext(decrypted, outputFormat));
    }
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

function recipientsFor(file: string, ageOption: string | undefined, io: SopsCommandIo) {
  const fromFlag = ageOption ?? io.env.SOPS_AGE_RECIPIENTS;
  if (fromFlag) {
    const recipients = fromFlag
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    return { ageGroups: [recipients], config: findConfig(io)?.config };
  }
  const found = findConfig(io);
  if (!found)
    throw badInput("no recipients: pass --age age1...,age1... or create a .sops.yaml with a creation rule");
  const relative = pathForRules(found.dir, path.resolve(io.cwd, file));
  const rule = findCreationRule(found.config, relative);
  if (!rule) throw badInput(`no creation rule in ${found.config.source} matches ${relative}`);
  if (rule.otherKeys.length > 0 && rule.ageGroups.every((group) => group.length === 0)) {
    throw new SopsError(
      "UNSUPPORTED",
      `the creation rule for ${relative} has only non-age keys (${rule.otherKeys.join(", ")})`,
    );
  }
  return { ageGroups: rule.ageGroups, shamirThreshold: rule.shamirThreshold, rule, config: found.config };
}

function storeOptionsFor(format: Format, config: SopsConfig | undefined) {
  const indent =
    format === "yaml"
      ? config?.yamlIndent
      : format === "json" || format === "binary"
        ? config?.jsonIndent
        : undefined;
  return indent === undefined ? {} : { indent };
}

async function encryptCommand(args: string[], io: SopsCommandIo): Promise<number> {
  const { values, positionals } = parse(args, "encrypt", 1, io.usageError);
  const file = positionals[0] as string;
  try {
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? formatForPath(file) ?? "binary";
    const outputFormat = formatOption(values["output-type"], "--output-type") ?? format;
    if (outputFormat !== format)
      throw badInput("encrypt writes the input's format: --output-type must match --input-type");
    const { config, ...recipients } = recipientsFor(
      file,
      typeof values.age === "string" ? values.age : undefined,
      io,
    );
    const rule = "rule" in recipients ? recipients.rule : undefined;
    const encrypted = await encrypt(bytes, {
      format,
      storeOptions: storeOptionsFor(format, config),
      ageGroups: recipients.ageGroups,
      shamirThreshold: recipients.shamirThreshold,
      cryptRule: rule?.cryptRule,
      macOnlyEncrypted: rule?.macOnlyEncrypted,
    });
    io.stdout(encrypted);
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

function parseValueArgument(text: string): TreeValue {
  try {
    return parseJsonValue(text);
  } catch {
    throw badInput('the value must be JSON, e.g. \'"a string"\', 42, true or \'{"nested": "map"}\'');
  }
}

async function setCommand(command: "set" | "unset", args: string[], io: SopsCommandIo): Promise<number> {
  const { values, positionals } = parse(args, command, command === "set" ? 3 : 2, io.usageError);
  const [file = "", expression = "", json] = positionals;
  try {
    const target = path.resolve(io.cwd, file);
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? detectEncryptedFormat(file, bytes);
    const updated = await setValue(bytes, {
      format,
      identities: await io.identities(),
      ignoreMac: values["ignore-mac"] === true,
      path: parsePathExpression(expression),
      value: json === undefined ? undefined : parseValueArgument(json),
    });
    writeFileSync(target, updated);
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

async function updateKeysCommand(args: string[], io: SopsCommandIo): Promise<number> {
  const { values, positionals } = parse(args, "updatekeys", 1, io.usageError);
  const file = positionals[0] as string;
  try {
    const target = path.resolve(io.cwd, file);
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? detectEncryptedFormat(file, bytes);
    const found = findConfig(io);
    if (!found) throw badInput("updatekeys needs a .sops.yaml with a creation rule for the file");
    const relative = pathForRules(found.dir, target);
    const rule = findCreationRule(found.config, relative);
    if (!rule) throw badInput(`no creation rule in ${found.config.source} matches ${relative}`);
    const result = await updateKeys(bytes, { format, identities: await io.identities(), rule });
    if (!result.changed) {
      io.stderr(`secrets-actions: ${file}: already up to date\n`);
      return EXIT.ok;
    }
    writeFileSync(target, result.bytes);
    io.stderr(
      `secrets-actions: ${file}: keys updated (added: ${result.added.join(", ") || "none"}; removed: ${result.removed.join(", ") || "none"})\n`,
    );
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

async function rotateCommand(args: string[], io: SopsCommandIo): Promise<number> {
  const { values, positionals } = parse(args, "rotate", 1, io.usageError);
  const file = positionals[0] as string;
  try {
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? detectEncryptedFormat(file, bytes);
    const rotated = await rotateDataKey(bytes, { format, identities: await io.identities() });
    writeFileSync(path.resolve(io.cwd, file), rotated);
    io.stderr(`secrets-actions: ${forLogLine(file)}: new data key; every value encrypted again\n`);
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}

function filestatusCommand(args: string[], io: SopsCommandIo): number {
  const { values, positionals } = parse(args, "filestatus", 1, io.usageError);
  const file = positionals[0] as string;
  try {
    const bytes = readInput(file, io);
    const format = formatOption(values["input-type"], "--input-type") ?? detectEncryptedFormat(file, bytes);
    io.stdout(`${JSON.stringify({ encrypted: isEncrypted(bytes, { format }) })}\n`);
    return EXIT.ok;
  } catch (error) {
    throw inFile(file, error);
  }
}
