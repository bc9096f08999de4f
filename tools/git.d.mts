export function gitIn(cwd: string, args: string[], date?: string): string;
