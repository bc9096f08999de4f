/**
 * Who a recipient is. SOPS files name their readers by key only; people, teams and CI are named in the
 * policy file's `recipients:` and in comments beside the recipients of `.sops.yaml`
 * (`- age1… # alice laptop`). The policy file wins where both name a recipient; a recipient nobody
 * named is shown by its first 12 characters.
 */

/** An age recipient (classic or post-quantum) or a PGP fingerprint: what SOPS files name as master keys. */
export function isRecipient(text: string): boolean {
  return /^age1(?:pq1)?[02-9ac-hj-np-z]{20,}$/.test(text) || /^[0-9A-Fa-f]{40}$/.test(text);
}

const RECIPIENT_IN_TEXT = /\bage1(?:pq1)?[02-9ac-hj-np-z]{20,}|\b[0-9A-Fa-f]{40}\b/g;

/** How an unnamed recipient is shown. */
const UNNAMED_LENGTH = 12;

/** Text that starts like an age identity (a secret key) where a recipient was expected: never quoted back. */
export const looksLikeIdentity = (text: string): boolean => /^\s*AGE-SECRET-KEY-/i.test(text);

export function shortRecipient(recipient: string): string {
  return recipient.slice(0, UNNAMED_LENGTH);
}

/** PGP fingerprints compare without regard to case: the form recipients are compared in. */
export function canonical(recipient: string): string {
  return /^[0-9A-Fa-f]{40}$/.test(recipient) ? recipient.toUpperCase() : recipient;
}

/** Names from comments on the lines of `.sops.yaml` that hold recipients: `age1… # alice laptop`. */
export function namesFromSopsConfig(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of text.split("\n")) {
    const hash = line.search(/\s#/);
    if (hash < 0) continue;
    const name = line
      .slice(hash)
      .replace(/^\s*#+\s*/, "")
      .trim();
    if (name === "") continue;
    for (const recipient of line.slice(0, hash).match(RECIPIENT_IN_TEXT) ?? [])
      names.set(canonical(recipient), name);
  }
  return names;
}

export class RecipientNames {
  private readonly nameByRecipient = new Map<string, string>();
  private readonly recipientsByName = new Map<string, string[]>();

  constructor(
    policy: ReadonlyMap<string, readonly string[]> | undefined,
    sopsConfigText: string | undefined,
  ) {
    for (const [recipient, name] of namesFromSopsConfig(sopsConfigText ?? "")) this.add(name, recipient);
    for (const [name, recipients] of policy ?? [])
      for (const recipient of recipients) this.add(name, recipient);
  }

  private add(name: string, recipient: string): void {
    const key = canonical(recipient);
    const previous = this.nameByRecipient.get(key);
    if (previous !== undefined) {
      const list = this.recipientsByName.get(previous) ?? [];
      this.recipientsByName.set(
        previous,
        list.filter((item) => item !== key),
      );
      if (this.recipientsByName.get(previous)?.length === 0) this.recipientsByName.delete(previous);
    }
    this.nameByRecipient.set(key, name);
    this.recipientsByName.set(name, [...(this.recipientsByName.get(name) ?? []), key]);
  }

  /** Whether anyone named this recipient. */
  isNamed(recipient: string): boolean {
    return this.nameByRecipient.has(canonical(recipient));
  }

  /** The recipient's name, or its first 12 characters. */
  nameOf(recipient: string): string {
    return this.nameByRecipient.get(canonical(recipient)) ?? shortRecipient(recipient);
  }

  /** Every name with its recipients, names in order. */
  entries(): { name: string; recipients: string[] }[] {
    return [...this.recipientsByName]
      .map(([name, recipients]) => ({ name, recipients }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * The recipients a command line means: a name, a recipient, or the 12-character prefix an unnamed
   * recipient is shown by (among `known`, the recipients the files hold). Undefined when it means none.
   */
  resolve(nameOrRecipient: string, known: Iterable<string>): string[] | undefined {
    const byName = this.recipientsByName.get(nameOrRecipient);
    if (byName) return byName;
    const wanted = canonical(nameOrRecipient);
    const all = new Set([...known].map(canonical));
    if (isRecipient(nameOrRecipient) && (all.has(wanted) || this.nameByRecipient.has(wanted)))
      return [wanted];
    const byPrefix = [...all].filter(
      (recipient) =>
        !this.isNamed(recipient) &&
        nameOrRecipient.length >= UNNAMED_LENGTH &&
        recipient.startsWith(nameOrRecipient),
    );
    return byPrefix.length === 1 ? byPrefix : undefined;
  }
}
