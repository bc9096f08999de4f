/** What the main step hands to the post step through GITHUB_STATE. */
export const CLEANUP_STATE = "cleanup";

export interface CleanupState {
  /** Plaintext files to delete. */
  files: string[];
  /** Folders created for them, deepest first: removed when empty. */
  folders: string[];
}
