"use strict";
exports.id = 506;
exports.ids = [506,472];
exports.modules = {

/***/ 5506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommandWithSecrets: () => (/* binding */ runCommandWithSecrets)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./actions/lib/sops/engine.ts
var engine = __webpack_require__(1472);
// EXTERNAL MODULE: ./actions/lib/sops/errors.ts
var errors = __webpack_require__(1037);
// EXTERNAL MODULE: ./actions/lib/sops/formats.ts + 8 modules
var formats = __webpack_require__(1481);
;// CONCATENATED MODULE: ./actions/common/decrypt-file.ts
/**
 * One SOPS file from disk to its plaintext tree (MAC verified unless asked otherwise), the same way for
 * decrypt-env and `secrets-actions run`: errors name the file as the user wrote it.
 */




async function decryptSopsFile(file, name, identities, ignoreMac = false) {
    try {
        const bytes = (0,external_node_fs_.readFileSync)(file);
        const format = (0,formats/* detectEncryptedFormat */.X$)(file, bytes);
        const result = await (0,engine.decrypt)(bytes, { format, identities, ignoreMac });
        return {
            file: name,
            format,
            branches: result.branches,
            leaves: result.leaves,
            lastModified: result.metadata.lastModified,
            warnings: result.warnings,
        };
    }
    catch (error) {
        throw (0,errors/* inFile */.s5)(name, error);
    }
}

;// CONCATENATED MODULE: ./actions/common/created-files.ts
/**
 * What writeFileSafely (safe-write.ts) created, and how it is removed later: only if each entry is still
 * the very one it created. Apart from safe-write.ts so that decrypt-env's post step, which only removes,
 * loads none of the writing (nor node:crypto, a few milliseconds of start-up on Node 24).
 */

/**
 * Deletes what `writeFileSafely` created, but only entries that are still the ones it created (same
 * device and inode): a file or folder a later step put at that path is left alone and reported.
 */
function removeCreated(written) {
    const state = (entry) => {
        try {
            const stat = (0,external_node_fs_.lstatSync)(entry.path);
            return stat.dev === entry.device && stat.ino === entry.inode ? "same" : "replaced";
        }
        catch {
            return "gone";
        }
    };
    const file = state(written.file);
    if (file === "same")
        (0,external_node_fs_.rmSync)(written.file.path);
    for (const folder of written.folders) {
        if (state(folder) !== "same")
            continue;
        try {
            (0,external_node_fs_.rmdirSync)(folder.path);
        }
        catch {
            // Not empty any more (another step wrote there): leave it.
        }
    }
    return { deleted: file === "same", replaced: file === "replaced" };
}

// EXTERNAL MODULE: ./actions/common/safe-write.ts
var safe_write = __webpack_require__(6779);
// EXTERNAL MODULE: ./actions/common/sops-config.ts
var sops_config = __webpack_require__(7958);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var lib_errors = __webpack_require__(2863);
;// CONCATENATED MODULE: ./actions/lib/interfaces/decrypt-env.ts
const DECRYPT_ENV = {
    name: "decrypt-env",
    inputs: {
        files: { kind: "list", required: true },
        "age-key": { kind: "secret", default: "" },
        "export-env": { kind: "boolean", default: true },
        "output-file": { kind: "string", default: "" },
        "output-format": { kind: "choice", default: "dotenv", choices: ["dotenv", "json", "yaml"] },
        keys: { kind: "list", default: "" },
        prefix: { kind: "string", default: "" },
        "nested-delimiter": { kind: "string", default: "__" },
        uppercase: { kind: "boolean", default: false },
        "mask-min-length": { kind: "integer", default: 4, min: 0 },
        "allow-names": { kind: "list", default: "" },
        "ignore-missing": { kind: "boolean", default: false },
        "ignore-mac": { kind: "boolean", default: false },
        cleanup: { kind: "boolean", default: true },
    },
    outputs: ["keys", "files", "output-file", "lastmodified"],
    post: true,
};

;// CONCATENATED MODULE: ./actions/lib/interfaces/spec.ts
/** The default as `action.yml` writes it (undefined: the input has none). */
function declaredDefault(spec) {
    return spec.default === undefined ? undefined : String(spec.default);
}
/** The name of an input of `action`, checked by the compiler: messages use it to name inputs. */
function inputName(_action, name) {
    return name;
}

// EXTERNAL MODULE: ./actions/lib/sops/tree.ts
var sops_tree = __webpack_require__(8866);
;// CONCATENATED MODULE: ./actions/lib/env/output-file.ts
/**
 * The plaintext file decrypt-env writes for docker compose, pydantic-settings (python-dotenv) and CI
 * scripts that run `set -a; source .env` in bash. Each value is written so that all three read back
 * exactly the decrypted text and none of them runs or expands anything:
 * - single quotes when the value allows (no `'`, no `\\`, no trailing `\`): literal in all three;
 * - else double quotes with `\\` and `"` escaped, when the value holds no `$`, backtick or line break;
 * - else, and for `${NAME}` (which python-dotenv 0.21, Debian's, expands whatever the quoting), the value
 *   is refused with a pointer to JSON/YAML or export-env, which carry any value intact.
 */





/**
 * Literal in all three readers: bash and docker compose take single-quoted text as it is (newlines
 * included), python-dotenv un-escapes only `\\` and `\'` in it.
 */
function singleQuotable(value) {
    return !value.includes("'") && !value.includes("\\\\") && !value.endsWith("\\");
}
/**
 * Double quotes read the same in bash, compose and python-dotenv once `\\` and `"` are escaped, as long
 * as the value has nothing any of them expands or that they escape differently: `$` (compose and bash
 * expand it), a backtick (bash runs it), a line break (bash keeps `\n` as two characters).
 */
function doubleQuotable(value) {
    return !/[$`\r\n]/.test(value);
}
const PYTHON_DOTENV_VARIABLE = /\$\{[^}:]*(?::-[^}]*)?\}/;
function dotenvLine(name, value) {
    if (PYTHON_DOTENV_VARIABLE.test(value)) {
        throw new lib_errors/* ConfigurationError */.j1(`the value of ${name} contains \${...}, which python-dotenv expands in any quoting; use ${inputName(DECRYPT_ENV, "output-format")} json or yaml, or ${inputName(DECRYPT_ENV, "export-env")}`);
    }
    if (singleQuotable(value))
        return `${name}='${value}'`;
    if (doubleQuotable(value))
        return `${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    throw new lib_errors/* ConfigurationError */.j1(`the value of ${name} holds a quote or backslash together with a $, a backtick or a line break, which bash, docker compose and python-dotenv cannot all read back unchanged from one dotenv line; use ${inputName(DECRYPT_ENV, "output-format")} json or yaml, or ${inputName(DECRYPT_ENV, "export-env")}`);
}
function renderOutputFile(variables, format) {
    if (format === "dotenv")
        return variables.map((variable) => `${dotenvLine(variable.name, variable.value)}\n`).join("");
    const tree = new sops_tree/* TreeMap */.rR(variables.map((variable) => ({ key: variable.name, value: variable.value })));
    return Buffer.from((0,formats/* createStore */.y$)(format).emitPlain([tree])).toString("utf8");
}

// EXTERNAL MODULE: ./actions/lib/env/flatten.ts
var flatten = __webpack_require__(2932);
;// CONCATENATED MODULE: ./actions/lib/env/names.ts
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
/** The refused families; action.yml, the README and the tests list them from here. */
const REFUSED_FAMILIES = [
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
/** Why a name may not be exported, or undefined when it may. */
function nameProblem(name) {
    if (!VALID_NAME.test(name))
        return { kind: "invalid" };
    const upper = name.toUpperCase();
    if (CREDENTIALS.has(upper))
        return undefined;
    const family = REFUSED_FAMILIES.find((candidate) => candidate.names.includes(upper) || candidate.prefixes.some((prefix) => upper.startsWith(prefix)));
    return family ? { kind: "refused", family } : undefined;
}
/** A name that can never be written to GITHUB_ENV or a dotenv line, whatever the workflow allows. */
function isUnrepresentableName(name) {
    return name === "" || /[=\0\r\n]/.test(name);
}
/** `*` and `?` wildcards over whole names; every other character is literal. */
function wildcardMatcher(patterns) {
    if (patterns.length === 0)
        return () => true;
    const expressions = patterns.map((pattern) => new RegExp(`^${Array.from(pattern)
        .map((char) => char === "*" ? ".*" : char === "?" ? "." : char.replace(/[\\^$.|+()[\]{}/-]/g, "\\$&"))
        .join("")}$`, "su"));
    return (name) => expressions.some((expression) => expression.test(name));
}

;// CONCATENATED MODULE: ./actions/lib/env/plan.ts
/**
 * From decrypted files to the variables decrypt-env exports: flattening, selection, naming, overrides,
 * name safety and what to mask. Pure: the action shell does the I/O.
 */





function linesOf(value) {
    return value
        .split(/\r?\n|\r/)
        .map((line) => line.trim())
        .filter((line) => line !== "");
}
function characterCount(text) {
    return Array.from(text).length;
}
function planVariables(sources, options) {
    const optionName = options.optionName ?? ((option) => inputName(DECRYPT_ENV, option));
    const selected = wildcardMatcher(options.keys);
    const allowed = new Set(options.allowNames);
    const byName = new Map();
    const overrides = [];
    for (const source of sources) {
        for (const entry of (0,flatten/* flattenDocuments */.d)(source.branches, source.leaves, options.nestedDelimiter)) {
            const base = options.uppercase ? entry.name.toUpperCase() : entry.name;
            if (!selected(base))
                continue;
            const name = `${options.prefix}${base}`;
            const previous = byName.get(name);
            if (previous)
                overrides.push({ name, file: source.file, overridden: previous.file });
            // Re-inserting moves the name to its latest position, the order later steps would see it in.
            byName.delete(name);
            byName.set(name, {
                name,
                value: entry.value,
                secret: entry.secret,
                file: source.file,
                parts: entry.secretParts,
            });
        }
    }
    for (const variable of byName.values()) {
        if (isUnrepresentableName(variable.name)) {
            throw new lib_errors/* ConfigurationError */.j1(`${variable.file}: the key ${JSON.stringify(variable.name)} cannot be an environment variable name (it is empty or contains "=" or a line break)`);
        }
        const problem = nameProblem(variable.name);
        if (problem && !allowed.has(variable.name)) {
            const why = problem.kind === "invalid"
                ? "is not a valid environment variable name (letters, digits and _, not starting with a digit)"
                : "could take over the runner or later steps";
            throw new lib_errors/* ConfigurationError */.j1(`${variable.file}: the key ${problem.kind === "invalid" ? JSON.stringify(variable.name) : variable.name} ${why}; rename it, select other keys with \`${optionName("keys")}\`, or list it in \`${optionName("allow-names")}\`${problem.kind === "refused" ? ` (it steers ${problem.family.what})` : ""}`);
        }
    }
    const masks = new Set();
    const unmaskedShort = [];
    for (const variable of byName.values()) {
        if (!variable.secret)
            continue;
        const candidates = [variable.value, ...variable.parts].flatMap((text) => [text, ...linesOf(text)]);
        let skipped = false;
        for (const candidate of candidates) {
            if (candidate.trim() === "")
                continue;
            if (characterCount(candidate) < options.maskMinLength)
                skipped = true;
            else
                masks.add(candidate);
        }
        if (skipped)
            unmaskedShort.push(variable.name);
    }
    return {
        variables: [...byName.values()].map(({ name, value, secret, file }) => ({ name, value, secret, file })),
        overrides,
        masks: [...masks],
        unmaskedShort,
    };
}

// EXTERNAL MODULE: ./actions/lib/sops/config.ts
var lib_sops_config = __webpack_require__(9516);
// EXTERNAL MODULE: ./actions/cli/usage.ts
var usage = __webpack_require__(4704);
;// CONCATENATED MODULE: ./actions/cli/run.ts
/**
 * `secrets-actions run [-f FILE]... [options] -- COMMAND...`: the same secrets on a laptop as in CI.
 * The files are decrypted in memory (MAC verified), named as decrypt-env names them (prefix, nested
 * delimiter, uppercase, the same refused names), and handed to COMMAND in its environment, so nothing
 * is written to disk; or, with `--dotenv-file PATH`, in a 0600 dotenv file that is removed when COMMAND
 * ends, however it ends. Signals go on to COMMAND; its exit code is ours.
 */















const RUN = (0,usage/* usageOf */.Fs)("run");
const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
/** The files to decrypt by default: those `.sops.yaml` covers in this folder, or `.env.enc`. */
function defaultFiles(cwd) {
    const configFile = (0,sops_config/* locateSopsConfig */.ah)(cwd);
    const covered = [];
    if (configFile) {
        const { config } = (0,sops_config/* readSopsConfig */.aU)(configFile);
        const configDir = external_node_path_default().dirname(configFile);
        for (const name of (0,external_node_fs_.readdirSync)(cwd).sort()) {
            const file = external_node_path_default().join(cwd, name);
            if (!(0,lib_sops_config/* findCreationRule */.nJ)(config, (0,lib_sops_config/* pathForRules */.Cc)(configDir, file))?.pathRegex)
                continue;
            const format = (0,formats/* formatForPath */.G9)(file) ?? "binary";
            try {
                if ((0,engine/* isEncrypted */.ph)((0,external_node_fs_.readFileSync)(file), { format }))
                    covered.push(file);
            }
            catch {
                // A folder or an unreadable file is not a SOPS file to run with.
            }
        }
    }
    if (covered.length > 0)
        return covered;
    const fallback = external_node_path_default().join(cwd, ".env.enc");
    if ((0,external_node_fs_.existsSync)(fallback))
        return [fallback];
    throw new lib_errors/* ConfigurationError */.j1(`no SOPS file to run with in ${cwd}: nothing .sops.yaml covers here and no .env.enc; name one with -f FILE`);
}
/** Runs COMMAND and resolves with its exit code (128 + the signal number when a signal ended it). */
function runCommand(command, env, cwd) {
    return new Promise((resolve, reject) => {
        const [program = "", ...args] = command;
        const child = (0,external_node_child_process_.spawn)(program, args, { stdio: "inherit", env, cwd });
        const forward = (signal) => () => child.kill(signal);
        const handlers = FORWARDED.map((signal) => [signal, forward(signal)]);
        for (const [signal, handler] of handlers)
            process.on(signal, handler);
        const done = () => {
            for (const [signal, handler] of handlers)
                process.off(signal, handler);
        };
        child.on("error", (error) => {
            done();
            reject(new lib_errors/* ConfigurationError */.j1(error.code === "ENOENT"
                ? `${program}: command not found (give the command after --, e.g. -- python -m app)`
                : `${program} cannot be started: ${error.message}`));
        });
        child.on("exit", (code, signal) => {
            done();
            resolve(code ?? 128 + (signal ? external_node_os_.constants.signals[signal] : 1));
        });
    });
}
async function runCommandWithSecrets(args, io, identities, usageError) {
    const separator = args.indexOf("--");
    const command = separator === -1 ? [] : args.slice(separator + 1);
    const { values, positionals } = (0,usage/* parseCommandArgs */.Qx)(RUN, separator === -1 ? args : args.slice(0, separator), {
        file: { type: "string", short: "f", multiple: true },
        keys: { type: "string" },
        prefix: { type: "string" },
        "nested-delimiter": { type: "string" },
        uppercase: { type: "boolean" },
        "allow-names": { type: "string" },
        "dotenv-file": { type: "string" },
    }, usageError);
    if (command.length === 0)
        throw usageError("give the command to run after --, e.g. run -- python -m app");
    if (positionals.length > 0)
        throw usageError(`unexpected ${positionals[0] ?? ""} before --`);
    const list = (value) => (value ?? "")
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");
    const files = values.file?.map((file) => external_node_path_default().resolve(io.cwd, file)) ?? defaultFiles(io.cwd);
    const keys = await identities();
    const sources = [];
    for (const file of files)
        sources.push(await decryptSopsFile(file, external_node_path_default().relative(io.cwd, file) || file, keys));
    const plan = planVariables(sources, {
        keys: list(values.keys),
        prefix: values.prefix ?? "",
        nestedDelimiter: values["nested-delimiter"] ?? "__",
        uppercase: values.uppercase ?? false,
        allowNames: list(values["allow-names"]),
        maskMinLength: 0,
        optionName: (option) => `--${option}`,
    });
    const env = { ...io.env };
    const envFile = values["dotenv-file"];
    if (envFile === undefined) {
        for (const variable of plan.variables)
            env[variable.name] = variable.value;
        io.stderr(`secrets-actions run: ${plan.variables.length} variables from ${sources.map((source) => source.file).join(", ")}\n`);
        return runCommand(command, env, io.cwd);
    }
    const target = external_node_path_default().resolve(io.cwd, envFile);
    const written = (0,safe_write/* writeFileSafely */.kv)(target, renderOutputFile(plan.variables, "dotenv"), {
        what: `--dotenv-file ${envFile}`,
        roots: [external_node_path_default().parse(target).root],
        mode: 0o600,
        replace: false,
    });
    env.SECRETS_ENV_FILE = written.file.path;
    // The file goes when COMMAND ends, and when we are told to end before it does.
    const remove = () => removeCreated(written);
    process.once("exit", remove);
    try {
        io.stderr(`secrets-actions run: ${plan.variables.length} variables in ${envFile} (SECRETS_ENV_FILE) until the command ends\n`);
        return await runCommand(command, env, io.cwd);
    }
    finally {
        remove();
        process.off("exit", remove);
    }
}


/***/ }),

/***/ 6779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e$: () => (/* binding */ checkTarget),
/* harmony export */   kv: () => (/* binding */ writeFileSafely)
/* harmony export */ });
/* unused harmony export resolvesInside */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2863);
/**
 * Writing files from an action without being steered by the repository it runs on: a pull request
 * controls symbolic links and which files exist, so a target is written only inside the workspace or
 * RUNNER_TEMP (after resolving every link of its folder), never through a link, atomically (a
 * temporary file in the same folder, then a rename), and over an existing file only when asked: a new
 * file is linked into place rather than renamed, so that one that appears there meanwhile is never
 * replaced. What it created is removed by created-files.ts.
 */




function identity(file) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file);
    return { path: file, device: stat.dev, inode: stat.ino };
}
const inside = (child, parent) => {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(parent, child);
    return relative === "" || (!relative.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
};
function realRoots(roots) {
    return roots.flatMap((root) => {
        if (!root)
            return [];
        try {
            return [(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root)];
        }
        catch {
            return [];
        }
    });
}
function existingAncestor(folder) {
    for (let current = folder;; current = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(current);
            return current;
        }
        catch {
            if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current) === current)
                return current;
        }
    }
}
/**
 * Whether a path, all its links resolved, lies inside one of the roots: a file a pull request links
 * from the workspace to elsewhere on the runner does not.
 */
function resolvesInside(file, roots) {
    let real;
    try {
        real = realpathSync(file);
    }
    catch {
        return false;
    }
    return realRoots(roots).some((root) => inside(real, root));
}
const failure = (target, options, why) => new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${options.what} (${target}) ${why}`);
/**
 * The checks `writeFileSafely` makes before it writes, on their own: so that a command can refuse its
 * target before long work whose result it would not be able to write. Throws what `writeFileSafely` would.
 */
function checkTarget(target, options) {
    const roots = realRoots(options.roots);
    const fail = (why) => {
        throw failure(target, options, why);
    };
    checkFolderOf(existingAncestor(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target)), roots, fail);
    let existing;
    try {
        existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(target);
    }
    catch {
        existing = undefined;
    }
    if (existing?.isSymbolicLink())
        fail("is a symbolic link: delete it or choose another path");
    if (existing && !(options.replace && existing.isFile()))
        fail(ALREADY_EXISTS);
}
const ALREADY_EXISTS = "already exists: choose a path that does not exist, or delete it first (in a workflow: in an earlier step)";
/** The folder, all its links resolved, must lie inside one of the roots. */
function checkFolderOf(existing, roots, fail) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(existing);
    }
    catch (error) {
        return fail(`cannot be written: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeUnknown */ .Ee)(error)}`);
    }
    if (!roots.some((root) => inside(real, root))) {
        fail(`resolves to ${real}, outside the workspace and RUNNER_TEMP (a symbolic link in its path?): write it inside the workspace`);
    }
}
function writeFileSafely(target, content, options) {
    const roots = realRoots(options.roots);
    const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target);
    const fail = (why) => {
        throw failure(target, options, why);
    };
    checkTarget(target, options);
    const folders = [];
    const missing = [];
    for (let current = folder;; current = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(current);
            break;
        }
        catch {
            missing.unshift(current);
        }
    }
    for (const created of missing) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(created, { mode: 0o700 });
        }
        catch (error) {
            fail(`cannot be written: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeUnknown */ .Ee)(error)}`);
        }
        folders.unshift(identity(created));
    }
    checkFolderOf(folder, roots, fail);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, content, { mode: options.mode, flag: "wx" });
        if (options.replace)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, target);
        else {
            // A link fails when anything (a file, a link) is at the target by now; a rename would replace it.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(temporary, target);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary);
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
        for (const created of folders) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(created.path);
            }
            catch {
                // Something else now lives there (the file that won the race): the folder stays, the error is ours.
            }
        }
        const exists = error?.code === "EEXIST";
        fail(exists ? ALREADY_EXISTS : `cannot be written: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeUnknown */ .Ee)(error)}`);
    }
    return { file: identity(target), folders };
}


/***/ }),

/***/ 7958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aU: () => (/* binding */ readSopsConfig),
/* harmony export */   ah: () => (/* binding */ locateSopsConfig)
/* harmony export */ });
/* unused harmony export SOPS_CONFIG_NAME */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _lib_sops_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9516);
/**
 * Finding and reading `.sops.yaml` as sops does: an explicit file, or the nearest one in the starting
 * folder or a folder above it. Shared by verify-no-plaintext, rotate-reminder and the CLI.
 */




const SOPS_CONFIG_NAME = ".sops.yaml";
/** sops stops looking after this many parent folders. */
const MAX_DEPTH = 100;
/**
 * The config file for `from`: `explicit` (resolved against `from`; an error naming `what` when it does
 * not exist), else the nearest `.sops.yaml` upward, else undefined.
 */
function locateSopsConfig(from, explicit) {
    if (explicit) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from, explicit.file);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${explicit.what}: ${explicit.file} does not exist in ${from}`);
        return file;
    }
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from);
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, SOPS_CONFIG_NAME);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}
/** Reads and parses a config; `name` is how messages call it (a repository-relative path). */
function readSopsConfig(file, name = file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
    }
    catch {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name} cannot be read: check the file and its permissions`);
    }
    return { config: (0,_lib_sops_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSopsConfig */ .V_)(text, name), file, dir: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file) };
}


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ flattenDocuments)
/* harmony export */ });
/* harmony import */ var _sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _sops_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8866);
/**
 * Turning decrypted SOPS documents into flat name/value pairs for environment variables and dotenv
 * files: nested maps joined with a delimiter (pydantic-settings' `env_nested_delimiter`), lists as one
 * JSON string (how pydantic-settings reads complex fields), and for every pair whether it came from
 * encrypted values (those are secrets; unencrypted ones are configuration).
 */


function compactJson(value) {
    if ((0,_sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeMap */ .vD)(value)) {
        return `{${value
            .entries()
            .map((entry) => `${JSON.stringify(entry.key)}:${compactJson(entry.value)}`)
            .join(",")}}`;
    }
    if ((0,_sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeList */ .rB)(value)) {
        return `[${value
            .filter((item) => !(item instanceof _sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .Comment */ .Mw))
            .map((item) => compactJson(item))
            .join(",")}]`;
    }
    if (value === null)
        return "null";
    if (typeof value === "bigint")
        return value.toString();
    if (typeof value === "number")
        return Number.isFinite(value) ? JSON.stringify(value) : JSON.stringify((0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .valueToString */ .U4)(value));
    if (typeof value === "boolean")
        return String(value);
    if (value instanceof _sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .SopsTime */ .nA || value instanceof Uint8Array)
        return JSON.stringify((0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .valueToString */ .U4)(value));
    return JSON.stringify(value);
}
/**
 * A scalar as an environment variable: floats in JSON's form, so that the integral floats of old sops
 * JSON files (`7` stored as `type:float`) read `7`, not sops' dotenv form `7.0`.
 */
function scalarText(value) {
    return typeof value === "number" && Number.isFinite(value)
        ? (0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFloatJson */ .Ak)(value)
        : (0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .valueToString */ .U4)(value);
}
function locationKey(document, location) {
    return JSON.stringify([document, ...location]);
}
/** Flatten one decrypted document stream (documents in order; later ones override earlier keys). */
function flattenDocuments(branches, leaves, delimiter) {
    const encrypted = new Map();
    for (const leaf of leaves) {
        if (!leaf.encrypted || leaf.value === null)
            continue;
        // Register the leaf's value under every ancestor, so a list entry knows its encrypted elements.
        for (let depth = 1; depth <= leaf.location.length; depth++) {
            const key = locationKey(leaf.document, leaf.location.slice(0, depth));
            const parts = encrypted.get(key) ?? [];
            parts.push((0,_sops_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .valueToString */ .U4)(leaf.value));
            encrypted.set(key, parts);
        }
    }
    const entries = [];
    const visit = (value, document, location) => {
        if ((0,_sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeMap */ .vD)(value)) {
            for (const entry of value.entries())
                visit(entry.value, document, [...location, entry.key]);
            return;
        }
        const secretParts = encrypted.get(locationKey(document, location)) ?? [];
        entries.push({
            name: location.join(delimiter),
            value: (0,_sops_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isTreeList */ .rB)(value) ? compactJson(value) : scalarText(value),
            secret: secretParts.length > 0,
            secretParts,
        });
    };
    branches.forEach((branch, document) => {
        visit(branch, document, []);
    });
    return entries;
}


/***/ }),

/***/ 1472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ replacePlaintext),
/* harmony export */   KY: () => (/* binding */ setValue),
/* harmony export */   ZM: () => (/* binding */ emitPlaintext),
/* harmony export */   decrypt: () => (/* binding */ decrypt),
/* harmony export */   hY: () => (/* binding */ rotateDataKey),
/* harmony export */   im: () => (/* binding */ updateKeys),
/* harmony export */   ph: () => (/* binding */ isEncrypted),
/* harmony export */   w: () => (/* binding */ encrypt)
/* harmony export */ });
/* harmony import */ var _age_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4569);
/* harmony import */ var _cipher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1037);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1481);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2995);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7616);
/* harmony import */ var _shamir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8204);
/* harmony import */ var _tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1635);
/* harmony import */ var _tree_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(840);
/**
 * The SOPS engine's operations on whole files: decrypt (with MAC verification), encrypt, set/unset a
 * value, updatekeys and filestatus. Bytes in, bytes out: callers do the file system and key lookup.
 */









function settingsOf(metadata) {
    return { rule: metadata.cryptRule, macOnlyEncrypted: metadata.macOnlyEncrypted };
}
/** sops writes lastmodified in UTC with second precision. */
function timestamp(now) {
    return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function readEncrypted(bytes, options) {
    const store = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions);
    const document = store.parseEncrypted(bytes);
    return { store, branches: document.branches, metadata: (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .readMetadata */ ._6)(document.metadata) };
}
/**
 * `sops decrypt`: every document's plaintext tree, after the MAC over it was verified (unless
 * `ignoreMac`). Nothing is returned for a file whose MAC does not match.
 * @throws SopsError NOT_SOPS_FILE (no metadata), MALFORMED (syntax, damaged values or metadata),
 *   UNSUPPORTED (only PGP/KMS/Vault master keys), NO_MATCHING_KEY (no identity opens the data key),
 *   MAC_MISMATCH (changed without re-encryption), BAD_INPUT (a bad identity).
 */
async function decrypt(bytes, options) {
    const { branches, metadata } = options.parsed ?? readEncrypted(bytes, options);
    let dataKey = options.dataKey;
    if (!dataKey) {
        (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .assertHasAgeKeys */ .SG)(metadata, "the file");
        dataKey = await (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapDataKey */ .HL)(metadata, [...options.identities]);
    }
    const stash = new Map();
    const walked = (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .decryptTree */ .sG)(branches, dataKey, settingsOf(metadata), options.keepCiphertexts ? stash : undefined);
    const warnings = [];
    if (walked.plaintextComments > 0) {
        warnings.push(`${walked.plaintextComments} comment(s) are not encrypted (file written by an old sops)`);
    }
    if (options.ignoreMac) {
        warnings.push("MAC verification skipped (ignore-mac): the content is not authenticated");
    }
    else {
        verifyMac(metadata, dataKey, walked.mac);
    }
    return {
        format: options.format,
        branches: walked.branches,
        metadata,
        leaves: walked.leaves,
        warnings,
        dataKey,
        stash,
    };
}
function verifyMac(metadata, dataKey, computed) {
    if (metadata.mac === "") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("MAC_MISMATCH", "the file has no MAC: it was modified or truncated; re-encrypt it with sops");
    }
    let stored;
    try {
        stored = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .decryptValue */ .pN)(metadata.mac, dataKey, (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .macAad */ .YC)(metadata.lastModified), "sops.mac");
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("MAC_MISMATCH", "the MAC cannot be decrypted: lastmodified or the MAC was modified without re-encryption; re-encrypt the file with sops");
    }
    if (stored !== computed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("MAC_MISMATCH", "MAC mismatch: the file was modified without re-encryption (values changed, added, removed or reordered); " +
            "restore it or re-encrypt it with sops");
    }
}
/**
 * Plaintext of a decrypted file in any output format (`sops decrypt --output-type`).
 * @throws SopsError MALFORMED when the tree cannot be written in that format (a list as dotenv).
 */
function emitPlaintext(decrypted, format, storeOptions) {
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(format, storeOptions).emitPlain(decrypted.branches);
}
async function wrapForGroups(dataKey, recipients) {
    const ageGroups = recipients.ageGroups.filter((group) => group.length > 0);
    if (ageGroups.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("no age recipients: give --age or a .sops.yaml creation rule with age keys");
    if (ageGroups.length === 1) {
        const entries = await Promise.all((ageGroups[0] ?? []).map((recipient) => (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapDataKey */ .Ki)(dataKey, recipient)));
        return { groups: [{ age: entries, others: [] }], threshold: 0 };
    }
    const threshold = recipients.shamirThreshold || ageGroups.length;
    if (threshold > ageGroups.length) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`shamir_threshold ${threshold} is larger than the number of key groups (${ageGroups.length})`);
    }
    const shares = (0,_shamir_js__WEBPACK_IMPORTED_MODULE_6__/* .split */ .l)(dataKey, ageGroups.length, threshold);
    const groups = await Promise.all(ageGroups.map(async (group, index) => {
        const share = shares[index];
        const age = await Promise.all(group.map((recipient) => (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapDataKey */ .Ki)(share, recipient)));
        return { age, others: [] };
    }));
    return { groups, threshold };
}
function sealed(branches, metadata, dataKey, options, stash) {
    const walked = (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .encryptTree */ .OJ)(branches, dataKey, settingsOf(metadata), stash);
    const mac = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .encryptValue */ .Rb)(walked.mac, dataKey, (0,_tree_cipher_js__WEBPACK_IMPORTED_MODULE_7__/* .macAad */ .YC)(metadata.lastModified));
    const written = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .writeMetadata */ .f5)({ ...metadata, mac }, { cryptRule: options.format !== "binary" });
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions).emitEncrypted(walked.branches, written);
}
/**
 * `sops encrypt`: a new data key wrapped for every recipient (split across key groups by Shamir when
 * there are several), each selected value encrypted, MAC and lastmodified written.
 * @throws SopsError MALFORMED (the plaintext does not parse, or is already a SOPS file), BAD_INPUT (a bad
 *   recipient, no recipient, an impossible Shamir threshold).
 */
async function encrypt(plaintext, options) {
    const store = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions);
    const branches = store.parsePlain(plaintext);
    if (branches.some((branch) => branch.get("sops") !== undefined)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the file already has a sops metadata key: it is encrypted already (or a key is named `sops`)");
    }
    const dataKey = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .newDataKey */ .uU)();
    const { groups, threshold } = await wrapForGroups(dataKey, options);
    // The binary store ignores selection rules (sops >= 3.11).
    const binary = options.format === "binary";
    const metadata = {
        keyGroups: groups,
        shamirThreshold: threshold,
        lastModified: timestamp(options.now ?? new Date()),
        mac: "",
        cryptRule: binary ? _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CRYPT_RULE */ .ch : (options.cryptRule ?? _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CRYPT_RULE */ .ch),
        macOnlyEncrypted: binary ? false : (options.macOnlyEncrypted ?? false),
        version: _metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .SOPS_VERSION */ .DT,
    };
    return sealed(branches, metadata, dataKey, options);
}
/**
 * `sops set` / `sops unset`: change one value, keep every other ciphertext byte-identical, update the
 * MAC and lastmodified.
 * @throws SopsError as `decrypt` does, and BAD_INPUT for a path that does not fit the tree.
 */
async function setValue(bytes, options) {
    const decrypted = await decrypt(bytes, { ...options, keepCiphertexts: true });
    const [first, ...rest] = decrypted.branches;
    if (!first)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the file has no document to change");
    const changed = options.value === undefined
        ? (0,_tree_path_js__WEBPACK_IMPORTED_MODULE_8__/* .unsetPath */ .d0)(first, options.path)
        : (0,_tree_path_js__WEBPACK_IMPORTED_MODULE_8__/* .setPath */ .SO)(first, options.path, options.value);
    const metadata = { ...decrypted.metadata, lastModified: timestamp(options.now ?? new Date()) };
    return sealed([changed, ...rest], metadata, decrypted.dataKey, options, decrypted.stash);
}
/**
 * Saving `sops edit`: the file's new plaintext (in its own format) encrypted under the same data key.
 * Every value whose key path and plaintext did not change keeps its exact ciphertext, so a diff shows
 * only what changed; MAC and lastmodified are written anew.
 * @throws SopsError as `decrypt` does; MALFORMED when the new plaintext does not parse.
 */
async function replacePlaintext(bytes, plaintext, options) {
    const decrypted = await decrypt(bytes, { ...options, keepCiphertexts: true });
    const branches = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .createStore */ .y$)(options.format, options.storeOptions).parsePlain(plaintext);
    if (branches.some((branch) => branch.get("sops") !== undefined))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the new content has a key named `sops`, which holds the metadata: rename it");
    const metadata = { ...decrypted.metadata, lastModified: timestamp(options.now ?? new Date()) };
    return sealed(branches, metadata, decrypted.dataKey, options, decrypted.stash);
}
/**
 * `sops rotate`: a new data key, every value encrypted again under it, the new key wrapped for the same
 * age recipients in the same key groups (for when someone who could read the file leaves). MAC and
 * lastmodified are written anew.
 * @throws SopsError as `decrypt` does; UNSUPPORTED when the file also holds non-age master keys (they
 *   cannot be re-wrapped here: use sops, or drop them with updatekeys first).
 */
async function rotateDataKey(bytes, options) {
    const decrypted = await decrypt(bytes, options);
    const others = decrypted.metadata.keyGroups.flatMap((group) => group.others);
    if (others.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("UNSUPPORTED", `the file also has ${others.map((key) => key.type).join(", ")} master keys, which this engine cannot wrap a new data key for`);
    }
    const dataKey = (0,_cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .newDataKey */ .uU)();
    const keep = options.keep ?? (() => true);
    const ageGroups = decrypted.metadata.keyGroups.map((group) => group.age.map((key) => key.recipient).filter(keep));
    if (ageGroups.some((group) => group.length === 0))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("a key group would be left without a recipient: nobody could open its share of the data key");
    const { groups, threshold } = await wrapForGroups(dataKey, {
        ageGroups,
        shamirThreshold: Math.min(decrypted.metadata.shamirThreshold, ageGroups.length),
    });
    const metadata = {
        ...decrypted.metadata,
        keyGroups: groups,
        shamirThreshold: threshold,
        lastModified: timestamp(options.now ?? new Date()),
    };
    return sealed(decrypted.branches, metadata, dataKey, options);
}
/**
 * `sops updatekeys`: re-wrap the existing data key for the creation rule's recipients. Values, MAC and
 * lastmodified stay as they are; a file already in sync (policy.ts `compareRecipients`) is returned as is.
 * @throws SopsError NOT_SOPS_FILE, MALFORMED, NO_MATCHING_KEY as `decrypt` does; UNSUPPORTED when the
 *   rule names non-age keys; BAD_INPUT for a bad recipient.
 */
async function updateKeys(bytes, options) {
    const { store, branches, metadata } = readEncrypted(bytes, options);
    const wanted = options.rule.ageGroups.filter((group) => group.length > 0);
    if (options.rule.otherKeys.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb("UNSUPPORTED", `creation rule ${options.rule.index} names non-age keys (${options.rule.otherKeys.join(", ")}); only age keys are supported`);
    }
    const comparison = (0,_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .compareRecipients */ .Wm)(metadata.keyGroups, options.rule);
    if (comparison.inSync)
        return { changed: false, bytes, added: [], removed: [] };
    (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .assertHasAgeKeys */ .SG)(metadata, "the file");
    const dataKey = await (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapDataKey */ .HL)(metadata, [...options.identities]);
    if (dataKey.length !== _cipher_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_KEY_BYTES */ .lM)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)("the recovered data key has the wrong length");
    const threshold = Math.min(metadata.shamirThreshold || options.rule.shamirThreshold, wanted.length);
    const { groups, threshold: written } = await wrapForGroups(dataKey, {
        ageGroups: wanted,
        shamirThreshold: threshold,
    });
    const updated = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .writeMetadata */ .f5)({ ...metadata, keyGroups: groups, shamirThreshold: written }, { cryptRule: options.format !== "binary" });
    return {
        changed: true,
        bytes: store.emitEncrypted(branches, updated),
        added: comparison.missing,
        removed: [...comparison.extra, ...comparison.unnamedOtherKeys],
    };
}
/** `sops filestatus`: whether the bytes hold SOPS metadata for this format. Raises nothing for bad input. */
function isEncrypted(bytes, options) {
    try {
        readEncrypted(bytes, options);
        return true;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SopsError */ .gb)
            return false;
        throw error;
    }
}


/***/ })

};
;
//# sourceMappingURL=506.index.js.map