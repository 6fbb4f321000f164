//! Text as the exports write it: on one line, without characters that disguise it, and escaped
//! so that it shows literally in Markdown. The ticket export (`export`) and the support plan
//! (`plan`) both write Markdown with [`escape_markdown_text`], so hostile text is treated the
//! same in both.

/// Characters that can make text display in a different order than it is stored, used to
/// disguise content; they are dropped from text renderings.
pub fn is_direction_override(character: char) -> bool {
    matches!(character, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Every kind of line break, including the Unicode line and paragraph separators.
pub fn is_line_break(character: char) -> bool {
    matches!(character, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Text on one line: line breaks and tabs become spaces, control characters and direction
/// overrides are dropped, and the ends are trimmed.
pub fn clean_line(text: &str) -> String {
    let mut cleaned = String::with_capacity(text.len());
    let mut previous_was_carriage_return = false;
    for character in text.chars() {
        let is_second_half_of_crlf = character == '\n' && previous_was_carriage_return;
        previous_was_carriage_return = character == '\r';
        if is_second_half_of_crlf {
            continue;
        }
        if is_line_break(character) || character == '\t' {
            cleaned.push(' ');
        } else if !character.is_control() && !is_direction_override(character) {
            cleaned.push(character);
        }
    }
    cleaned.trim().to_string()
}

/// Escapes text so that it shows literally anywhere inline in Markdown: in a paragraph, a list
/// item, a heading, a table cell or emphasis.
///
/// - `<`, `>` and `&` become `&lt;`, `&gt;` and `&amp;`, so no HTML can be produced.
/// - Characters with an inline meaning are backslash-escaped: `` \ ` * _ [ ] # | ~ $ { } ``.
/// - At the start, which could be the start of a line, `-`, `+` and `=` are escaped, as are `.`
///   and `)` after leading digits, so the text cannot open a list, a quote or a heading.
/// - Line breaks and tabs become spaces (a table cell or heading must stay on one line),
///   control characters and direction overrides are dropped, and the ends are trimmed, so the
///   text cannot become an indented code block or end in a hard line break.
///
/// Zero-width characters and combining marks are kept: scripts and emoji need them, and they
/// cannot form Markdown syntax.
pub fn escape_markdown_text(text: &str) -> String {
    let cleaned = clean_line(text);
    let mut escaped = String::with_capacity(cleaned.len() + cleaned.len() / 8);
    let mut only_digits_so_far = true;
    for (index, character) in cleaned.chars().enumerate() {
        let at_start = index == 0;
        match character {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '&' => escaped.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '$' | '{' | '}' => {
                escaped.push('\\');
                escaped.push(character);
            }
            '-' | '+' | '=' if at_start => {
                escaped.push('\\');
                escaped.push(character);
            }
            '.' | ')' if only_digits_so_far && !at_start => {
                escaped.push('\\');
                escaped.push(character);
            }
            _ => escaped.push(character),
        }
        only_digits_so_far = only_digits_so_far && character.is_ascii_digit();
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_markdown_text_cases() {
        fn check(input: &str, expected: &str) {
            assert_eq!(escape_markdown_text(input), expected, "{input:?}");
        }
        check(
            "plain words, even (parentheses) and dots.",
            "plain words, even (parentheses) and dots.",
        );
        check("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;");
        check("AT&T &amp;", "AT&amp;T &amp;amp;");
        check("# not a heading", "\\# not a heading");
        check("> not a quote", "&gt; not a quote");
        check("- not a list", "\\- not a list");
        check("+ not a list", "\\+ not a list");
        check("* not a list", "\\* not a list");
        check("1. not a list", "1\\. not a list");
        check("12) not a list", "12\\) not a list");
        check("1.5 GB", "1\\.5 GB");
        check("version 1.5", "version 1.5");
        check("=== not a heading underline", "\\=== not a heading underline");
        check("a - b + c = d", "a - b + c = d");
        check("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))");
        check("![i](http://x)", "!\\[i\\](http://x)");
        check("**b** _i_ `c` ~~s~~ $m$", "\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\$m\\$");
        check("a | b", "a \\| b");
        check("back\\slash", "back\\\\slash");
        check("{#id .class}", "\\{\\#id .class\\}");
        check("    indented code", "indented code");
        check("two\nlines\r\nand\u{2028}more", "two lines and more");
        check("tab\there", "tab here");
        check("bell\u{7}\u{0}\u{1B}[0m", "bell\\[0m");
        check("\u{202E}evil\u{202C}\u{2066}x\u{2069}", "evilx");
        check("zero\u{200B}width\u{200D}", "zero\u{200B}width\u{200D}");
        check("e\u{0301}\u{0302}", "e\u{0301}\u{0302}");
        check("trailing spaces   ", "trailing spaces");
        check("", "");
        check(" \n\t ", "");
        check("中文：錯誤", "中文：錯誤");
        // Text of a support plan: team names, phone numbers, handovers.
        check("#hashtag", "\\#hashtag");
        check("+1 555 0100", "\\+1 555 0100");
        check("-", "\\-");
        check("---", "\\---");
        check("line one\n# two\r\n---", "line one \\# two ---");
        check("| cell | cell |", "\\| cell \\| cell \\|");
        check("  > quote  ", "&gt; quote");
        check("Desk #", "Desk \\#");
        check("\u{202E}lanif\u{202C} report", "lanif report");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn escaping_only_cleans_and_never_leaves_markup(text in any::<String>()) {
            let escaped = escape_markdown_text(&text);
            prop_assert!(!escaped.contains(['<', '>', '\n', '\r']));
            prop_assert!(!escaped.starts_with(char::is_whitespace) && !escaped.ends_with(char::is_whitespace));
            prop_assert_eq!(unescape(&escaped), clean_line(&text));
        }
    }

    /// Undoes the escaping.
    fn unescape(escaped: &str) -> String {
        let mut out = String::new();
        let mut characters = escaped.chars();
        while let Some(character) = characters.next() {
            if character == '\\' {
                if let Some(next) = characters.next() {
                    out.push(next);
                }
            } else {
                out.push(character);
            }
        }
        out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    }
}
