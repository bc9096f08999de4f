import type { Linter } from "eslint";

declare const directions: Linter.Config[];
export default directions;
