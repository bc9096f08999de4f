"use strict";
exports.id = 261;
exports.ids = [261];
exports.modules = {

/***/ 8261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotationCommand: () => (/* binding */ rotationCommand)
/* harmony export */ });
/* harmony import */ var _common_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9554);
/* harmony import */ var _common_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3167);
/* harmony import */ var _common_sops_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5940);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2863);
/* harmony import */ var _lib_interfaces_rotate_reminder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7019);
/* harmony import */ var _lib_rotation_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6419);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4704);
/**
 * `secrets-actions rotation [--policy FILE] [FILES...]`: rotate-reminder's SOPS report for the local
 * repository, as a table; exit 1 when a secret is overdue. Identities come from the environment and
 * the default keys.txt, as for every command: with one, ages are exact.
 */







const ROTATION = (0,_usage_js__WEBPACK_IMPORTED_MODULE_6__/* .usageOf */ .Fs)("rotation");
/** Columns padded to their widest cell; every cell escaped for the terminal first. */
function table(cells) {
    const rows = cells.map((row) => row.map(_common_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLogLine */ .kz));
    const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
    return rows
        .map((row) => row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd())
        .join("\n");
}
async function rotationCommand(args, io, identities, usageError) {
    const parsed = (0,_usage_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)(ROTATION, args, { policy: { type: "string" } }, usageError);
    const root = await (0,_common_git_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryRoot */ .Hn)(io.cwd);
    if (!root)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${io.cwd} is not in a git repository: rotation reads the history of SOPS files`);
    const defaultPolicy = _lib_interfaces_rotate_reminder_js__WEBPACK_IMPORTED_MODULE_4__/* .ROTATE_REMINDER */ .v.inputs.policy.default;
    const policy = (0,_common_sops_history_js__WEBPACK_IMPORTED_MODULE_2__/* .loadRotationPolicy */ .dw)(root, parsed.values.policy ?? defaultPolicy, defaultPolicy);
    const keys = await identities();
    const files = await (0,_common_sops_history_js__WEBPACK_IMPORTED_MODULE_2__/* .rotationFiles */ .QK)(root, parsed.positionals);
    const found = [];
    const facts = [];
    for (const file of files) {
        const result = await (0,_common_sops_history_js__WEBPACK_IMPORTED_MODULE_2__/* .sopsSecrets */ .Rv)(root, file, "local", keys, (message) => {
            io.stderr(`${(0,_common_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLogLine */ .kz)(`secrets-actions: ${message}`)}\n`);
        });
        found.push(...result.secrets);
        facts.push(...result.facts);
    }
    const notes = (0,_lib_rotation_report_js__WEBPACK_IMPORTED_MODULE_5__/* .hygieneNotes */ .fX)(facts);
    for (const secret of found)
        secret.hygiene = notes.get(`${secret.file ?? ""}:${secret.name}`) ?? [];
    const entries = (0,_lib_rotation_report_js__WEBPACK_IMPORTED_MODULE_5__/* .buildReport */ .FK)(found, policy, Date.now());
    const rows = [
        ["SECRET", "FILE", "AGE", "MAX", "STATUS", "COMMIT", "HYGIENE"],
        ...entries.map((entry) => [
            entry.name,
            entry.file ?? "",
            `${entry.exact ? "" : "<="}${entry["age-days"]}d`,
            `${entry["max-age-days"]}d`,
            entry.status,
            (entry.commit ?? "").slice(0, 12),
            entry.hygiene.join("; "),
        ]),
    ];
    io.stdout(`${table(rows)}\n`);
    const overdue = entries.filter((entry) => entry.status === "overdue").length;
    io.stderr(`secrets-actions rotation: ${entries.length} secrets in ${files.length} files: ${overdue} overdue${keys.length === 0 ? " (no key: ages are upper bounds)" : ""}\n`);
    return overdue > 0 ? 1 : 0;
}


/***/ })

};
;
//# sourceMappingURL=261.index.js.map