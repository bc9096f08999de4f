/**
 * Actions whose tags were moved to malicious code (or that ran such code through an action they called
 * by tag), from their published advisories and the maintainers' or vendors' incident reports. Small on
 * purpose: an offline list of incidents, each with its source, not a vulnerability database. Only
 * commits that a primary source names are listed as malicious.
 */
export interface CompromisedAction {
  /** `owner/repo` or `owner/repo/path`, lower case. */
  action: string;
  /** The advisory, or the incident report where there is none. */
  advisory: string;
  summary: string;
  /** Commits that held the malicious code (full SHAs, lower case). */
  maliciousCommits: readonly string[];
  /** The refs that were moved or that ran the malicious code. */
  refs: {
    /** These exact tags. */
    tags?: readonly string[];
    /** Versions below this one (a major-only tag counts as its newest release: compared by major). */
    below?: readonly number[];
    /** ... and from this one on. */
    from?: readonly number[];
    /** Only tags written without a `v` (the later `v` tags point at the original commits). */
    unprefixed?: boolean;
    /** Every tag and branch. */
    every?: boolean;
  };
}

const TJ = "https://github.com/advisories/GHSA-mrrh-fwg8-r2c3";
const REVIEWDOG = "https://github.com/advisories/GHSA-qmg3-hpqr-gqvc";
const TRIVY = "https://github.com/advisories/GHSA-69fq-xp46-6x23";
const ACTIONS_COOL =
  "https://www.stepsecurity.io/blog/actions-cool-issues-helper-github-action-compromised-all-tags-point-to-imposter-commit-that-exfiltrates-ci-cd-credentials";
const REVIEWDOG_WRAPPER =
  "CVE-2025-30154: calls reviewdog/action-setup@v1, whose tag pointed on 2025-03-11 at a commit that printed the runner's secrets to the log";

export const COMPROMISED_ACTIONS: readonly CompromisedAction[] = [
  {
    action: "tj-actions/changed-files",
    advisory: TJ,
    summary:
      "CVE-2025-30066: on 2025-03-14 every tag up to v45.0.7 was moved to a commit that printed the runner's secrets to the log",
    maliciousCommits: ["0e58ed8671d6b60d0890c21b07f8835ace038e67"],
    refs: { below: [46, 0, 1] },
  },
  {
    action: "tj-actions/eslint-changed-files",
    advisory: TJ,
    summary:
      "CVE-2025-30066: releases up to v25.3.0 call tj-actions/changed-files@v45 and reviewdog/action-setup@v1, both moved to secret-stealing commits in March 2025",
    maliciousCommits: [],
    refs: { below: [25, 3, 1] },
  },
  {
    action: "reviewdog/action-setup",
    advisory: REVIEWDOG,
    summary:
      "CVE-2025-30154: on 2025-03-11 the v1 tag was moved to a commit that printed the runner's secrets to the log",
    maliciousCommits: ["f0d342d24037bb11d26b9bd8496e0808ba32e9ec"],
    refs: { tags: ["v1"] },
  },
  {
    action: "reviewdog/action-shellcheck",
    advisory: REVIEWDOG,
    summary: REVIEWDOG_WRAPPER,
    maliciousCommits: [],
    refs: { below: [1, 29, 2] },
  },
  {
    action: "reviewdog/action-composite-template",
    advisory: REVIEWDOG,
    summary: REVIEWDOG_WRAPPER,
    maliciousCommits: [],
    refs: { below: [0, 20, 2] },
  },
  {
    action: "reviewdog/action-staticcheck",
    advisory: REVIEWDOG,
    summary: REVIEWDOG_WRAPPER,
    maliciousCommits: [],
    refs: { below: [1, 26, 2] },
  },
  {
    action: "reviewdog/action-ast-grep",
    advisory: REVIEWDOG,
    summary: REVIEWDOG_WRAPPER,
    maliciousCommits: [],
    refs: { below: [1, 26, 2] },
  },
  {
    action: "reviewdog/action-typos",
    advisory: REVIEWDOG,
    summary: REVIEWDOG_WRAPPER,
    maliciousCommits: [],
    refs: { below: [1, 17, 2] },
  },
  {
    action: "aquasecurity/trivy-action",
    advisory: TRIVY,
    summary:
      "CVE-2026-33634: on 2026-03-19 the tags 0.0.1 to 0.34.2 were moved to commits with a credential stealer; the tags were deleted and re-made with a `v`",
    maliciousCommits: [],
    refs: { below: [0, 35, 0], unprefixed: true },
  },
  {
    action: "aquasecurity/setup-trivy",
    advisory: TRIVY,
    summary:
      "CVE-2026-33634: on 2026-03-19 the tags v0.2.0 to v0.2.6 were moved to commits with a credential stealer; only v0.2.6 was re-made",
    maliciousCommits: ["8afa9b9f9183b4e00c46e2b82d34047e3c177bd0"],
    refs: { from: [0, 2, 0], below: [0, 2, 6] },
  },
  {
    action: "xygeni/xygeni-action",
    advisory: "https://github.com/advisories/GHSA-f8q5-h5qh-33mh",
    summary:
      "CVE-2026-31976: in March 2026 the v5 tag pointed at a commit that ran a remote shell on the runner",
    maliciousCommits: ["4bf1d4e19ad81a3e8d4063755ae0f482dd3baf12"],
    refs: { tags: ["v5"] },
  },
  {
    action: "checkmarx/kics-github-action",
    advisory: "https://checkmarx.com/blog/ongoing-security-updates/",
    summary:
      "on 2026-03-23 every tag was moved to a commit with a credential stealer (Checkmarx's incident report)",
    maliciousCommits: [],
    refs: { every: true },
  },
  {
    action: "actions-cool/issues-helper",
    advisory: ACTIONS_COOL,
    summary: "on 2026-05-18 every tag was moved to an imposter commit that steals the runner's credentials",
    maliciousCommits: [],
    refs: { every: true },
  },
  {
    action: "actions-cool/maintain-one-comment",
    advisory: ACTIONS_COOL,
    summary: "on 2026-05-18 every tag was moved to an imposter commit that steals the runner's credentials",
    maliciousCommits: [],
    refs: { every: true },
  },
];
