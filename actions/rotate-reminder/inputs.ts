import { inputReader } from "../common/inputs.js";
import { ROTATE_REMINDER } from "../lib/interfaces/rotate-reminder.js";

export interface RotateReminderInputs {
  files: string[];
  ageKey: string;
  policy: string;
  githubSecrets: "true" | "false" | "required";
  token: string;
  secretsToken: string;
  repositories: string[];
  issues: boolean;
  label: string;
  failOn: "never" | "overdue" | "due-soon";
}

export function getInputs(): RotateReminderInputs {
  const input = inputReader(ROTATE_REMINDER);
  return {
    // Masked before anything else can fail and print.
    ageKey: input.secret("age-key"),
    token: input.secret("token"),
    secretsToken: input.secret("secrets-token"),
    files: input.list("files"),
    policy: input.string("policy"),
    githubSecrets: input.choice("github-secrets"),
    repositories: input.list("repositories"),
    issues: input.boolean("issues"),
    label: input.string("label"),
    failOn: input.choice("fail-on"),
  };
}
