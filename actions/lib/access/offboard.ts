/**
 * Taking recipients out of `.sops.yaml`: every creation rule and key group that names them loses them,
 * everything else of the file (comments, other rules, order) stays as written. Leaving a rule or a key
 * group without any key is refused: nobody could open what it creates.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from "yaml";
import { ConfigurationError } from "../errors.js";
import { OTHER_KEY_FIELDS } from "../sops/config.js";

/** Keys of a rule or key group that name master keys. */
const KEY_FIELDS = ["age", ...OTHER_KEY_FIELDS];
/** Fields whose entries are recipients we can take out (age, age PQ, PGP fingerprints). */
const RECIPIENT_FIELDS = ["age", "pgp"];

export interface ConfigRemoval {
  text: string;
  /** 0-based creation rules that named a removed recipient. */
  rules: number[];
}

/** Takes matching recipients out of one field (a comma-separated string or a list); whether it did. */
function removeFrom(map: YAMLMap, field: string, remove: (recipient: string) => boolean): boolean {
  const node = map.get(field, true) as YamlNode | undefined;
  if (isScalar(node) && typeof node.value === "string") {
    const recipients = node.value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    const kept = recipients.filter((recipient) => !remove(recipient));
    if (kept.length === recipients.length) return false;
    if (kept.length === 0) map.delete(field);
    else node.value = kept.join(",");
    return true;
  }
  if (isSeq(node)) {
    const before = node.items.length;
    node.items = node.items.filter(
      (item) => !(isScalar(item) && typeof item.value === "string" && remove(item.value.trim())),
    );
    if (node.items.length === before) return false;
    if (node.items.length === 0) map.delete(field);
    return true;
  }
  return false;
}

/** Whether a rule or key group still names any master key. */
function hasKeys(map: YAMLMap): boolean {
  return KEY_FIELDS.some((field) => {
    const node = map.get(field, true) as YamlNode | undefined;
    if (isScalar(node)) return typeof node.value === "string" && node.value.trim() !== "";
    return isSeq(node) && node.items.length > 0;
  });
}

export function removeFromSopsConfig(
  text: string,
  remove: (recipient: string) => boolean,
  source: string,
  who: string,
): ConfigRemoval {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new ConfigurationError(`${source} is not valid YAML: fix it first`);
  const rules = document.get("creation_rules", true);
  const changed: number[] = [];
  for (const [index, rule] of (isSeq(rules) ? rules.items : []).entries()) {
    if (!isMap(rule)) continue;
    let touched = RECIPIENT_FIELDS.map((field) => removeFrom(rule, field, remove)).some(Boolean);
    const groups = rule.get("key_groups", true);
    for (const [group, entry] of (isSeq(groups) ? groups.items : []).entries()) {
      if (!isMap(entry)) continue;
      if (!RECIPIENT_FIELDS.map((field) => removeFrom(entry, field, remove)).some(Boolean)) continue;
      touched = true;
      if (!hasKeys(entry))
        throw new ConfigurationError(
          `${source}: removing ${who} would leave key group ${group + 1} of creation rule ${index + 1} without a key: add another recipient to it first`,
        );
    }
    if (!touched) continue;
    changed.push(index);
    if (!hasKeys(rule) && !(isSeq(groups) && groups.items.length > 0))
      throw new ConfigurationError(
        `${source}: ${who} is the last recipient of creation rule ${index + 1}: add another recipient to it first`,
      );
  }
  // No padding inside `[...]`: sops users write `[age1…]`, and a group left as it was must read as it was.
  const written = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  return { text: changed.length > 0 ? written : text, rules: changed };
}
