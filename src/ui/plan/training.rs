//! Section 3: training. Train-the-trainer, who is trained in each tier and when, and the agenda
//! with its total length against the recommended two to three hours.

use yew::prelude::*;

use super::agenda_item_fields::AgendaItemFields;
use super::audience_fields::AudienceFields;
use super::section_frame::{use_section_exit, SectionFrame};
use super::PlanPageProps;
use super::{button_after_move, ids, use_focus_request, use_plan, use_plan_edit};
use crate::domain::plan::{
    Section, SupportPlan, HIGHEST_INTERNAL_TIER, RECOMMENDED_TRAINING_MAXIMUM_MINUTES,
    RECOMMENDED_TRAINING_MINIMUM_MINUTES,
};
use crate::domain::plan_edit::{Direction, PlanEdit};
use crate::i18n::Message;
use crate::ui::checkbox::Checkbox;
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::{error_for, use_headings};

#[function_component(TrainingPage)]
pub fn training_page(props: &PlanPageProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let plan = use_plan();
    let edit = use_plan_edit();
    let on_focus = use_focus_request();
    let announcement = use_state(String::new);
    let exit = use_section_exit(Section::Training, props.on_navigate.clone());
    let training = &plan.plan.training;
    let agenda = training.agenda.clone();
    let count = agenda.len();

    let on_train_the_trainer = edit.reform(PlanEdit::TrainTheTrainer);
    let on_use_sample = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |_: MouseEvent| {
            edit.emit(PlanEdit::UseSampleAgenda);
            on_focus.emit(ids::agenda_field(0, "title"));
            let added = SupportPlan::example().training.agenda.len();
            announcement.set(locale.sample_agenda_added(added));
        })
    };
    let on_add = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        Callback::from(move |_: MouseEvent| {
            edit.emit(PlanEdit::AddAgendaItem);
            on_focus.emit(ids::agenda_field(count, "title"));
        })
    };
    let on_title =
        edit.reform(|(index, title): (usize, String)| PlanEdit::AgendaTitle { index, title });
    let on_minutes =
        edit.reform(|(index, minutes): (usize, u32)| PlanEdit::AgendaMinutes { index, minutes });
    let on_move = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |(index, direction): (usize, Direction)| {
            let Some(target) = direction.target(index, count) else { return };
            edit.emit(PlanEdit::MoveAgendaItem { index, direction });
            on_focus.emit(ids::agenda_field(target, button_after_move(direction, target, count)));
            announcement.set(locale.agenda_item_moved(index + 1, target + 1));
        })
    };
    let on_remove = {
        let on_focus = on_focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |index: usize| {
            edit.emit(PlanEdit::RemoveAgendaItem { index });
            let next_focus = if index + 1 < count {
                ids::agenda_field(index, "title")
            } else if index > 0 {
                ids::agenda_field(index - 1, "title")
            } else {
                ids::ADD_AGENDA_ITEM.to_owned()
            };
            on_focus.emit(next_focus);
            announcement.set(locale.agenda_item_removed(index + 1));
        })
    };

    let total = plan.plan.agenda_minutes();
    let (verdict, outside) = if total < RECOMMENDED_TRAINING_MINIMUM_MINUTES {
        (Message::PlanAgendaShorter, true)
    } else if total > RECOMMENDED_TRAINING_MAXIMUM_MINUTES {
        (Message::PlanAgendaLonger, true)
    } else {
        (Message::PlanAgendaWithin, false)
    };
    html! {
        <SectionFrame section={Section::Training} errors={exit.errors.clone()}
                      announcement={(*announcement).clone()}
                      on_back={exit.on_back} on_save={exit.on_save}>
            <p class="st-body">{ text(Message::PlanTrainingIntro) }</p>
            <@{headings.tag(2)} class="st-heading-m">{ text(Message::PlanTrainingApproachHeading) }</@>
            <div class="st-form-group">
                <div class="st-checkboxes">
                    <Checkbox id={ids::TRAIN_THE_TRAINER} label={text(Message::PlanTrainTheTrainer)}
                              hint={text(Message::PlanTrainTheTrainerHint)} checked={training.train_the_trainer}
                              on_toggle={on_train_the_trainer} />
                </div>
            </div>
            <@{headings.tag(2)} class="st-heading-m">{ text(Message::PlanAudiencesHeading) }</@>
            <p class="st-hint">{ text(Message::PlanAudiencesHint) }</p>
            { for (1..=HIGHEST_INTERNAL_TIER).map(|tier| html! {
                <AudienceFields key={tier} {tier}
                                audience={training.audiences.iter().find(|audience| audience.tier == tier).cloned()}
                                errors={exit.errors.clone()} />
            }) }
            <@{headings.tag(2)} class="st-heading-m">{ text(Message::PlanAgendaHeading) }</@>
            if agenda.is_empty() {
                <div class="st-inset">
                    <p>{ text(Message::PlanAgendaEmpty) }</p>
                    <button type="button" id={ids::USE_SAMPLE_AGENDA} class="st-button st-button--secondary"
                            onclick={on_use_sample}>
                        { text(Message::PlanUseSampleAgenda) }
                    </button>
                </div>
            } else {
                <ol class="st-plan-list">
                    { for agenda.iter().enumerate().map(|(index, item)| html! {
                        <li key={index} class="st-plan-list__item">
                            <AgendaItemFields {index} {count} item={item.clone()}
                                              title_error={error_for(&exit.errors, &ids::agenda_field(index, "title"), text)}
                                              minutes_error={error_for(&exit.errors, &ids::agenda_field(index, "minutes"), text)}
                                              on_title={on_title.clone()} on_minutes={on_minutes.clone()}
                                              on_move={on_move.clone()} on_remove={on_remove.clone()} />
                        </li>
                    }) }
                </ol>
            }
            <p>
                <button type="button" id={ids::ADD_AGENDA_ITEM} class="st-button st-button--secondary" onclick={on_add}>
                    { text(Message::PlanAddAgendaItem) }
                </button>
            </p>
            if !agenda.is_empty() {
                <div id={ids::AGENDA_TOTAL} class={classes!("st-inset", outside.then_some("st-inset--warning"))}
                     aria-live="polite">
                    <p class="st-plan-total">{ locale.training_total(total) }</p>
                    <p>
                        { locale.training_recommended(RECOMMENDED_TRAINING_MINIMUM_MINUTES, RECOMMENDED_TRAINING_MAXIMUM_MINUTES) }
                        { " " }{ text(verdict) }
                    </p>
                </div>
            }
        </SectionFrame>
    }
}
