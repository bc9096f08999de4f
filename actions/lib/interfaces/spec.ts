/**
 * How an action's interface is declared: every input with its kind and default, and every output. Each
 * action declares its interface once (a module beside this one); `getInputs()` reads through it,
 * messages name inputs through it, and a test holds each `action.yml` to it.
 */
export type InputSpec =
  | { kind: "string"; default: string; required?: boolean }
  /** Masked as soon as it is read. */
  | { kind: "secret"; default?: string; required?: boolean }
  /** Items separated by newlines or commas. */
  | { kind: "list"; default?: string; required?: boolean }
  | { kind: "boolean"; default: boolean }
  | { kind: "integer"; default: number; min: number }
  | { kind: "choice"; default: string; choices: readonly string[] }
  /** `30m`, `10s`, `250ms`. */
  | { kind: "duration"; default: string };

export interface ActionInterface {
  /** The action's folder at the repository root, and its dist/ folder. */
  name: string;
  inputs: Readonly<Record<string, InputSpec>>;
  outputs: readonly string[];
  /** Whether the action has a post step (`runs.post`). */
  post: boolean;
}

/** The default as `action.yml` writes it (undefined: the input has none). */
export function declaredDefault(spec: InputSpec): string | undefined {
  return spec.default === undefined ? undefined : String(spec.default);
}

/** The name of an input of `action`, checked by the compiler: messages use it to name inputs. */
export function inputName<A extends ActionInterface>(_action: A, name: keyof A["inputs"] & string): string {
  return name;
}
