/** `all-secrets-exposed`: `toJSON(secrets)` or `secrets[<expression>]` sends every secret to the runner. */
import { readsAllSecrets } from "../expressions.js";
import { expressionAudit } from "./expression-audit.js";

export const allSecretsExposed = expressionAudit(
  "all-secrets-exposed",
  readsAllSecrets,
  "gives the runner every secret",
);
