/** `all-secrets-exposed`: `toJSON(secrets)` or `secrets[<expression>]` sends every secret to the runner. */
import { readsAllSecrets } from "../expressions.js";
import { expressionsUnder } from "../model.js";
import { workflowFinding, type Audit } from "../audit.js";

export const allSecretsExposed: Audit = {
  id: "all-secrets-exposed",
  audit: ({ workflow }) =>
    expressionsUnder(workflow.root)
      .filter((expression) => readsAllSecrets(expression.body))
      .map((expression) =>
        workflowFinding(
          "all-secrets-exposed",
          expression.line,
          `\`${expression.text}\` gives the runner every secret`,
          expression.body,
        ),
      ),
};
