/**
 * `${{ }}` expressions as the audits need them: where each one is in a text, which secrets it reads, and
 * which of the event's fields an outsider writes. Context names and functions are case-insensitive in
 * GitHub's expression language; so are these checks.
 */

export interface Expression {
  /** Offset of `${{` in the text. */
  start: number;
  /** The text between `${{` and `}}`, trimmed. */
  body: string;
  /** `${{ ... }}` as written. */
  text: string;
}

/** Every expression in a text; a `}}` inside a quoted string does not end one. */
export function expressionsIn(text: string): Expression[] {
  const found: Expression[] = [];
  let at = text.indexOf("${{");
  while (at >= 0) {
    let index = at + 3;
    let quoted = false;
    for (; index < text.length - 1; index++) {
      const char = text[index];
      if (char === "'") quoted = !quoted;
      else if (!quoted && char === "}" && text[index + 1] === "}") break;
    }
    if (index >= text.length - 1) break;
    const end = index + 2;
    found.push({ start: at, body: text.slice(at + 3, index).trim(), text: text.slice(at, end) });
    at = text.indexOf("${{", end);
  }
  return found;
}

/** `secrets.NAME` (and `secrets['NAME']`) read by an expression, upper-cased as GitHub compares them. */
export function secretNames(body: string): string[] {
  const names: string[] = [];
  for (const match of body.matchAll(/\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\])/gi)) {
    const name = match[1] ?? match[2];
    if (name) names.push(name.toUpperCase());
  }
  return names;
}

/** The token GitHub makes for every run: not a stored secret. */
export const RUN_TOKEN = "GITHUB_TOKEN";

/** The stored secrets an expression reads (everything but the run's own GITHUB_TOKEN). */
export function storedSecrets(body: string): string[] {
  return secretNames(body).filter((name) => name !== RUN_TOKEN);
}

/** `toJSON(secrets)` or `secrets[<expression>]`: every secret of the repository at once. */
export function readsAllSecrets(body: string): boolean {
  return (
    /\btojson\s*\(\s*secrets\s*\)/i.test(body) ||
    [...body.matchAll(/\bsecrets\s*\[\s*([^\]]*)\]/gi)].some(
      (match) => !/^'[^']*'$/.test(match[1]?.trim() ?? ""),
    )
  );
}

/** `fromJSON(secrets.X).field` or `fromJSON(secrets.X)['field']`: a part the runner does not mask. */
export function readsSecretPart(body: string): boolean {
  return /\bfromjson\s*\(\s*secrets\s*(?:\.[\w-]+|\[[^\]]*\])\s*\)\s*[.[]/i.test(body);
}

/**
 * Fields of an event that whoever opens an issue, a pull request, a comment or a commit writes: any
 * text they like, a shell command included. Logins, numbers and SHAs are not on the list.
 */
const ATTACKER_FIELDS = [
  /^github\.event\.(?:issue|pull_request|discussion)\.(?:title|body)$/,
  /^github\.event\.(?:comment|review|review_comment)\.body$/,
  /^github\.event\.pull_request\.head\.(?:ref|label)$/,
  /^github\.event\.pull_request\.head\.repo\.(?:default_branch|description|homepage|name|full_name)$/,
  /^github\.event\.(?:head_commit|workflow_run\.head_commit)\.(?:message|author\.(?:email|name)|committer\.(?:email|name))$/,
  /^github\.event\.commits\[[^\]]*\]\.(?:message|author\.(?:email|name)|committer\.(?:email|name))$/,
  /^github\.event\.commits\.\*\.(?:message|author\.(?:email|name)|committer\.(?:email|name))$/,
  /^github\.event\.pages\[[^\]]*\]\.page_name$/,
  /^github\.event\.pages\.\*\.page_name$/,
  /^github\.event\.workflow_run\.(?:head_branch|display_title|head_repository\.(?:description|name|full_name))$/,
  /^github\.event\.workflow_run\.pull_requests\[[^\]]*\]\.head\.ref$/,
  /^github\.event\.workflow_run\.pull_requests\.\*\.head\.ref$/,
  /^github\.head_ref$/,
  /^github\.event\.(?:check_suite|check_run\.check_suite)\.head_branch$/,
];

/** The attacker-written fields an expression expands (the whole event, `toJSON(github.event)`, counts). */
export function attackerFields(body: string): string[] {
  const fields: string[] = [];
  const references = body.match(/\bgithub(?:\.[\w*-]+|\[[^\]]*\])+/gi) ?? [];
  for (const reference of references) {
    const path = reference.toLowerCase().replace(/\['([^']*)'\]/g, ".$1");
    if (ATTACKER_FIELDS.some((field) => field.test(path))) fields.push(reference);
  }
  if (
    /\btojson\s*\(\s*github(?:\.event(?:\.(?:issue|pull_request|comment|head_commit|commits))?)?\s*\)/i.test(
      body,
    )
  )
    fields.push(/\btojson\s*\([^)]*\)/i.exec(body)?.[0] ?? "toJSON(github.event)");
  return fields;
}
