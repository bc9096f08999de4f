/** `unredacted-secret`: a field of a JSON secret, which the runner's masking does not know. */
import { readsSecretPart } from "../expressions.js";
import { expressionAudit } from "./expression-audit.js";

export const unredactedSecret = expressionAudit(
  "unredacted-secret",
  readsSecretPart,
  "takes a part of a secret that is not masked",
);
