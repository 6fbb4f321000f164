//! Links in a configuration: only `https:`, `http:` and `mailto:` links that read the same
//! to a browser as they look.

/// Why a configured link was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    Empty,
    /// Spaces, tabs, line breaks or other control characters inside the link.
    ContainsSpaceOrControl,
    /// A character that has no business in a link and could break out of an attribute.
    UnsafeCharacter {
        character: char,
    },
    /// No scheme: relative links depend on the host page and are refused.
    Relative,
    /// A scheme other than `https:`, `http:` or `mailto:`, such as `javascript:` or `data:`.
    SchemeNotAllowed {
        scheme: String,
    },
    /// An `http(s):` link without `//` and a host name.
    MissingHost,
    /// A user name or password before the host, a classic way to disguise the real host.
    CredentialsInLink,
    /// A `mailto:` link without an address.
    MissingAddress,
}

impl LinkProblem {
    /// The problem in English.
    pub fn message(&self) -> String {
        match self {
            LinkProblem::Empty => "the link is empty".to_owned(),
            LinkProblem::ContainsSpaceOrControl => {
                "the link contains spaces or control characters".to_owned()
            }
            LinkProblem::UnsafeCharacter { character } => {
                format!("the link contains the character {character:?}, which is not allowed")
            }
            LinkProblem::Relative => {
                "the link has no scheme; write a full link starting with https:, http: or mailto:"
                    .to_owned()
            }
            LinkProblem::SchemeNotAllowed { scheme } => format!(
                "links starting with \"{scheme}:\" are not allowed; use https:, http: or mailto:"
            ),
            LinkProblem::MissingHost => "the link has no host name after \"//\"".to_owned(),
            LinkProblem::CredentialsInLink => {
                "the link contains a user name or password before the host".to_owned()
            }
            LinkProblem::MissingAddress => "the mailto: link has no email address".to_owned(),
        }
    }
}

/// Checks a configured link and returns it without surrounding whitespace.
///
/// Only `https:`, `http:` and `mailto:` links pass, compared without regard to case. Anything
/// a browser might read differently from how it looks (inner whitespace or control characters,
/// quotes, angle brackets, backslashes, credentials before the host) is refused.
pub fn check_link(raw: &str) -> Result<String, LinkProblem> {
    let link = raw.trim();
    if link.is_empty() {
        return Err(LinkProblem::Empty);
    }
    if link.chars().any(|character| character.is_whitespace() || character.is_control()) {
        return Err(LinkProblem::ContainsSpaceOrControl);
    }
    if let Some(character) = link.chars().find(|character| "<>\"'`\\".contains(*character)) {
        return Err(LinkProblem::UnsafeCharacter { character });
    }
    let Some((scheme, rest)) = link.split_once(':') else {
        return Err(LinkProblem::Relative);
    };
    let scheme_is_well_formed =
        scheme.chars().next().is_some_and(|first| first.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|character| character.is_ascii_alphanumeric() || "+.-".contains(character));
    if !scheme_is_well_formed {
        // For example "/path:with-colon" or "?q=a:b": the colon is not a scheme separator.
        return Err(LinkProblem::Relative);
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" | "http" => {
            let Some(after_slashes) = rest.strip_prefix("//") else {
                return Err(LinkProblem::MissingHost);
            };
            let authority = after_slashes.split(['/', '?', '#']).next().unwrap_or_default();
            if authority.contains('@') {
                return Err(LinkProblem::CredentialsInLink);
            }
            let host = authority.split(':').next().unwrap_or_default();
            if host.is_empty() {
                return Err(LinkProblem::MissingHost);
            }
            Ok(link.to_owned())
        }
        "mailto" => {
            let address = rest.split('?').next().unwrap_or_default();
            if address.contains('@') {
                Ok(link.to_owned())
            } else {
                Err(LinkProblem::MissingAddress)
            }
        }
        other => Err(LinkProblem::SchemeNotAllowed { scheme: shorten(other, 20) }),
    }
}

/// Plain `http:` is accepted for an endpoint on this very machine (a helpdesk bridge running
/// locally, or tests): the ticket text then never crosses a network.
pub(super) fn is_loopback_http(lowercase_link: &str) -> bool {
    let Some(rest) = lowercase_link.strip_prefix("http://") else { return false };
    let host_and_port = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match host_and_port.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
        None => host_and_port.split(':').next().unwrap_or_default(),
    };
    matches!(host, "localhost" | "127.0.0.1" | "::1")
}

/// The text, cut after `limit` characters with an ellipsis.
pub(super) fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_owned()
    } else {
        let mut shortened: String = text.chars().take(limit).collect();
        shortened.push('…');
        shortened
    }
}
