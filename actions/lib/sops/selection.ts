/**
 * Which leaves (values and comments) are encrypted: sops' `shouldBeEncrypted`, evaluated per path
 * component, with the per-level stack of comments seen since the last value.
 */
import type { CryptRule } from "./metadata.js";
import { compileRe2 } from "./re2.js";

export type Selector = (
  path: readonly string[],
  comments: readonly string[][],
  isComment: boolean,
) => boolean;

export function selectorFor(rule: CryptRule): Selector {
  const { name, value } = rule;
  switch (name) {
    case "unencrypted_suffix":
      return (path) => !path.some((key) => key.endsWith(value));
    case "encrypted_suffix":
      return (path) => path.some((key) => key.endsWith(value));
    case "unencrypted_regex": {
      const regex = compileRe2(value);
      return (path) => !path.some((key) => regex.test(key));
    }
    case "encrypted_regex": {
      const regex = compileRe2(value);
      return (path) => path.some((key) => regex.test(key));
    }
    case "unencrypted_comment_regex": {
      const regex = compileRe2(value);
      return (_path, comments) => !comments.some((level) => level.some((comment) => regex.test(comment)));
    }
    case "encrypted_comment_regex": {
      const regex = compileRe2(value);
      return (_path, comments, isComment) =>
        comments.some((level, depth) => {
          // The marker comment itself stays readable: it is the last entry of the innermost level.
          const own = isComment && depth === comments.length - 1 ? level.slice(0, -1) : level;
          return own.some((comment) => regex.test(comment));
        });
    }
  }
}
