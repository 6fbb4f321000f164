//! Which languages are ready to use. English is built into the main module. With the `lazy-modules`
//! feature every other language is compiled into a wasm module of its own and fetched the first
//! time it is chosen; without it (native builds and tests) every language is always ready.

use super::{English, Language, Locale};

/// Hands out a language's texts. A plain function pointer, so it can cross from a lazy module.
type LanguageGetter = fn() -> &'static dyn Language;

/// A language's module could not be fetched (the network failed, or the server no longer has
/// this version's file). The texts in use stay as they are; choosing the language again retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageUnavailable;

#[cfg(feature = "lazy-modules")]
impl From<wasm_split_helpers::SplitLoaderError> for LanguageUnavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        LanguageUnavailable
    }
}

macro_rules! lazy_languages {
    ($($locale:ident => $getter:ident, $door:ident, $module:ident :: $language:ident;)*) => {
        $(
            #[cfg_attr(feature = "lazy-modules", wasm_split_helpers::wasm_split($door, fallible))]
            fn $getter() -> Result<LanguageGetter, LanguageUnavailable> {
                Ok(|| &super::$module::$language)
            }
        )*

        /// Loads a language's module; English needs none.
        #[cfg(feature = "lazy-modules")]
        async fn fetch(locale: Locale) -> Result<LanguageGetter, LanguageUnavailable> {
            match locale {
                Locale::English => Ok(|| &English),
                $(Locale::$locale => $getter().await,)*
            }
        }

        #[cfg(not(feature = "lazy-modules"))]
        fn built_in(locale: Locale) -> &'static dyn Language {
            match locale {
                Locale::English => &English,
                $(Locale::$locale => match $getter() {
                    Ok(getter) => getter(),
                    Err(LanguageUnavailable) => &English,
                },)*
            }
        }
    };
}

lazy_languages! {
    Polish => polish, language_pl, pl::Polish;
    Spanish => spanish, language_es, es::Spanish;
    Dutch => dutch, language_nl, nl::Dutch;
    Korean => korean, language_ko, ko::Korean;
    TraditionalChinese => traditional_chinese, language_zh_tw, zh_tw::TraditionalChinese;
    Japanese => japanese, language_ja, ja::Japanese;
}

#[cfg(feature = "lazy-modules")]
thread_local! {
    /// The languages fetched so far, by their place in [`Locale::ALL`].
    static LOADED: std::cell::RefCell<[Option<&'static dyn Language>; 7]> =
        const { std::cell::RefCell::new([None; 7]) };
}

#[cfg(feature = "lazy-modules")]
fn position(locale: Locale) -> usize {
    Locale::ALL.iter().position(|candidate| *candidate == locale).unwrap_or(0)
}

/// The language's texts if they are ready; otherwise `None` and the caller falls back to
/// English until [`load`] has finished.
pub(super) fn ready(locale: Locale) -> Option<&'static dyn Language> {
    #[cfg(feature = "lazy-modules")]
    {
        if locale == Locale::English {
            return Some(&English);
        }
        LOADED.with(|loaded| loaded.borrow()[position(locale)])
    }
    #[cfg(not(feature = "lazy-modules"))]
    {
        Some(built_in(locale))
    }
}

impl Locale {
    /// Whether this language's texts can be shown right now.
    pub fn is_ready(self) -> bool {
        ready(self).is_some()
    }

    /// Makes this language's texts ready, fetching its module when it has not been fetched.
    pub async fn load(self) -> Result<(), LanguageUnavailable> {
        #[cfg(feature = "lazy-modules")]
        if !self.is_ready() {
            let language = fetch(self).await?();
            LOADED.with(|loaded| loaded.borrow_mut()[position(self)] = Some(language));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    use super::*;
    use crate::i18n::Message;

    /// Runs a future that never waits on anything, as `load` does without the `lazy-modules` feature.
    fn finish<T>(future: impl Future<Output = T>) -> T {
        let mut context = Context::from_waker(Waker::noop());
        match pin!(future).poll(&mut context) {
            Poll::Ready(value) => value,
            Poll::Pending => panic!("loading waited although every language is built in"),
        }
    }

    fn check(locale: Locale, retry_in_that_language: &str) {
        assert!(locale.is_ready(), "{locale:?} is not ready");
        assert_eq!(finish(locale.load()), Ok(()), "{locale:?} did not load");
        // The text comes from the language itself, not from the English fallback.
        assert_eq!(locale.text(Message::PageLoadRetry), retry_in_that_language, "{locale:?}");
    }

    #[test]
    fn without_lazy_modules_every_language_is_ready_and_its_own() {
        check(Locale::English, "Try again");
        check(Locale::Polish, "Spróbuj ponownie");
        check(Locale::Spanish, "Volver a intentarlo");
        check(Locale::Dutch, "Opnieuw proberen");
        check(Locale::Korean, "다시 시도");
        check(Locale::TraditionalChinese, "再試一次");
        check(Locale::Japanese, "もう一度試す");
    }
}
