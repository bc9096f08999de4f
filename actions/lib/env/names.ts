/**
 * Which names may become environment variables. A decrypted file must not be able to take over the
 * runner or later steps (`PATH`, `NODE_OPTIONS`, `LD_PRELOAD`, `GITHUB_*`, ...), so such names are refused
 * unless the workflow allows them explicitly.
 */
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const DANGEROUS_NAMES = new Set([
  "PATH",
  "HOME",
  "SHELL",
  "ENV",
  "BASH_ENV",
  "SHELLOPTS",
  "BASHOPTS",
  "IFS",
  "PS4",
  "PROMPT_COMMAND",
  "CDPATH",
  "NODE_OPTIONS",
  "NODE_PATH",
  "NODE_EXTRA_CA_CERTS",
  "NODE_TLS_REJECT_UNAUTHORIZED",
  "PYTHONPATH",
  "PYTHONSTARTUP",
  "PYTHONHOME",
  "PERL5OPT",
  "PERL5LIB",
  "RUBYOPT",
  "RUBYLIB",
  "JAVA_TOOL_OPTIONS",
  "_JAVA_OPTIONS",
  "JDK_JAVA_OPTIONS",
  "GIT_SSH",
  "GIT_SSH_COMMAND",
  "GIT_ASKPASS",
  "GIT_EXEC_PATH",
  "GIT_TEMPLATE_DIR",
  "SSH_ASKPASS",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "CURL_CA_BUNDLE",
  "REQUESTS_CA_BUNDLE",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "ALL_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "all_proxy",
  "no_proxy",
  "CI",
]);

const DANGEROUS_PREFIXES = [
  "GITHUB_",
  "RUNNER_",
  "ACTIONS_",
  "INPUT_",
  "STATE_",
  "LD_",
  "DYLD_",
  "GIT_CONFIG",
];

export type NameProblem = "invalid" | "dangerous";

/** Why a name may not be exported, or undefined when it may. Case-insensitive on Windows-like names. */
export function nameProblem(name: string): NameProblem | undefined {
  if (!VALID_NAME.test(name)) return "invalid";
  const upper = name.toUpperCase();
  if (DANGEROUS_NAMES.has(name) || DANGEROUS_NAMES.has(upper)) return "dangerous";
  if (DANGEROUS_PREFIXES.some((prefix) => upper.startsWith(prefix))) return "dangerous";
  return undefined;
}

/** A name that can never be written to GITHUB_ENV or a dotenv line, whatever the workflow allows. */
export function isUnrepresentableName(name: string): boolean {
  return name === "" || /[=\0\r\n]/.test(name);
}

/** `*` and `?` wildcards over whole names; every other character is literal. */
export function wildcardMatcher(patterns: readonly string[]): (name: string) => boolean {
  if (patterns.length === 0) return () => true;
  const expressions = patterns.map(
    (pattern) =>
      new RegExp(
        `^${Array.from(pattern)
          .map((char) =>
            char === "*" ? ".*" : char === "?" ? "." : char.replace(/[\\^$.|+()[\]{}/-]/g, "\\$&"),
          )
          .join("")}$`,
        "su",
      ),
  );
  return (name) => expressions.some((expression) => expression.test(name));
}
