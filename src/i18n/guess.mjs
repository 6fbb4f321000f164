// The language the app will start in, guessed by the loader before the wasm runs, so that
// language's module is fetched while the main module is (xtask/lazy-modules.mjs copies this
// function into the link module, support-triage-lazy-<hash>.js, without its comments). The
// rule is `Locale::negotiate` and `Locale::from_tag` (src/i18n/mod.rs) without the page's
// configured default, which the loader cannot know: the
// remembered choice, then the browser's languages in order, then English. A wrong guess only
// fetches a module early; the app still decides. tests/fixtures/language-negotiation.json holds
// the cases both implementations are checked against (src/i18n/tests.rs and
// tests/e2e/language-guess.test.mjs). Returns a lower-case tag: en, pl, es, nl, ko, ja, zh-tw.
export function guessLanguage(remembered, preferred) {
  for (const tag of [remembered, ...preferred]) {
    const [primary, ...rest] = String(tag ?? '').toLowerCase().split(/[-_]/);
    // Chinese: the first script or region decides (zh-Hans-TW is Simplified, which the app lacks).
    if (primary == 'zh') {
      if (/^(hant|tw|hk|mo)$/.test(rest.find((sub) => /^(hant|tw|hk|mo|hans|cn|sg)$/.test(sub)))) return 'zh-tw';
    } else if (/^(en|pl|es|nl|ko|ja)$/.test(primary)) return primary;
  }
  return 'en';
}
