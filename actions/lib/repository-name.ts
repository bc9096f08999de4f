/**
 * `OWNER/NAME` as the command line and the inventory files take it: word characters, dots and hyphens
 * on each side of one slash. Looser than GitHub's own rules (lib/dispatch/plan.ts checks those where a
 * wrong name would cost API calls); enough to keep paths, URLs and log lines well formed.
 */
const OWNER_NAME = /^[\w.-]+\/[\w.-]+$/;

export const isRepositoryName = (text: string): boolean => OWNER_NAME.test(text);
