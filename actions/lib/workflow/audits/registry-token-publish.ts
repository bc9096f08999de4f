/**
 * `registry-token-publish`: npm, RubyGems, crates.io and NuGet uploads with a stored token. All four
 * take trusted publishing; a job that already has `id-token: write` has no reason left for the token.
 */
import type { Audit } from "../audit.js";
import { REGISTRIES, tokenUploads } from "./publishing.js";

export const registryTokenPublish: Audit = {
  id: "registry-token-publish",
  audit: (context) =>
    REGISTRIES.flatMap((registry) =>
      tokenUploads("registry-token-publish", registry, context, (job) =>
        job.reach.idToken ? "error" : "warning",
      ),
    ),
};
