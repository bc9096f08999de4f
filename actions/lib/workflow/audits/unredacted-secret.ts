/** `unredacted-secret`: a field of a JSON secret, which the runner's masking does not know. */
import { readsSecretPart } from "../expressions.js";
import { expressionsUnder } from "../model.js";
import { workflowFinding, type Audit } from "../audit.js";

export const unredactedSecret: Audit = {
  id: "unredacted-secret",
  audit: ({ workflow }) =>
    expressionsUnder(workflow.root)
      .filter((expression) => readsSecretPart(expression.body))
      .map((expression) =>
        workflowFinding(
          "unredacted-secret",
          expression.line,
          `\`${expression.text}\` takes a part of a secret that is not masked`,
          expression.body,
        ),
      ),
};
