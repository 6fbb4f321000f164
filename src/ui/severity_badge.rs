//! A severity level as a badge: a coloured box that always carries the level's name, so the
//! colour is never the only way to tell the levels apart.

use yew::prelude::*;

use super::context::use_text;
use super::labels::level_label;
use crate::domain::severity::Level;

#[derive(Properties, PartialEq)]
pub struct SeverityBadgeProps {
    pub level: Level,
}

#[function_component(SeverityBadge)]
pub fn severity_badge(props: &SeverityBadgeProps) -> Html {
    let text = use_text();
    let modifier = format!("st-severity-badge--{}", props.level.id());
    html! {
        <strong class={classes!("st-severity-badge", modifier)}>{ text(level_label(props.level)) }</strong>
    }
}
