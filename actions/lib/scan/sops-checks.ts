/**
 * The SOPS rules, on top of the engine: a file that a `.sops.yaml` creation rule covers must be a SOPS
 * file (`sops-rule-not-encrypted`); every value that the file's own selection rules select must be an
 * `ENC[...]` string and its metadata must be whole (`sops-value-not-encrypted`); its age recipients must
 * be those of its creation rule (`sops-recipients-drift`). Nothing is decrypted, except by `verifyMac`
 * when the caller has a key.
 */
import type { AgeIdentity } from "../sops/age.js";
import { isEncryptedValue } from "../sops/cipher.js";
import { SopsError } from "../sops/errors.js";
import { describeUnknown } from "../errors.js";
import { formatForPath, type Format } from "../sops/formats.js";
import { inspectSops, keyLine, type SopsStatus } from "../sops/inspect.js";
import type { Metadata } from "../sops/metadata.js";
import { compareRecipients, creationRuleFor, type SopsSetup } from "../sops/policy.js";
import { selectLeaves } from "../sops/tree-cipher.js";
import { formatPath } from "../sops/tree-path.js";
import { fileKind } from "./patterns.js";
import { newFinding, type Finding } from "./rules.js";
import { LineIndex, asBuffer } from "../lines.js";
import { redact } from "./values.js";

/**
 * What the file is, when it can be a SOPS file at all: source code and docs quote SOPS files in strings,
 * so only data files (by extension) and config files are inspected.
 */
export function sopsStatusOf(file: string, bytes: Uint8Array, text: () => string): SopsStatus {
  if (!formatForPath(file) && fileKind(file) !== "config") return { kind: "plain" };
  // Every SOPS file, whole or broken, holds `sops` (its metadata) or `ENC[` (its values): a file with
  // neither is plain without being decoded.
  const raw = asBuffer(bytes);
  if (!raw.includes("sops") && !raw.includes("ENC[")) return { kind: "plain" };
  return inspectSops(file, bytes, text());
}

function plaintextValues(
  file: string,
  text: string,
  status: Extract<SopsStatus, { kind: "sops" }>,
): Finding[] {
  const { metadata } = status;
  const problems: Finding[] = [];
  const broken = (problem: string) =>
    newFinding("sops-value-not-encrypted", file, 1, `${file} has broken sops metadata: ${problem}`, problem);
  if (metadata.mac === "") problems.push(broken("no MAC"));
  const leaves = selectLeaves(status.branches, {
    rule: metadata.cryptRule,
    macOnlyEncrypted: metadata.macOnlyEncrypted,
  });
  const lines = new LineIndex(text);
  for (const leaf of leaves) {
    if (!leaf.encrypted || (typeof leaf.value === "string" && isEncryptedValue(leaf.value))) continue;
    const where = formatPath(leaf.location) || "(root)";
    const shown = typeof leaf.value === "string" ? `: ${redact(leaf.value)}` : "";
    problems.push(
      newFinding(
        "sops-value-not-encrypted",
        file,
        keyLine(text, lines, leaf.location),
        `${where} is plaintext but ${metadata.cryptRule.name}: ${metadata.cryptRule.value} says it must be encrypted${shown}`,
        where,
      ),
    );
  }
  return problems;
}

function recipientsDrift(
  file: string,
  setup: SopsSetup,
  metadata: Metadata,
  rule: NonNullable<ReturnType<typeof creationRuleFor>>,
): Finding[] {
  const comparison = compareRecipients(metadata.keyGroups, rule);
  // A rule without age recipients (PGP/KMS only) cannot be compared with age recipients.
  if (!comparison.comparable || comparison.inSync) return [];
  const { missing, unnamedOtherKeys } = comparison;
  const extra = [...comparison.extra, ...unnamedOtherKeys];
  const rules = `creation rule ${rule.index + 1} of ${setup.file}`;
  const parts = [
    missing.length > 0 ? `missing ${missing.join(", ")}` : "",
    extra.length > 0 ? `extra ${extra.join(", ")}` : "",
  ].filter((part) => part !== "");
  const what = parts.length > 0 ? parts.join("; ") : "the same recipients in different key groups";
  return [
    newFinding(
      "sops-recipients-drift",
      file,
      1,
      `${file}: age recipients differ from ${rules}: ${what}; run \`sops updatekeys ${file}\``,
      `${[...missing].sort().join(",")}|${[...extra].sort().join(",")}|${comparison.regrouped ? "regrouped" : ""}`,
    ),
  ];
}

/** All SOPS findings of one file. `drift` is off for content that is not the current tree (history). */
export function sopsFindings(
  file: string,
  status: SopsStatus,
  text: () => string,
  setup: SopsSetup | undefined,
  { drift = true } = {},
): Finding[] {
  const rule = creationRuleFor(setup, file);
  switch (status.kind) {
    case "plain":
      // A rule without path_regex is sops' default for `sops encrypt`, not a claim on every file.
      return rule?.pathRegex
        ? [
            newFinding(
              "sops-rule-not-encrypted",
              file,
              1,
              `${file} matches creation rule ${rule.index + 1} (path_regex ${rule.pathRegex}) of ${setup?.file ?? ".sops.yaml"} but is not a SOPS file`,
              "",
            ),
          ]
        : [];
    case "broken":
      return [
        newFinding(
          "sops-value-not-encrypted",
          file,
          1,
          `${file} is not a valid ${status.format} SOPS file: ${status.problem}`,
          status.problem,
        ),
      ];
    case "sops":
      return [
        ...plaintextValues(file, text(), status),
        ...(drift && rule && setup ? recipientsDrift(file, setup, status.metadata, rule) : []),
      ];
  }
}

/**
 * With a key: decrypt to check the MAC (the plaintext is dropped at once). A file none of the keys opens
 * is not a finding: it is returned as a note.
 */
export async function verifyMac(
  file: string,
  bytes: Uint8Array,
  format: Format,
  identities: readonly AgeIdentity[],
): Promise<{ finding?: Finding; note?: string }> {
  try {
    // The engine (and its ciphers) is loaded only when a key is given: a plain scan never needs it.
    const { decrypt } = await import("../sops/engine.js");
    await decrypt(bytes, { format, identities });
    return {};
  } catch (error) {
    if (error instanceof SopsError && error.code === "MAC_MISMATCH") {
      return {
        finding: newFinding("sops-value-not-encrypted", file, 1, `${file}: ${error.message}`, "mac"),
      };
    }
    return { note: `${file}: MAC not verified: ${describeUnknown(error)}` };
  }
}
