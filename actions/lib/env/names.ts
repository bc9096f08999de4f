/**
 * Which names may become environment variables. A decrypted file can be written by anyone holding the
 * repository's public age recipient, so it must not be able to change how the runner or a later step
 * behaves: variables that steer programs (where they look for config, code, certificates, proxies,
 * what they run at start-up) are refused unless the workflow lists them in `allow-names`. Variables
 * that carry credentials (`HF_TOKEN`, `DATABASE_URL`, `TWINE_PASSWORD`, `AWS_ACCESS_KEY_ID`) pass.
 *
 * Names are compared case-insensitively on every platform: Windows ignores case, and on Linux many
 * programs read lowercase forms too (`http_proxy`, `npm_config_*`).
 */
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface NameFamily {
  /** What the family steers, for messages and docs: "Python start-up". */
  what: string;
  names: readonly string[];
  prefixes: readonly string[];
}

/** The refused families; action.yml, the README and the tests list them from here. */
export const REFUSED_FAMILIES: readonly NameFamily[] = [
  {
    what: "the runner and later steps",
    names: ["CI"],
    prefixes: ["GITHUB_", "RUNNER_", "ACTIONS_", "INPUT_", "STATE_"],
  },
  {
    what: "the search path and the shell's start-up and prompt hooks",
    names: [
      "PATH",
      "PATHEXT",
      "COMSPEC",
      "SHELL",
      "ENV",
      "BASH_ENV",
      "SHELLOPTS",
      "BASHOPTS",
      "IFS",
      "PS1",
      "PS2",
      "PS3",
      "PS4",
      "PROMPT_COMMAND",
      "CDPATH",
      "FPATH",
      "GLOBIGNORE",
      "INPUTRC",
      "HISTFILE",
      "ZDOTDIR",
      "EDITOR",
      "VISUAL",
      "PAGER",
      "MANPAGER",
      "LESSOPEN",
      "LESSCLOSE",
      "BROWSER",
    ],
    prefixes: ["BASH_FUNC_"],
  },
  {
    what: "home, config, cache and temporary folders",
    names: [
      "HOME",
      "USERPROFILE",
      "APPDATA",
      "LOCALAPPDATA",
      "TMPDIR",
      "TMP",
      "TEMP",
      "KUBECONFIG",
      "DOCKER_CONFIG",
      "DOCKER_HOST",
      "DOCKER_CONTEXT",
      "DOCKER_CERT_PATH",
      "CLOUDSDK_CONFIG",
      "AWS_CONFIG_FILE",
      "AWS_SHARED_CREDENTIALS_FILE",
    ],
    prefixes: ["XDG_"],
  },
  {
    what: "the dynamic loader, locale and iconv modules",
    names: ["GCONV_PATH", "LOCPATH", "NLSPATH"],
    prefixes: ["LD_", "DYLD_"],
  },
  {
    what: "Python, pip and uv",
    names: ["VIRTUAL_ENV"],
    prefixes: ["PYTHON", "PIP_", "UV_"],
  },
  {
    what: "Node.js, npm, yarn, pnpm and corepack",
    names: [],
    prefixes: ["NODE_", "NPM_CONFIG_", "YARN_", "PNPM_", "COREPACK_"],
  },
  {
    what: "Java, Maven and Gradle",
    names: [
      "JAVA_TOOL_OPTIONS",
      "_JAVA_OPTIONS",
      "JDK_JAVA_OPTIONS",
      "JAVA_OPTS",
      "JAVA_OPTIONS",
      "JAVA_HOME",
      "CLASSPATH",
      "MAVEN_OPTS",
      "MAVEN_ARGS",
      "MAVEN_HOME",
      "M2_HOME",
      "GRADLE_OPTS",
      "GRADLE_USER_HOME",
    ],
    prefixes: [],
  },
  {
    what: "Go and C toolchains",
    names: [
      "GOFLAGS",
      "GOPROXY",
      "GONOPROXY",
      "GOPRIVATE",
      "GOSUMDB",
      "GONOSUMDB",
      "GOINSECURE",
      "GOPATH",
      "GOROOT",
      "GOBIN",
      "GOENV",
      "GOTOOLCHAIN",
      "GOEXPERIMENT",
      "GOCACHE",
      "GOMODCACHE",
      "GODEBUG",
      "CC",
      "CXX",
      "CFLAGS",
      "CXXFLAGS",
      "CPPFLAGS",
      "LDFLAGS",
      "MAKEFLAGS",
      "MFLAGS",
    ],
    prefixes: ["CGO_"],
  },
  {
    what: ".NET",
    names: [],
    prefixes: ["DOTNET_", "CORECLR_", "COMPLUS_", "COREHOST_", "MSBUILD"],
  },
  {
    what: "Ruby, Perl and PHP",
    names: ["RUBYOPT", "RUBYLIB", "GEM_HOME", "GEM_PATH", "PHPRC", "PHP_INI_SCAN_DIR"],
    prefixes: ["BUNDLE_", "PERL"],
  },
  {
    what: "git and ssh",
    names: ["SSH_ASKPASS", "SSH_ASKPASS_REQUIRE", "SSH_AUTH_SOCK"],
    prefixes: ["GIT_"],
  },
  {
    what: "TLS trust stores and proxies",
    names: [
      "SSL_CERT_FILE",
      "SSL_CERT_DIR",
      "SSLKEYLOGFILE",
      "CURL_CA_BUNDLE",
      "REQUESTS_CA_BUNDLE",
      "AWS_CA_BUNDLE",
      "OPENSSL_CONF",
      "OPENSSL_MODULES",
      "OPENSSL_ENGINES",
      "HTTP_PROXY",
      "HTTPS_PROXY",
      "ALL_PROXY",
      "NO_PROXY",
      "FTP_PROXY",
    ],
    prefixes: [],
  },
];

/** Credentials whose names fall in a refused family but that only carry a secret. */
const CREDENTIALS = new Set(["NODE_AUTH_TOKEN"]);

export type NameProblem = { kind: "invalid" } | { kind: "refused"; family: NameFamily };

/** Why a name may not be exported, or undefined when it may. */
export function nameProblem(name: string): NameProblem | undefined {
  if (!VALID_NAME.test(name)) return { kind: "invalid" };
  const upper = name.toUpperCase();
  if (CREDENTIALS.has(upper)) return undefined;
  const family = REFUSED_FAMILIES.find(
    (candidate) =>
      candidate.names.includes(upper) || candidate.prefixes.some((prefix) => upper.startsWith(prefix)),
  );
  return family ? { kind: "refused", family } : undefined;
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
