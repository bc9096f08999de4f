"use strict";
exports.id = 874;
exports.ids = [874];
exports.modules = {

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   identitiesFromEnvironment: () => (/* binding */ identitiesFromEnvironment),
/* harmony export */   n: () => (/* binding */ defaultKeyFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_sops_age_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4569);
/* harmony import */ var _lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1037);
/**
 * Where the CLI finds age identities, as sops does: SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and the default
 * keys.txt of the user's config folder, all combined. (The decrypt-env action deliberately does not
 * look in the home folder: it takes keys only from its input or the environment.)
 */




/** sops' default key file: `<UserConfigDir>/sops/age/keys.txt`. */
function defaultKeyFile({ env, platform, home }) {
    if (platform === "win32")
        return env.APPDATA ? node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.join(env.APPDATA, "sops", "age", "keys.txt") : undefined;
    if (env.XDG_CONFIG_HOME)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(env.XDG_CONFIG_HOME, "sops", "age", "keys.txt");
    if (platform === "darwin")
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(home, "Library", "Application Support", "sops", "age", "keys.txt");
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(home, ".config", "sops", "age", "keys.txt");
}
function readKeyFile(file, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
    }
    catch {
        throw (0,_lib_sops_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .badInput */ .AN)(`${what} (${file}) cannot be read: check the path and its permissions`);
    }
}
async function identitiesFromEnvironment(lookup) {
    const identities = [];
    const parse = (text, source) => {
        lookup.onKeyText?.(text);
        return (0,_lib_sops_age_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIdentities */ .go)(text, source);
    };
    const inline = lookup.env.SOPS_AGE_KEY;
    if (inline && inline.trim() !== "")
        identities.push(...(await parse(inline, "SOPS_AGE_KEY")));
    const keyFile = lookup.env.SOPS_AGE_KEY_FILE;
    if (keyFile)
        identities.push(...(await parse(readKeyFile(keyFile, "SOPS_AGE_KEY_FILE"), keyFile)));
    const fallback = lookup.includeDefaultFile ? defaultKeyFile(lookup) : undefined;
    if (fallback) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fallback, "utf8");
        }
        catch {
            // The default key file is optional.
        }
        if (text !== undefined && text.trim() !== "")
            identities.push(...(await parse(text, fallback)));
    }
    return identities;
}


/***/ })

};
;
//# sourceMappingURL=874.index.js.map