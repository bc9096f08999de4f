// Names a decrypted file may not export, by family (each was a way to run code in a later step), and
// ordinary credentials that must still pass.
import { describe, expect, test } from "@jest/globals";
import { REFUSED_FAMILIES, nameProblem } from "../actions/lib/env/names.js";

const refusedBy = (name: string) => {
  const problem = nameProblem(name);
  return problem?.kind === "refused" ? problem.family.what : problem?.kind;
};

describe("refused, by family", () => {
  test.each([
    ["the runner and later steps", ["GITHUB_TOKEN", "RUNNER_TEMP", "ACTIONS_RUNTIME_TOKEN", "INPUT_X", "CI"]],
    [
      "the search path and the shell's start-up and prompt hooks",
      ["PATH", "BASH_ENV", "ENV", "PS4", "PROMPT_COMMAND", "BASH_FUNC_x", "LESSOPEN", "EDITOR"],
    ],
    [
      "home, config, cache and temporary folders",
      [
        "HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "TMPDIR",
        "KUBECONFIG",
        "DOCKER_CONFIG",
        "AWS_CONFIG_FILE",
      ],
    ],
    [
      "the dynamic loader, locale and iconv modules",
      ["LD_PRELOAD", "LD_LIBRARY_PATH", "DYLD_INSERT_LIBRARIES", "GCONV_PATH"],
    ],
    [
      "Python, pip and uv",
      ["PYTHONUSERBASE", "PYTHONPATH", "PYTHONSTARTUP", "PIP_INDEX_URL", "UV_INDEX_URL"],
    ],
    [
      "Node.js, npm, yarn, pnpm and corepack",
      [
        "NODE_OPTIONS",
        "npm_config_node_options",
        "NPM_CONFIG_REGISTRY",
        "YARN_RC_FILENAME",
        "COREPACK_NPM_REGISTRY",
      ],
    ],
    [
      "Java, Maven and Gradle",
      ["JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "MAVEN_OPTS", "GRADLE_OPTS", "CLASSPATH"],
    ],
    ["Go and C toolchains", ["GOFLAGS", "GOPROXY", "CGO_CFLAGS", "CC", "LDFLAGS"]],
    [
      ".NET",
      ["DOTNET_STARTUP_HOOKS", "CORECLR_PROFILER_PATH", "COMPlus_EnableDiagnostics", "MSBUILDEXTENSIONSPATH"],
    ],
    ["Ruby, Perl and PHP", ["RUBYOPT", "BUNDLE_GEMFILE", "PERL5OPT", "PERL5LIB", "PHPRC"]],
    ["git and ssh", ["GIT_SSH_COMMAND", "GIT_CONFIG_GLOBAL", "GIT_EXEC_PATH", "SSH_ASKPASS"]],
    [
      "TLS trust stores and proxies",
      [
        "SSL_CERT_FILE",
        "NODE_EXTRA_CA_CERTS",
        "REQUESTS_CA_BUNDLE",
        "SSLKEYLOGFILE",
        "https_proxy",
        "ALL_PROXY",
      ],
    ],
  ] as const)("%s", (family, names) => {
    // NODE_EXTRA_CA_CERTS is a trust store, but Node's NODE_ prefix names it first.
    const expected = (name: string) =>
      name === "NODE_EXTRA_CA_CERTS" ? "Node.js, npm, yarn, pnpm and corepack" : family;
    expect(names.map((name) => [name, refusedBy(name)])).toEqual(names.map((name) => [name, expected(name)]));
  });

  test("case does not matter, as on Windows", () => {
    for (const name of ["path", "Path", "Node_Options", "pythonpath", "git_ssh_command"])
      expect(nameProblem(name)?.kind).toBe("refused");
  });

  test("every family names something", () => {
    for (const family of REFUSED_FAMILIES)
      expect(family.names.length + family.prefixes.length).toBeGreaterThan(0);
  });
});

test.each([
  "HF_TOKEN",
  "DATABASE_URL",
  "TWINE_PASSWORD",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "CODECOV_TOKEN",
  "JUNIPER_DATA_API_KEYS",
  "PYPI_TOKEN",
  "ANTHROPIC_API_KEY",
  "SENTRY_SDK_DSN",
  "CASCOR_AUTHKEY",
  "NODE_AUTH_TOKEN",
  "GOOGLE_API_KEY",
  "database__url",
])("%s is an ordinary credential and may be exported", (name) => {
  expect(nameProblem(name)).toBeUndefined();
});

test.each(["1ABC", "my-key", "a.b", "x y"])("%s is not a variable name", (name) => {
  expect(nameProblem(name)).toEqual({ kind: "invalid" });
});
