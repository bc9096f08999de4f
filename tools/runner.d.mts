export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  env: Record<string, string>;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** Registered masks, unescaped as the runner reads them. */
  masks: string[];
  /** stdout as the job log shows it: command lines consumed, masked values replaced by ***. */
  log: string;
}

export interface RunOptions {
  node: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  workspace: string;
  /** Run the post entry after main, as the runner does at the end of the job. */
  post?: boolean;
  /** Called between main and post, e.g. to simulate what later steps did. */
  beforePost?: (main: StepResult) => void;
}

export const REPO_ROOT: string;
export function parseCommands(stdout: string): WorkflowCommand[];
export function parseFileCommands(text: string): Record<string, string>;
export function maskLog(text: string, masks: string[]): string;
export function inputVariable(name: string): string;
export function stepEnvironment(options: {
  action: string;
  workspace: string;
  protocolDir: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): { metadata: unknown; protocol: Record<string, string>; env: Record<string, string> };
export function runBundle(
  action: string,
  options: RunOptions,
): Promise<{ main: StepResult; post?: StepResult }>;
export function runStepInScratchWorkspace(
  action: string,
  options: { inputs?: Record<string, string>; env?: Record<string, string>; node?: string },
): Promise<StepResult>;
