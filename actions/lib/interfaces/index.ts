/** Every action of the suite, by folder name: the build, the docs test and the interface test use it. */
import { CROSS_REPO_DISPATCH } from "./cross-repo-dispatch.js";
import { DECRYPT_ENV } from "./decrypt-env.js";
import { ROTATE_REMINDER } from "./rotate-reminder.js";
import type { ActionInterface } from "./spec.js";
import { VERIFY_NO_PLAINTEXT } from "./verify-no-plaintext.js";

export const ACTIONS: readonly ActionInterface[] = [
  DECRYPT_ENV,
  VERIFY_NO_PLAINTEXT,
  CROSS_REPO_DISPATCH,
  ROTATE_REMINDER,
];
