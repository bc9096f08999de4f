/** `pypi-token-publish`: an upload to PyPI or TestPyPI with a stored token, trusted publishing or not. */
import type { Audit } from "../audit.js";
import { PYPI, tokenUploads } from "./publishing.js";

export const pypiTokenPublish: Audit = {
  id: "pypi-token-publish",
  audit: (context) => tokenUploads("pypi-token-publish", PYPI, context, () => "error"),
};
