/** Every workflow audit, in the order of the rule list: the table of contents of the workflow rules. */
import type { Audit } from "../audit.js";
import { allSecretsExposed } from "./all-secrets-exposed.js";
import { botConditions } from "./bot-conditions.js";
import { githubApp } from "./github-app.js";
import { githubPat } from "./github-pat.js";
import { hardcodedCredential } from "./hardcoded-credential.js";
import { insecureCommands } from "./insecure-commands.js";
import { knownCompromisedAction } from "./known-compromised-action.js";
import { persistCredentials } from "./persist-credentials.js";
import { privilegedTrigger } from "./privileged-trigger.js";
import { pypiTokenPublish } from "./pypi-token-publish.js";
import { registryTokenPublish } from "./registry-token-publish.js";
import { secretLogged } from "./secret-logged.js";
import { secretWithoutEnvironment } from "./secret-without-environment.js";
import { secretsInherit } from "./secrets-inherit.js";
import { templateInjection } from "./template-injection.js";
import { tokenPermissions } from "./token-permissions.js";
import { unpinnedUses } from "./unpinned-uses.js";
import { unredactedSecret } from "./unredacted-secret.js";
import { untrustedCheckoutExec } from "./untrusted-checkout-exec.js";

export const AUDITS: readonly Audit[] = [
  pypiTokenPublish,
  registryTokenPublish,
  secretsInherit,
  allSecretsExposed,
  unredactedSecret,
  secretLogged,
  hardcodedCredential,
  githubPat,
  githubApp,
  untrustedCheckoutExec,
  privilegedTrigger,
  templateInjection,
  botConditions,
  insecureCommands,
  unpinnedUses,
  knownCompromisedAction,
  persistCredentials,
  tokenPermissions,
  secretWithoutEnvironment,
];
