export function actionFolders(root: string): string[];
export function bundleEntries(root: string): Record<string, string>;
