/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one result per finding with
 * the rule id, a repository-relative location against `%SRCROOT%`, and a partial fingerprint so that
 * code scanning tracks an alert across commits.
 */
import type { Log, ReportingDescriptor, Result } from "sarif";
import { RULE_IDS, RULES, describeFinding, type Finding } from "./rules.js";
import { WORKFLOW_RULE_IDS } from "../workflow/rule-info.js";

const isWorkflowRule = (id: string) => (WORKFLOW_RULE_IDS as readonly string[]).includes(id);

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/juniper/secrets-actions";

function ruleDescriptor(id: (typeof RULE_IDS)[number]): ReportingDescriptor {
  const rule = RULES[id];
  return {
    id,
    name: id
      .split("-")
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(""),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description}\n\nFix: ${rule.fix}.`,
      markdown: `${rule.description}\n\n**Fix:** ${rule.fix}.`,
    },
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: ["security", "secrets", ...(isWorkflowRule(id) ? ["workflow"] : [])],
      precision: "high",
    },
  };
}

function encodeUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

export function buildSarif(findings: readonly Finding[]): Log {
  const results: Result[] = findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: RULE_IDS.indexOf(finding.rule),
    level: finding.severity,
    message: { text: describeFinding(finding) + (finding.commit ? ` (in commit ${finding.commit})` : "") },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(finding.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: finding.line },
        },
      },
    ],
    partialFingerprints: { "verifyNoPlaintext/v1": finding.fingerprint },
    ...(finding.commit ? { properties: { commit: finding.commit } } : {}),
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "verify-no-plaintext",
            informationUri: INFORMATION_URI,
            rules: RULE_IDS.map(ruleDescriptor),
          },
        },
        results,
      },
    ],
  };
}
