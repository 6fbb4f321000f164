//! The escalation path as a picture: tier 1, 2 and 3 with their team names, then the vendor.
//! Two drawings, across for wide screens and down for narrow ones, are pictures of an ordered
//! list that screen readers get instead. Colours come from the style sheet through classes.

use yew::prelude::*;

use crate::domain::plan::{PathNode, VENDOR_TIER};
use crate::i18n::{Locale, Message};
use crate::ui::context::{use_locale, use_text};

#[derive(Properties, PartialEq)]
pub struct PathPictureProps {
    pub nodes: Vec<PathNode>,
}

/// Splits `text` into at most `max_lines` lines of about `max_chars` characters, breaking
/// between words where it can; what does not fit ends with an ellipsis.
fn wrap_text(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut overflow = false;
    for word in text.split_whitespace() {
        let mut word: String = word.to_owned();
        loop {
            let needed = if current.is_empty() { 0 } else { 1 } + word.chars().count();
            if current.chars().count() + needed <= max_chars {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(&word);
                break;
            }
            if current.is_empty() {
                // A word longer than a line: cut it.
                let head: String = word.chars().take(max_chars).collect();
                word = word.chars().skip(max_chars).collect();
                lines.push(head);
            } else {
                lines.push(std::mem::take(&mut current));
            }
            if lines.len() == max_lines {
                overflow = true;
                break;
            }
        }
        if overflow {
            break;
        }
    }
    if !overflow && !current.is_empty() {
        lines.push(current);
    }
    if overflow {
        if let Some(last) = lines.last_mut() {
            let mut shortened: String = last.chars().take(max_chars.saturating_sub(1)).collect();
            shortened.push('…');
            *last = shortened;
        }
    }
    lines.truncate(max_lines);
    lines
}

fn node_heading(locale: Locale, node: &PathNode) -> String {
    if node.tier == VENDOR_TIER {
        locale.text(Message::PlanPathVendor).to_owned()
    } else {
        locale.tier_label(node.tier)
    }
}

fn node_name(locale: Locale, node: &PathNode) -> String {
    if node.team_name.is_empty() {
        locale.text(Message::PlanPathNotNamed).to_owned()
    } else {
        node.team_name.clone()
    }
}

/// One box with its heading and up to two lines of name, at (x, y).
fn node_box(
    locale: Locale,
    node: &PathNode,
    x: u32,
    y: u32,
    size: (u32, u32),
    chars: usize,
) -> Html {
    let (width, height) = size;
    let centre = x + width / 2;
    let class = classes!(
        "st-path__node",
        (node.tier == VENDOR_TIER).then_some("st-path__node--vendor"),
        node.team_name.is_empty().then_some("st-path__node--unnamed")
    );
    let name_lines = wrap_text(&node_name(locale, node), chars, 2);
    let first_name_y = y + if name_lines.len() > 1 { height / 2 + 4 } else { height / 2 + 14 };
    html! {
        <g class={class}>
            <rect class="st-path__box" x={x.to_string()} y={y.to_string()} width={width.to_string()}
                  height={height.to_string()} rx="6" />
            <text class="st-path__tier" x={centre.to_string()} y={(y + 28).to_string()} text-anchor="middle">
                { node_heading(locale, node) }
            </text>
            { for name_lines.iter().enumerate().map(|(line, text)| html! {
                <text class="st-path__name" x={centre.to_string()}
                      y={(first_name_y + line as u32 * 20).to_string()} text-anchor="middle">{ text }</text>
            }) }
        </g>
    }
}

fn arrow(start: (u32, u32), end: (u32, u32)) -> Html {
    let ((x1, y1), (x2, y2)) = (start, end);
    // The head points along the line, which is either across (left to right) or down.
    let head = if y1 == y2 {
        format!("{},{} {},{} {},{}", x2, y2, x2 - 10, y2 - 7, x2 - 10, y2 + 7)
    } else {
        format!("{},{} {},{} {},{}", x2, y2, x2 - 7, y2 - 10, x2 + 7, y2 - 10)
    };
    let (line_x2, line_y2) = if y1 == y2 { (x2 - 9, y2) } else { (x2, y2 - 9) };
    html! {
        <g class="st-path__arrow">
            <line x1={x1.to_string()} y1={y1.to_string()} x2={line_x2.to_string()} y2={line_y2.to_string()} />
            <polygon points={head} />
        </g>
    }
}

#[function_component(PathPicture)]
pub fn path_picture(props: &PathPictureProps) -> Html {
    let text = use_text();
    let locale = use_locale();
    let count = props.nodes.len() as u32;
    if count == 0 {
        return html! {};
    }

    // Across: boxes of 200 by 96 with 56 between them.
    let (wide_width, wide_height, wide_gap) = (200u32, 96u32, 56u32);
    let wide_total = count * wide_width + (count - 1) * wide_gap;
    let wide = html! {
        <svg class="st-path__svg st-path__svg--wide" aria-hidden="true" focusable="false"
             width={wide_total.to_string()} height={wide_height.to_string()}
             viewBox={format!("0 0 {wide_total} {wide_height}")}>
            { for props.nodes.iter().enumerate().map(|(index, node)| {
                let x = index as u32 * (wide_width + wide_gap);
                html! {
                    <>
                        if index > 0 {
                            { arrow((x - wide_gap + 4, wide_height / 2), (x - 4, wide_height / 2)) }
                        }
                        { node_box(locale, node, x, 0, (wide_width, wide_height), 21) }
                    </>
                }
            }) }
        </svg>
    };

    // Down: boxes of 320 by 84 with 40 between them.
    let (narrow_width, narrow_height, narrow_gap) = (320u32, 84u32, 40u32);
    let narrow_total = count * narrow_height + (count - 1) * narrow_gap;
    let narrow = html! {
        <svg class="st-path__svg st-path__svg--narrow" aria-hidden="true" focusable="false"
             width={narrow_width.to_string()} height={narrow_total.to_string()}
             viewBox={format!("0 0 {narrow_width} {narrow_total}")}>
            { for props.nodes.iter().enumerate().map(|(index, node)| {
                let y = index as u32 * (narrow_height + narrow_gap);
                html! {
                    <>
                        if index > 0 {
                            { arrow((narrow_width / 2, y - narrow_gap + 4), (narrow_width / 2, y - 4)) }
                        }
                        { node_box(locale, node, 0, y, (narrow_width, narrow_height), 34) }
                    </>
                }
            }) }
        </svg>
    };

    html! {
        <div class="st-path">
            <ol class="st-visually-hidden" aria-label={text(Message::PlanPathListLabel)}>
                { for props.nodes.iter().map(|node| html! {
                    <li>{ locale.path_stop(&node_heading(locale, node), &node_name(locale, node)) }</li>
                }) }
            </ol>
            { wide }
            { narrow }
            if count == 1 {
                <p class="st-hint">{ text(Message::PlanPathNoTiers) }</p>
            }
        </div>
    }
}
