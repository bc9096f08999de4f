/** Words both renderers use for a place and an age; `escape` is the channel's escaper for repository text. */
import type { MergedPlace } from "./merge.js";

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
