import type { WrittenFile } from "../common/created-files.js";

/** What the main step hands to the post step through GITHUB_STATE: the file it wrote, by identity. */
export const CLEANUP_STATE = "cleanup";

export type CleanupState = WrittenFile;
