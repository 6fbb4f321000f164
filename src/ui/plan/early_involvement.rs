//! Section 4: early involvement. A checklist of the ways the helpdesk takes part in planning
//! and the pilot, ticked as they are done; items can be added and removed.

use yew::prelude::*;

use super::section_frame::{use_section_exit, SectionFrame};
use super::PlanPageProps;
use super::{ids, use_focus_request, use_plan, use_plan_edit};
use crate::domain::plan::{Section, SupportPlan};
use crate::domain::plan_edit::PlanEdit;
use crate::i18n::Message;
use crate::ui::checkbox::Checkbox;
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::{error_for, use_headings, FieldError, TextField};

#[function_component(EarlyInvolvementPage)]
pub fn early_involvement_page(props: &PlanPageProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let plan = use_plan();
    let edit = use_plan_edit();
    let on_focus = use_focus_request();
    let announcement = use_state(String::new);
    let new_item = use_state(String::new);
    let new_item_error = use_state(|| None::<String>);
    let exit = use_section_exit(Section::EarlyInvolvement, props.on_navigate.clone());
    let items = plan.plan.early_involvement.clone();
    let count = items.len();

    let on_use_suggested = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |_: MouseEvent| {
            edit.emit(PlanEdit::UseSuggestedChecklist);
            on_focus.emit(ids::checklist_item(0));
            let added = SupportPlan::example().early_involvement.len();
            announcement.set(locale.suggested_checklist_added(added));
        })
    };
    let on_new_item = {
        let new_item = new_item.clone();
        Callback::from(move |value: String| new_item.set(value))
    };
    let on_add = {
        let edit = edit.clone();
        let new_item = new_item.clone();
        let new_item_error = new_item_error.clone();
        let announcement = announcement.clone();
        let on_focus = on_focus.clone();
        Callback::from(move |()| {
            let label = new_item.trim().to_owned();
            if label.is_empty() {
                new_item_error.set(Some(text(Message::PlanNewChecklistItemError).to_owned()));
                on_focus.emit(ids::NEW_CHECKLIST_ITEM.to_owned());
                return;
            }
            announcement.set(locale.checklist_item_added(&label));
            edit.emit(PlanEdit::AddChecklistItem(label));
            new_item.set(String::new());
            new_item_error.set(None);
            on_focus.emit(ids::NEW_CHECKLIST_ITEM.to_owned());
        })
    };

    // Enter in the new item's field adds the item rather than submitting the page.
    let on_new_item_key = {
        let on_add = on_add.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                on_add.emit(());
            }
        })
    };
    let on_add_click = on_add.reform(|_: MouseEvent| ());
    let errors: Vec<FieldError> = exit.errors.clone();
    html! {
        <SectionFrame section={Section::EarlyInvolvement} errors={errors.clone()}
                      announcement={(*announcement).clone()}
                      on_back={exit.on_back} on_save={exit.on_save}>
            <p class="st-body">{ text(Message::PlanEarlyIntro) }</p>
            if items.is_empty() {
                <div class="st-inset">
                    <p>{ text(Message::PlanEarlyEmpty) }</p>
                    <button type="button" id={ids::USE_SUGGESTED_CHECKLIST} class="st-button st-button--secondary"
                            onclick={on_use_suggested}>
                        { text(Message::PlanUseSuggestedChecklist) }
                    </button>
                </div>
            } else {
                <div class="st-form-group">
                    <fieldset class="st-fieldset">
                        <legend class="st-fieldset__legend st-fieldset__legend--m">
                            <@{headings.tag(2)} class="st-fieldset__heading">{ text(Message::PlanChecklistLegend) }</@>
                        </legend>
                        <ul class="st-checkboxes st-plan-checklist">
                            { for items.iter().enumerate().map(|(index, item)| {
                                let on_toggle = edit
                                    .reform(move |done| PlanEdit::TickChecklistItem { index, done });
                                let on_remove = {
                                    let edit = edit.clone();
                                    let on_focus = on_focus.clone();
                                    let announcement = announcement.clone();
                                    let label = item.label.clone();
                                    Callback::from(move |_: MouseEvent| {
                                        edit.emit(PlanEdit::RemoveChecklistItem { index });
                                        let next_focus = if index + 1 < count {
                                            ids::checklist_item(index)
                                        } else if index > 0 {
                                            ids::checklist_item(index - 1)
                                        } else {
                                            ids::NEW_CHECKLIST_ITEM.to_owned()
                                        };
                                        on_focus.emit(next_focus);
                                        announcement.set(locale.checklist_item_removed(&label));
                                    })
                                };
                                html! {
                                    <li key={index} class="st-plan-checklist__item">
                                        <Checkbox id={ids::checklist_item(index)} label={item.label.clone()}
                                                  checked={item.done}
                                                  error={error_for(&errors, &ids::checklist_item(index), text)}
                                                  {on_toggle} />
                                        <button type="button" id={ids::remove_checklist_item(index)}
                                                class="st-link-button st-link-button--danger st-plan-checklist__remove"
                                                onclick={on_remove}>
                                            { text(Message::PlanRemove) }
                                            <span class="st-visually-hidden">{ " " }{ locale.checklist_item_reference(&item.label) }</span>
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    </fieldset>
                </div>
            }
            <@{headings.tag(2)} class="st-heading-m">{ text(Message::PlanAddOwnItemHeading) }</@>
            <div onkeydown={on_new_item_key}>
                <TextField id={ids::NEW_CHECKLIST_ITEM} label={text(Message::PlanNewChecklistItem)}
                           hint={text(Message::PlanNewChecklistItemHint)} value={(*new_item).clone()}
                           error={(*new_item_error).clone()} on_input={on_new_item} />
            </div>
            <p>
                <button type="button" class="st-button st-button--secondary" onclick={on_add_click}>
                    { text(Message::PlanAddChecklistItem) }
                </button>
            </p>
        </SectionFrame>
    }
}
