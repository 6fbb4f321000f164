// The standalone page's landing screen before the app has mounted (index.html). The build
// puts guessLanguage (src/i18n/guess.mjs) before this and fills LANDING_TEXTS
// (xtask/static-landing.mjs); the page loads it in its head, so it runs before the landing is
// parsed or painted.
// - Language: the page guesses the language the app will start in. For any but English it
//   fetches the landing's texts in that language (src/i18n/landing/<tag>.json) and keeps the
//   landing hidden until they are in, so the page does not show English and then switch; if
//   they are slow or cannot be had, English shows after a moment.
// - Buttons: the two buttons work from the first paint. A click is kept on the mount element
//   as `data-st-open` (a place name of `SupportTriage.open`), which the app reads when it
//   mounts, and shows (src/embed.rs); until then the button says it is busy.
// - Focus: if a button had keyboard focus when the app replaces the landing, the app's button
//   in the same place gets it, so a keyboard user is not sent back to the top of the page.
const LANDING_TEXTS = {};
(() => {
  const root = document.documentElement;
  const staticButton = (target) => target.closest?.('[data-st-static] button[data-st-open]') ?? null;
  const mount = () => document.getElementById('support-triage');
  const whenParsed = (then) => {
    if (document.readyState === 'loading') document.addEventListener('readystatechange', then, { once: true });
    else then();
  };

  let remembered = null;
  try {
    remembered = localStorage.getItem('support-triage:preference:locale');
  } catch {}
  const language = guessLanguage(remembered, navigator.languages || []);
  const file = LANDING_TEXTS[language];
  if (file) {
    root.classList.add('st-landing-translating');
    const show = () => root.classList.remove('st-landing-translating');
    setTimeout(show, 1500);
    const texts = fetch(new URL(file, document.currentScript.src))
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null);
    whenParsed(() => texts.then((words) => {
      const landing = document.querySelector('[data-st-static]');
      if (words && landing) {
        for (const element of landing.querySelectorAll('[data-st-text]')) {
          const text = words[element.dataset.stText];
          if (typeof text === 'string') element.textContent = text;
        }
        const option = [...landing.querySelectorAll('option')].find((each) => each.value.toLowerCase() === language);
        if (option) {
          option.selected = true;
          landing.lang = option.value;
        }
      }
      show();
    }));
  }

  let focused = null;
  const onClick = (event) => {
    const button = staticButton(event.target);
    const element = mount();
    if (!button || !element || element.hasAttribute('data-st-open')) return;
    element.setAttribute('data-st-open', button.dataset.stOpen);
    button.setAttribute('aria-disabled', 'true');
    button.classList.add('st-button--waiting');
  };
  const onFocusIn = (event) => {
    focused = staticButton(event.target);
  };
  const onFocusOut = (event) => {
    // Focus moved elsewhere on purpose (taking the landing away moves it nowhere).
    if (event.relatedTarget) focused = null;
  };
  document.addEventListener('click', onClick);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);

  whenParsed(() => {
    const element = mount();
    const landing = element && element.querySelector('[data-st-static]');
    if (!landing) return;
    const buttons = [...landing.querySelectorAll('button[data-st-open]')];
    // Yew empties the mount element first and renders into it a moment later; once it has,
    // this stops watching (so typing in the app never runs it).
    new MutationObserver((_, observer) => {
      if (landing.isConnected || !element.querySelector('.st-root')) return;
      observer.disconnect();
      document.removeEventListener('click', onClick);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      const place = buttons.indexOf(focused);
      const active = document.activeElement;
      // After a click the app opens a place and moves focus there itself.
      if (place < 0 || focused.classList.contains('st-button--waiting')) return;
      if (active && active !== document.body) return;
      element.querySelectorAll('.st-landing .st-cards button')[place]?.focus();
    }).observe(element, { childList: true, subtree: true });
  });
})();
