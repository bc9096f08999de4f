/**
 * `hardcoded-credential`: a literal password, token or key in `env:`, `with:`, or a container's or
 * service's `credentials:`. Values are judged by the scanner's own detectors (a credential format, or a
 * random value under a secret's name); a literal registry password in `credentials:` counts whatever it
 * looks like. A service container's own password (the test database the job starts) is a note.
 */
import type { Entry, Node } from "../document.js";
import { namesSecret } from "../../scan/patterns.js";
import { isPlaceholder } from "../../scan/values.js";
import { workflowFinding, type Audit, type AuditContext, type WorkflowFinding } from "../audit.js";

/** A value written into the file: not an expression, not empty, not a placeholder. */
function literal(entry: Entry): string | undefined {
  const text = entry.value?.string?.trim() ?? "";
  if (text === "" || text.includes("${{") || isPlaceholder(text)) return undefined;
  // A switch or a count is never a credential (`persist-credentials: false`, `token-length: 32`).
  if (/^(?:true|false|yes|no|on|off|\d+)$/i.test(text)) return undefined;
  return text;
}

interface Place {
  entries: readonly Entry[];
  where: string;
  /** A service container's environment: its own throw-away password is a note. */
  service?: boolean;
}

function containerPlaces(node: Node | undefined, where: string, service: boolean): Place[] {
  if (!node?.isMap) return [];
  return [
    { entries: node.get("env")?.entries() ?? [], where: `${where} env`, service },
    {
      entries: (node.get("credentials")?.entries() ?? []).filter((entry) => entry.key === "password"),
      where: `${where} credentials`,
    },
  ];
}

function places(context: AuditContext): Place[] {
  const { workflow } = context;
  const list: Place[] = [{ entries: workflow.env, where: "workflow env" }];
  for (const job of workflow.jobs) {
    list.push(
      { entries: job.env, where: `job ${job.id} env` },
      { entries: job.with, where: `job ${job.id} with` },
    );
    list.push(...containerPlaces(job.node.get("container"), `job ${job.id} container`, false));
    for (const service of job.node.get("services")?.entries() ?? [])
      list.push(...containerPlaces(service.value, `service ${service.key}`, true));
    for (const step of job.steps)
      list.push(
        { entries: step.env, where: `${job.id} step env` },
        { entries: step.with, where: `${job.id} step with` },
      );
  }
  return list;
}

export const hardcodedCredential: Audit = {
  id: "hardcoded-credential",
  audit: (context) => {
    const found = new Map<number, WorkflowFinding>();
    for (const place of places(context)) {
      for (const entry of place.entries) {
        const value = literal(entry);
        if (value === undefined) continue;
        const hit = context.credentials(entry.key, value)[0];
        const registryPassword = place.where.endsWith("credentials");
        // By name alone: an action's password or token input, or a service container's own password.
        const namedLiteral =
          namesSecret(entry.key) && (place.where.includes("with") || place.service === true);
        if (!hit && !registryPassword && !namedLiteral) continue;
        const line = entry.value?.line ?? entry.keyLine;
        if (found.has(line)) continue;
        const what = hit ? hit.label : `literal ${entry.key}`;
        const severity =
          hit?.severity ??
          (place.service && !registryPassword ? "note" : registryPassword ? "error" : "warning");
        found.set(
          line,
          workflowFinding(
            "hardcoded-credential",
            line,
            `${what} written into the workflow (${place.where}: ${entry.key})`,
            `${place.where}\0${entry.key}`,
            severity,
          ),
        );
      }
    }
    return [...found.values()];
  },
};
