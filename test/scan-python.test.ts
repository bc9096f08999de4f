/**
 * `secret-default`: literal defaults of secret-named variables in Python code, the Juniper finding
 * `CASCOR_AUTHKEY = os.getenv("CASCOR_AUTHKEY", "juniper")` and its pydantic-settings twins.
 */
import { describe, expect, test } from "@jest/globals";
import { findSecretDefaults, isSecretVariableName } from "../actions/lib/scan/python.js";
import { Scanner } from "../actions/lib/scan/scanner.js";

const names = (text: string) => findSecretDefaults(text).map((found) => [found.name, found.value, found.via]);

describe("environment lookups with a literal default", () => {
  test.each([
    ['CASCOR_AUTHKEY = os.getenv("CASCOR_AUTHKEY", "juniper")', ["CASCOR_AUTHKEY", "juniper", "os.getenv"]],
    [
      "key = os.environ.get('ANTHROPIC_API_KEY', 'sk-dev')",
      ["ANTHROPIC_API_KEY", "sk-dev", "os.environ.get"],
    ],
    ['os.environ.setdefault("HF_TOKEN", "hf_dev")', ["HF_TOKEN", "hf_dev", "os.environ.setdefault"]],
    [
      'dsn = getenv("SENTRY_SDK_DSN", default="https://k@o0.ingest.sentry.io/1")',
      ["SENTRY_SDK_DSN", "https://k@o0.ingest.sentry.io/1", "getenv"],
    ],
    ['pw = environ.get("DB_PASSWORD", r"p@ss")', ["DB_PASSWORD", "p@ss", "environ.get"]],
    [
      'token = os.getenv(\n    "JUNIPER_DATA_API_KEYS",\n    "a,b",\n)',
      ["JUNIPER_DATA_API_KEYS", "a,b", "os.getenv"],
    ],
  ])("%s", (line, expected) => {
    expect(names(line)).toEqual([expected]);
  });

  test.each([
    ['os.getenv("CASCOR_AUTHKEY", "")', "an empty default"],
    ['os.getenv("CASCOR_AUTHKEY")', "no default"],
    ['os.getenv("CASCOR_AUTHKEY", None)', "None"],
    ['os.getenv("CASCOR_AUTHKEY", DEFAULT_KEY)', "a name, not a literal"],
    ['os.getenv("LOG_LEVEL", "INFO")', "a name that is no secret"],
    ['os.getenv("API_KEY_FILE", "/run/secrets/api_key")', "where a secret is, not the secret"],
    ['os.getenv("AUTH_URL", "https://auth.example.com")', "a URL setting"],
    ['os.getenv("AUTHOR", "juniper")', "AUTHOR is not AUTH"],
    ['# os.getenv("CASCOR_AUTHKEY", "juniper")', "a comment"],
  ])("%s is fine (%s)", (line) => {
    expect(names(line)).toEqual([]);
  });
});

describe("pydantic-settings fields", () => {
  const settings = [
    "from pydantic import Field, SecretStr",
    "from pydantic_settings import BaseSettings",
    "",
    "class CascorSettings(BaseSettings):",
    '    """Settings; authkey: str = "doc" in a docstring line is not a field."""',
    '    authkey: str = "juniper"',
    '    hf_token: SecretStr = SecretStr("hf_dev_token")',
    '    anthropic_api_key: str = Field(default="sk-dev")',
    '    sentry_sdk_dsn: str = Field("https://k@o0.ingest.sentry.io/1", description="DSN")',
    '    data_api_key: str = ""',
    "    password: str | None = None",
    '    log_level: str = "INFO"',
    '    token_url: str = "https://auth.example.com/token"',
    "",
    "    def key(self) -> str:",
    '        secret_key: str = "local variable in a method"',
    "        return secret_key",
    "",
    "class Model(BaseModel):",
    '    api_key: str = "not settings"',
    "",
    'override = SecretStr("inline")',
  ].join("\n");

  test("secret-named fields with literal defaults, SecretStr literals anywhere", () => {
    expect(names(settings)).toEqual([
      ["authkey", "juniper", "settings field"],
      ["hf_token", "hf_dev_token", "settings field"],
      ["anthropic_api_key", "sk-dev", "settings field"],
      ["sentry_sdk_dsn", "https://k@o0.ingest.sentry.io/1", "settings field"],
      ["override", "inline", "SecretStr"],
    ]);
  });

  test("a nested class and a subclass of the project's own settings base", () => {
    const text =
      'class Base(JuniperSettings):\n    class Config:\n        env_prefix = "X_"\n    api_token: str = "t0ken"\n';
    expect(names(text)).toEqual([["api_token", "t0ken", "settings field"]]);
  });
});

test.each([
  ["CASCOR_AUTHKEY", true],
  ["hf_token", true],
  ["SENTRY_SDK_DSN", true],
  ["JUNIPER_DATA_API_KEYS", true],
  ["apiKeyPath", false],
  ["public_key", false],
  ["AUTHOR", false],
  ["LOG_LEVEL", false],
])("%s looks like a secret: %s", (name, expected) => {
  expect(isSecretVariableName(name)).toBe(expected);
});

test("the scanner reports them in .py files only, with line, never the value", () => {
  const scanner = new Scanner({ now: 0 });
  const text = 'import os\nCASCOR_AUTHKEY = os.getenv("CASCOR_AUTHKEY", "juniper")\n';
  const python = scanner.scan({ path: "juniper_cascor/config.py", bytes: Buffer.from(text) }).findings;
  expect(python.map((finding) => [finding.rule, finding.severity, finding.line])).toEqual([
    ["secret-default", "error", 2],
  ]);
  expect(python[0]?.message).toBe("CASCOR_AUTHKEY has a hard-coded default (os.getenv): … (7 chars)");
  expect(python[0]?.message).not.toContain("juniper");
  expect(scanner.scan({ path: "docs/config.md", bytes: Buffer.from(text) }).findings).toEqual([]);
  expect(scanner.scan({ path: "config.pyi.txt", bytes: Buffer.from(text) }).findings).toEqual([]);
});
