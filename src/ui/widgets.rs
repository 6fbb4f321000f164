//! Shared form parts, following the GOV.UK Design System patterns: question pages, radios with
//! hints, text inputs, the error summary and the step frame.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::context::{dom_id, use_dom_id, use_id_prefix, use_locale, use_services, use_text};
use crate::domain::config::HighestHeading;
use crate::i18n::Message;

/// A problem with one field, shown in the error summary and next to the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The `id` of the control to focus when the summary link is followed.
    pub field_id: String,
    /// The message, as a key of the catalogue (so it follows a language switch) or as text
    /// already worded in the interface language.
    pub message: ErrorMessage,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorMessage {
    Key(Message),
    Text(String),
}

impl FieldError {
    /// An error worded by the message catalogue: shown in whatever language is current.
    pub fn keyed(field_id: &str, message: Message) -> FieldError {
        FieldError { field_id: field_id.to_owned(), message: ErrorMessage::Key(message) }
    }

    /// An error already worded (for example a validation message with names in it).
    pub fn new(field_id: &str, message: impl Into<String>) -> FieldError {
        FieldError { field_id: field_id.to_owned(), message: ErrorMessage::Text(message.into()) }
    }

    /// The message in the current language.
    pub fn text(&self, text: impl Fn(Message) -> &'static str) -> String {
        match &self.message {
            ErrorMessage::Key(key) => text(*key).to_owned(),
            ErrorMessage::Text(worded) => worded.clone(),
        }
    }
}

/// The message of the error for `field_id` in the current language, if there is one.
pub fn error_for(
    errors: &[FieldError],
    field_id: &str,
    text: impl Fn(Message) -> &'static str,
) -> Option<String> {
    errors.iter().find(|error| error.field_id == field_id).map(|error| error.text(text))
}

/// Moves focus to the element with this instance's prefixed `id`, or the plain `id` when only
/// that exists (elements that are not form controls keep their plain ids).
pub fn focus_element(prefix: &str, id: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let element = document
        .get_element_by_id(&dom_id(prefix, id))
        .or_else(|| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
}

/// "There is a problem": takes focus when it appears, and each link moves focus to its field
/// without changing the page's address (the host page may use the hash for its own routing).
#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let prefix = use_id_prefix();
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.errors.clone(), move |errors| {
            if !errors.is_empty() {
                if let Some(element) = node.cast::<HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="st-error-summary" tabindex="-1" ref={node} role="alert"
             aria-labelledby="st-error-summary-title">
            <@{headings.tag(2)} id="st-error-summary-title" class="st-error-summary__title">{ text(Message::ErrorSummaryTitle) }</@>
            <ul class="st-error-summary__list">
                { for props.errors.iter().map(|error| {
                    let field_id = error.field_id.clone();
                    let link_prefix = prefix.clone();
                    let onclick = Callback::from(move |event: MouseEvent| {
                        event.prevent_default();
                        focus_element(&link_prefix, &field_id);
                    });
                    html! {
                        <li><a href={format!("#{}", dom_id(&prefix, &error.field_id))} {onclick}>{ error.text(text) }</a></li>
                    }
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FieldErrorMessageProps {
    pub id: String,
    pub message: Option<String>,
}

/// The message next to a field, prefixed with a visually hidden "Error:".
#[function_component(FieldErrorMessage)]
pub fn field_error_message(props: &FieldErrorMessageProps) -> Html {
    let text = use_text();
    match &props.message {
        None => html! {},
        Some(message) => html! {
            <p id={props.id.clone()} class="st-error-message">
                <span class="st-visually-hidden">{ text(Message::ErrorPrefix) }{ " " }</span>
                { message }
            </p>
        },
    }
}

/// One choice of a radio group.
#[derive(Debug, Clone, PartialEq)]
pub struct RadioChoice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

impl RadioChoice {
    pub fn new(value: &str, label: &str, hint: Option<&str>) -> RadioChoice {
        RadioChoice {
            value: value.to_owned(),
            label: label.to_owned(),
            hint: hint.map(str::to_owned),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    /// The `id` prefix; the first radio gets exactly this id so error links can focus it.
    pub id: String,
    pub legend: String,
    /// True when the legend is the page's question and so its main heading.
    #[prop_or_default]
    pub legend_is_heading: bool,
    #[prop_or_default]
    pub hint: Option<String>,
    pub choices: Vec<RadioChoice>,
    pub selected: Option<String>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub inline: bool,
    pub on_select: Callback<String>,
}

#[function_component(Radios)]
pub fn radios(props: &RadiosProps) -> Html {
    let headings = use_headings();
    let group_id = use_dom_id(&props.id);
    let hint_id = format!("{group_id}-hint");
    let error_id = format!("{group_id}-error");
    let mut described_by = Vec::new();
    if props.hint.is_some() {
        described_by.push(hint_id.clone());
    }
    if props.error.is_some() {
        described_by.push(error_id.clone());
    }
    let legend = if props.legend_is_heading {
        html! {
            <legend class="st-fieldset__legend st-fieldset__legend--l">
                <@{headings.tag(1)} class="st-fieldset__heading">{ &props.legend }</@>
            </legend>
        }
    } else {
        html! { <legend class="st-fieldset__legend st-fieldset__legend--m">{ &props.legend }</legend> }
    };
    html! {
        <div class={classes!("st-form-group", props.error.is_some().then_some("st-form-group--error"))}>
            <fieldset class="st-fieldset"
                      aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}>
                { legend }
                if let Some(hint) = &props.hint {
                    <p id={hint_id.clone()} class="st-hint">{ hint }</p>
                }
                <FieldErrorMessage id={error_id.clone()} message={props.error.clone()} />
                <div class={classes!("st-radios", props.inline.then_some("st-radios--inline"))}>
                    { for props.choices.iter().enumerate().map(|(index, choice)| {
                        let id = if index == 0 { group_id.clone() } else { format!("{}-{}", group_id, index + 1) };
                        let item_hint_id = format!("{id}-item-hint");
                        let value = choice.value.clone();
                        let on_select = props.on_select.clone();
                        let onchange = Callback::from(move |_: Event| on_select.emit(value.clone()));
                        html! {
                            <div class="st-radios__item">
                                <input class="st-radios__input" type="radio" id={id.clone()}
                                       name={group_id.clone()} value={choice.value.clone()}
                                       checked={props.selected.as_deref() == Some(choice.value.as_str())}
                                       aria-describedby={choice.hint.as_ref().map(|_| item_hint_id.clone())}
                                       {onchange} />
                                <label class="st-radios__label" for={id}>{ &choice.label }</label>
                                if let Some(hint) = &choice.hint {
                                    <p id={item_hint_id} class="st-hint st-radios__hint">{ hint }</p>
                                }
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: String,
    pub label: String,
    #[prop_or_default]
    pub label_is_heading: bool,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub hint: Option<String>,
    pub value: String,
    #[prop_or_default]
    pub error: Option<String>,
    /// Rows for a multi-line field; `None` for a one-line input.
    #[prop_or_default]
    pub rows: Option<u32>,
    #[prop_or_else(|| "text".to_owned())]
    pub input_type: String,
    #[prop_or_default]
    pub autocomplete: Option<String>,
    pub on_input: Callback<String>,
}

/// A labelled text input or text area with its hint and error message.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let id = use_dom_id(&props.id);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let mut described_by = Vec::new();
    if props.hint.is_some() {
        described_by.push(hint_id.clone());
    }
    if props.error.is_some() {
        described_by.push(error_id.clone());
    }
    let described_by = (!described_by.is_empty()).then(|| described_by.join(" "));
    let label_text = if props.optional {
        format!("{} {}", props.label, text(Message::Optional))
    } else {
        props.label.clone()
    };
    let label = html! {
        <label class={classes!("st-label", props.label_is_heading.then_some("st-label--l"))} for={id.clone()}>
            { label_text }
        </label>
    };
    let error_class = props.error.is_some().then_some("st-input--error");
    let control = match props.rows {
        Some(rows) => {
            let on_input = props.on_input.clone();
            let oninput = Callback::from(move |event: InputEvent| {
                let area: HtmlTextAreaElement = event.target_unchecked_into();
                on_input.emit(area.value());
            });
            html! {
                <textarea id={id.clone()} name={id.clone()} class={classes!("st-textarea", error_class)}
                          rows={rows.to_string()} aria-describedby={described_by}
                          value={props.value.clone()} {oninput} />
            }
        }
        None => {
            let on_input = props.on_input.clone();
            let oninput = Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                on_input.emit(input.value());
            });
            html! {
                <input id={id.clone()} name={id.clone()} class={classes!("st-input", error_class)}
                       type={props.input_type.clone()} autocomplete={props.autocomplete.clone().unwrap_or_else(|| "off".to_owned())}
                       aria-describedby={described_by} value={props.value.clone()} {oninput} />
            }
        }
    };
    html! {
        <div class={classes!("st-form-group", props.error.is_some().then_some("st-form-group--error"))}>
            if props.label_is_heading {
                <@{headings.tag(1)} class="st-label-wrapper">{ label }</@>
            } else {
                { label }
            }
            if let Some(hint) = &props.hint {
                <p id={hint_id} class="st-hint">{ hint }</p>
            }
            <FieldErrorMessage id={error_id} message={props.error.clone()} />
            { control }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StepFrameProps {
    /// The step number, from 1, and how many steps there are.
    pub step: usize,
    pub total: usize,
    /// The page's question, used for the document title.
    pub title: String,
    pub errors: Vec<FieldError>,
    pub on_back: Callback<()>,
    pub on_continue: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

/// One question page: back link, step indicator, error summary, the question, Continue.
#[function_component(StepFrame)]
pub fn step_frame(props: &StepFrameProps) -> Html {
    let text = use_text();
    let locale = use_locale();
    use_page_title(&props.title, !props.errors.is_empty());
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    // Continue acts on the button's click, not on the form's submit event: a sandboxed frame
    // without allow-forms never fires submit. Enter in a text field still reaches the click,
    // as implicit submission clicks the form's default button.
    let on_continue = {
        let on_continue = props.on_continue.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            on_continue.emit(());
        })
    };
    let on_submit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <div class="st-step">
            <button type="button" class="st-back-link" onclick={on_back}>{ text(Message::Back) }</button>
            <StepIndicator step={props.step} total={props.total} label={locale.step_of(props.step, props.total)} />
            <ErrorSummary errors={props.errors.clone()} />
            <form class="st-form" novalidate=true onsubmit={on_submit}>
                { props.children.clone() }
                <button type="submit" class="st-button" onclick={on_continue}>{ text(Message::Continue) }</button>
            </form>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StepIndicatorProps {
    pub step: usize,
    pub total: usize,
    pub label: String,
}

/// "Step 3 of 7", with the progress also drawn as segments (the text is what is read out).
#[function_component(StepIndicator)]
fn step_indicator(props: &StepIndicatorProps) -> Html {
    html! {
        <div class="st-step-indicator">
            <p class="st-step-indicator__label" aria-current="step">{ &props.label }</p>
            <ol class="st-step-indicator__segments" aria-hidden="true">
                { for (1..=props.total).map(|number| {
                    let state = if number < props.step { "st-step-indicator__segment--done" }
                        else if number == props.step { "st-step-indicator__segment--current" }
                        else { "" };
                    html! { <li class={classes!("st-step-indicator__segment", state)}></li> }
                }) }
            </ol>
        </div>
    }
}

/// The configured heading levels (`heading_level`): `<@{headings.tag(1)}>` is a screen's
/// title at the depth the host page needs, `headings.tag(2)` its sections.
#[hook]
pub fn use_headings() -> HighestHeading {
    use_services().config.heading_level
}

/// Sets the document title to the page's question (with "Error: " first when the page shows
/// errors), as screen-reader users hear the title first. Only the standalone page does this;
/// an embedding page keeps its own title.
#[hook]
pub fn use_page_title(title: &str, has_errors: bool) {
    let text = use_text();
    let full = format!(
        "{}{} – {}",
        if has_errors { text(Message::ErrorTitlePrefix) } else { "" },
        title,
        text(Message::AppName)
    );
    use_effect_with(full, |full| {
        if let Some(document) = standalone_document() {
            document.set_title(full);
        }
    });
}

/// Sets the language of the standalone page (`<html lang>`) to the interface language, so the
/// browser, its translation offer and screen readers read the whole page in it. An embedding
/// page's document is the host's, and keeps its own language.
#[hook]
pub fn use_page_language(tag: &'static str) {
    use_effect_with(tag, |tag| {
        if let Some(root) = standalone_document().and_then(|document| document.document_element()) {
            let _ = root.set_attribute("lang", tag);
        }
    });
}

/// The document, when it is the standalone page's own (marked `data-st-standalone`).
fn standalone_document() -> Option<web_sys::Document> {
    let document = web_sys::window().and_then(|window| window.document())?;
    document.body().is_some_and(|body| body.has_attribute("data-st-standalone")).then_some(document)
}
