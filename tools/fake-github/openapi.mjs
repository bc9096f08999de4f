// GitHub's official REST description (npm package @octokit/openapi) as the fake server's contract:
// routes matched by path template and method, parameters and JSON bodies validated with ajv. The
// description is parsed once per process and each validator compiled once per operation.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const GENERATED = path.join(path.dirname(require.resolve("@octokit/openapi/package.json")), "generated");

/** `api.github.com` (github.com) or `ghes-3.19` (the oldest line still carrying the pre-2026 API). */
export const DESCRIPTIONS = { github: "api.github.com.json", ghes: "ghes-3.19.json" };

const loaded = new Map();

/** The parsed description with its route index; loaded on first use. */
export function loadDescription(which = "github") {
  let description = loaded.get(which);
  if (!description) {
    const spec = JSON.parse(readFileSync(path.join(GENERATED, DESCRIPTIONS[which]), "utf8"));
    description = { spec, routes: indexRoutes(spec), converted: new Map(), validators: new Map() };
    loaded.set(which, description);
  }
  return description;
}

const METHODS = ["get", "put", "post", "patch", "delete", "head"];

/** Routes grouped by method and segment count; within a group, literal segments win over templates. */
function indexRoutes(spec) {
  const routes = new Map();
  for (const [template, item] of Object.entries(spec.paths)) {
    const segments = template.split("/").slice(1);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${segments.length}`;
      if (!routes.has(key)) routes.set(key, []);
      routes.get(key).push({
        template,
        method,
        segments,
        operation,
        operationId: operation.operationId,
        literals: segments.filter((segment) => !segment.startsWith("{")).length,
        parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) =>
          resolve(spec, parameter),
        ),
      });
    }
  }
  for (const group of routes.values()) group.sort((a, b) => b.literals - a.literals);
  return routes;
}

function resolve(spec, node) {
  if (!node?.$ref) return node;
  const target = node.$ref
    .slice(2)
    .split("/")
    .reduce((parent, key) => parent[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  return resolve(spec, target);
}

/** The operation a request path addresses, with its decoded path parameters, or undefined. */
export function matchRoute(description, method, pathname) {
  const segments = pathname.replace(/\/+$/, "").split("/").slice(1);
  for (const route of description.routes.get(`${method} ${segments.length}`) ?? []) {
    const params = {};
    const matches = route.segments.every((segment, index) => {
      const actual = segments[index] ?? "";
      if (!segment.startsWith("{")) return segment === actual;
      params[segment.slice(1, -1)] = decodeURIComponent(actual);
      return actual !== "";
    });
    if (matches) return { ...route, params };
  }
  return undefined;
}

// OpenAPI 3.0 keywords that are annotations or that JSON Schema spells differently.
const ANNOTATIONS = new Set(["example", "examples", "externalDocs", "discriminator", "xml", "deprecated"]);

/**
 * An OpenAPI 3.0 schema as JSON Schema: `nullable` becomes a null alternative, annotations and `x-`
 * extensions are dropped, component `$ref`s point into `definitions` (collected in `used`).
 */
function convert(node, used, dropFormats) {
  if (Array.isArray(node)) return node.map((item) => convert(item, used, dropFormats));
  if (node === null || typeof node !== "object") return node;
  if (typeof node.$ref === "string") {
    const name = /^#\/components\/schemas\/(.+)$/.exec(node.$ref)?.[1];
    if (!name) throw new Error(`unsupported $ref ${node.$ref}`);
    used.add(name);
    return { $ref: `#/definitions/${name}` };
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-") || key === "nullable") continue;
    if (key === "format" && dropFormats) continue;
    // `properties` and `definitions` hold names, not schemas keyed by keyword.
    out[key] =
      key === "properties" || key === "patternProperties"
        ? Object.fromEntries(
            Object.entries(value).map(([name, schema]) => [name, convert(schema, used, dropFormats)]),
          )
        : convert(value, used, dropFormats);
  }
  return node.nullable === true ? { anyOf: [out, { type: "null" }] } : out;
}

/** A self-contained JSON Schema: the converted schema plus every component it reaches. */
function standalone(description, schema, { dropFormats = false } = {}) {
  const used = new Set();
  const root = convert(schema, used, dropFormats);
  const definitions = {};
  const pending = [...used];
  while (pending.length > 0) {
    const name = pending.pop();
    if (name in definitions) continue;
    const key = `${dropFormats}:${name}`;
    let converted = description.converted.get(key);
    if (!converted) {
      const reached = new Set();
      converted = {
        schema: convert(description.spec.components.schemas[name], reached, dropFormats),
        reached,
      };
      description.converted.set(key, converted);
    }
    definitions[name] = converted.schema;
    pending.push(...converted.reached);
  }
  return { ...root, definitions };
}

const ajv = new Ajv({ strict: false, logger: false, allErrors: false, validateFormats: true });
addFormats(ajv);

function validator(description, key, build) {
  let compiled = description.validators.get(key);
  if (!compiled) {
    compiled = ajv.compile(build());
    description.validators.set(key, compiled);
  }
  return compiled;
}

/**
 * Values a query or path string may stand for: the string itself, and the number or boolean it spells.
 * A parameter is valid when any candidate matches its schema (so `oneOf: [integer, string]` works).
 */
function candidates(text) {
  const values = [text];
  if (/^-?\d+(\.\d+)?$/.test(text)) values.push(Number(text));
  if (text === "true" || text === "false") values.push(text === "true");
  return values;
}

/** The value an ajv error's instancePath points at. */
function valueAt(body, instancePath) {
  return instancePath
    .slice(1)
    .split("/")
    .filter(Boolean)
    .map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((parent, key) => parent?.[key], body);
}

/** GitHub's wording for the schema violations a client is most likely to make. */
function describeError(error, body) {
  const value = valueAt(body, error.instancePath);
  const where = error.instancePath
    ? `For 'properties/${error.instancePath.slice(1).split("/").join("/properties/")}'`
    : "For 'the request body'";
  switch (error.keyword) {
    case "required":
      return `"${error.params.missingProperty}" wasn't supplied.`;
    case "maxProperties":
      return `No more than ${error.params.limit} properties are allowed; ${Object.keys(value ?? {}).length} were supplied.`;
    case "type":
      return `${where}, ${JSON.stringify(value)} is not a ${error.params.type}.`;
    case "maxLength":
      return `${where}, ${JSON.stringify(value)} is too long (maximum is ${error.params.limit} characters).`;
    case "enum":
      return `${where}, ${JSON.stringify(value)} is not a member of ${JSON.stringify(error.params.allowedValues)}.`;
    default:
      return `${where}, ${error.message ?? "is invalid"}.`;
  }
}

/**
 * Problems of one request against its operation, as GitHub words them (empty when it conforms): path
 * and query parameters, the JSON body against the request schema, and body keys the schema does not
 * list (GitHub answers `"x" is not a permitted key.`; older GHES says so for `return_run_details`).
 */
export function requestProblems(description, route, { query, body, hasBody }) {
  const problems = [];
  for (const parameter of route.parameters) {
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    const raw = parameter.in === "path" ? route.params[parameter.name] : query.get(parameter.name);
    if (raw === null || raw === undefined) {
      if (parameter.required) problems.push(`"${parameter.name}" wasn't supplied.`);
      continue;
    }
    // Parameter formats are documentation: `created` takes search syntax such as `>=2026-01-01`.
    const check = validator(description, `${route.operationId} param ${parameter.name}`, () =>
      standalone(description, parameter.schema ?? {}, { dropFormats: true }),
    );
    if (!candidates(raw).some((value) => check(value))) {
      problems.push(`${JSON.stringify(raw)} is not a valid value for ${parameter.name}.`);
    }
  }
  const requestBody = resolve(description.spec, route.operation.requestBody);
  const schema = requestBody?.content?.["application/json"]?.schema;
  if (!schema) return problems;
  if (!hasBody) {
    if (requestBody.required) problems.push("A JSON request body is required.");
    return problems;
  }
  const resolved = resolve(description.spec, schema);
  if (
    body !== null &&
    typeof body === "object" &&
    !Array.isArray(body) &&
    resolved.properties &&
    resolved.additionalProperties === undefined
  ) {
    for (const key of Object.keys(body)) {
      if (!(key in resolved.properties)) problems.push(`"${key}" is not a permitted key.`);
    }
  }
  const check = validator(description, `${route.operationId} body`, () => standalone(description, schema));
  if (!check(body)) problems.push(...(check.errors ?? []).map((error) => describeError(error, body)));
  return problems;
}

/** Why a response body does not match the operation's schema for its status, or undefined. */
export function responseProblem(description, route, status, body) {
  const responses = route.operation.responses ?? {};
  const response = resolve(description.spec, responses[String(status)] ?? responses.default);
  if (!response) return `status ${status} is not among the documented responses`;
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) return body === undefined ? undefined : `status ${status} documents no body, but one was sent`;
  const check = validator(description, `${route.operationId} response ${status}`, () =>
    standalone(description, schema),
  );
  if (check(body)) return undefined;
  return (check.errors ?? [])
    .slice(0, 3)
    .map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`)
    .join("; ");
}

/** The documentation link GitHub puts in error bodies for this operation. */
export function documentationUrl(route) {
  return route?.operation.externalDocs?.url ?? "https://docs.github.com/rest";
}

/** A copy of a documented example (`components.examples`), to build realistic response objects. */
export function example(description, name) {
  return structuredClone(description.spec.components.examples[name].value);
}
