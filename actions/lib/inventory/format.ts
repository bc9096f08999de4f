/** Words both renderers use for a place and an age; `escape` is the channel's escaper for repository text. */
import type { MergedInventory, MergedPlace } from "./merge.js";

export function placeText(place: MergedPlace, escape: (text: string) => string): string {
  const where =
    place.source === "sops"
      ? [place.file, place.key]
          .filter((part): part is string => part !== null)
          .map(escape)
          .join(" ")
      : `GitHub ${place.scope ?? "repository"}${place.environment === null ? "" : ` ${escape(place.environment)}`}`;
  return `${escape(place.repository)}: ${where}`;
}

export function ageText(days: number, exact: boolean): string {
  return `${exact ? "" : "≤"}${days}`;
}

/** The report's first sentence: counts only, no text from a repository. */
export function totalsText({ totals }: MergedInventory): string {
  const adoption = [
    `${totals.adopted} adopted`,
    `${totals.partly_adopted} partly adopted`,
    `${totals.not_adopted} not adopted`,
    ...(totals.unread > 0 ? [`${totals.unread} unread`] : []),
  ];
  return (
    `${totals.repositories} repositories (${adoption.join(", ")}), ` +
    `${totals.names} secret names in ${totals.places} places: ${totals.overdue} overdue, ${totals.due_soon} due soon; ` +
    `${totals.different_values} with different values, ${totals.same_value} with the same value in every place with a digest. ` +
    `Verify: ${totals.verify.errors} errors, ${totals.verify.warnings} warnings, ${totals.verify.notes} notes.`
  );
}
