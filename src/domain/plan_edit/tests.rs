use super::*;
use crate::domain::plan::Party;

use Direction::{Down, Up};

/// Applies `edits` in order to a copy of `plan`, checks that each one says truly whether it
/// changed the plan, and hands the result to `expect`.
fn check(plan: &SupportPlan, edits: Vec<PlanEdit>, expect: impl FnOnce(&SupportPlan)) {
    let mut plan = plan.clone();
    for edit in edits {
        let before = plan.clone();
        let described = format!("{edit:?}");
        let changed = plan.apply(edit);
        assert_eq!(changed, plan != before, "{described} says whether it changed the plan");
    }
    expect(&plan);
}

fn text(value: &str) -> String {
    value.to_owned()
}

fn tier_numbers(plan: &SupportPlan) -> Vec<u8> {
    plan.tiers.iter().map(|tier| tier.number).collect()
}

#[test]
fn positions_outside_a_list_and_tiers_outside_one_to_three_change_nothing() {
    let example = SupportPlan::example();
    let (steps, agenda) = (example.escalation.len(), example.training.agenda.len());
    let handover = StepChange::Handover(text("Logs"));
    let edits = vec![
        PlanEdit::MoveStep { index: 0, direction: Up },
        PlanEdit::MoveStep { index: steps - 1, direction: Down },
        PlanEdit::MoveStep { index: steps, direction: Up },
        PlanEdit::MoveStep { index: usize::MAX, direction: Down },
        PlanEdit::RemoveStep { index: steps },
        PlanEdit::EditStep { index: steps, change: handover },
        PlanEdit::MoveAgendaItem { index: 0, direction: Up },
        PlanEdit::MoveAgendaItem { index: agenda - 1, direction: Down },
        PlanEdit::RemoveAgendaItem { index: agenda },
        PlanEdit::AgendaTitle { index: agenda, title: text("Extra") },
        PlanEdit::AgendaMinutes { index: usize::MAX, minutes: 30 },
        PlanEdit::RemoveChecklistItem { index: example.early_involvement.len() },
        PlanEdit::TickChecklistItem { index: example.early_involvement.len(), done: true },
        PlanEdit::AddChecklistItem(text(" \t ")),
        PlanEdit::RemoveContact { tier: 1, index: 1 },
        PlanEdit::ContactText { tier: 2, index: 5, field: ContactText::Name, value: text("A") },
        PlanEdit::RemoveExtraTier { index: 0 },
        PlanEdit::RemoveExtraTier { index: 3 },
        PlanEdit::TierText { tier: 0, field: TierText::TeamName, value: text("Nobody") },
        PlanEdit::TierText { tier: 4, field: TierText::Hours, value: text("Always") },
        PlanEdit::AddContact { tier: 9 },
        PlanEdit::AudienceDescription { tier: 0, description: text("Everyone") },
        PlanEdit::AudienceDate { tier: 4, date: NaiveDate::from_ymd_opt(2026, 3, 4) },
        PlanEdit::VendorName(example.vendor.name.clone()),
        PlanEdit::RolloutNote(example.rollout_note.clone()),
        PlanEdit::Replace(Box::new(example.clone())),
    ];
    for edit in edits {
        let described = format!("{edit:?}");
        check(&example, vec![edit], |plan| assert_eq!(*plan, example, "{described}"));
    }
    // A contact removed from a tier the plan does not have leaves it without that tier.
    check(&SupportPlan::empty(), vec![PlanEdit::RemoveContact { tier: 2, index: 0 }], |plan| {
        assert_eq!(*plan, SupportPlan::empty())
    });
}

#[test]
fn steps_and_agenda_items_move_one_place_at_a_time() {
    let example = SupportPlan::example();
    let handovers = |plan: &SupportPlan| -> Vec<String> {
        plan.escalation.iter().map(|step| step.handover.clone()).collect()
    };
    let titles = |plan: &SupportPlan| -> Vec<String> {
        plan.training.agenda.iter().map(|item| item.title.clone()).collect()
    };
    type Read = fn(&SupportPlan) -> Vec<String>;
    type Move = fn(usize, Direction) -> PlanEdit;
    let lists: [(Read, Move); 2] = [
        (handovers, |index, direction| PlanEdit::MoveStep { index, direction }),
        (titles, |index, direction| PlanEdit::MoveAgendaItem { index, direction }),
    ];
    for (read, move_edit) in lists {
        let before = read(&example);
        let last = before.len() - 1;
        for (index, direction, target) in [
            (1, Up, Some(0)),
            (0, Down, Some(1)),
            (last, Up, Some(last - 1)),
            (last - 1, Down, Some(last)),
            (0, Up, None),
            (last, Down, None),
            (last + 1, Up, None),
        ] {
            assert_eq!(direction.target(index, before.len()), target);
            check(&example, vec![move_edit(index, direction)], |plan| {
                let mut expected = before.clone();
                if let Some(target) = target {
                    expected.swap(index, target);
                }
                assert_eq!(read(plan), expected, "{index} {direction:?}");
            });
        }
    }
}

#[test]
fn the_example_steps_keep_a_rollout_note_already_typed() {
    let example = SupportPlan::example();
    for (note, expected) in [
        ("", example.rollout_note.as_str()),
        ("  \n", example.rollout_note.as_str()),
        ("We meet every Monday", "We meet every Monday"),
    ] {
        let mut plan = SupportPlan::empty();
        plan.rollout_note = text(note);
        check(&plan, vec![PlanEdit::UseExampleSteps], |plan| {
            assert_eq!(plan.escalation, example.escalation);
            assert_eq!(plan.rollout_note, expected);
        });
    }
}

#[test]
fn a_new_step_starts_where_the_last_one_ended_and_goes_one_tier_up() {
    for (last_to, expected) in [
        (None, (Party::User, Party::Tier(1))),
        (Some(Party::User), (Party::User, Party::Tier(1))),
        (Some(Party::Tier(1)), (Party::Tier(1), Party::Tier(2))),
        (Some(Party::Tier(3)), (Party::Tier(3), Party::Vendor)),
        (Some(Party::Tier(7)), (Party::Tier(7), Party::Vendor)),
        (Some(Party::Vendor), (Party::Vendor, Party::Tier(3))),
    ] {
        let mut plan = SupportPlan::empty();
        if let Some(to) = last_to {
            plan.escalation.push(EscalationStep {
                from: Party::User,
                to,
                handover: text("Something"),
                information: Vec::new(),
            });
        }
        check(&plan, vec![PlanEdit::AddStep], |plan| {
            let added = plan.escalation.last().map(|step| (step.from, step.to));
            assert_eq!(added, Some(expected), "after {last_to:?}");
            assert_eq!(plan.escalation.len(), usize::from(last_to.is_some()) + 1);
        });
    }
}

#[test]
fn step_fields_change_one_step() {
    let example = SupportPlan::example();
    for (change, expect) in [
        (StepChange::From(Party::Tier(2)), (Party::Tier(2), Party::Tier(2), "x", vec!["x"])),
        (StepChange::To(Party::Vendor), (Party::Tier(1), Party::Vendor, "x", vec!["x"])),
        (StepChange::Handover(text("Notes")), (Party::Tier(1), Party::Tier(2), "Notes", vec!["x"])),
        (
            StepChange::Information(text("One\r\n\nTwo")),
            (Party::Tier(1), Party::Tier(2), "x", vec!["One", "", "Two"]),
        ),
    ] {
        let mut plan = example.clone();
        plan.escalation[1].handover = text("x");
        plan.escalation[1].information = vec![text("x")];
        check(&plan, vec![PlanEdit::EditStep { index: 1, change }], |plan| {
            let step = &plan.escalation[1];
            let (from, to, handover, information) = &expect;
            assert_eq!((step.from, step.to, step.handover.as_str()), (*from, *to, *handover));
            assert_eq!(step.information, *information);
            assert_eq!(plan.escalation[0], example.escalation[0]);
        });
    }
    check(&example, vec![PlanEdit::RemoveStep { index: 0 }], |plan| {
        assert_eq!(plan.escalation, example.escalation[1..]);
    });
}

#[test]
fn a_tier_is_created_in_number_order_and_goes_when_emptied() {
    let team = |tier, value: &str| PlanEdit::TierText {
        tier,
        field: TierText::TeamName,
        value: text(value),
    };
    for (edits, expected) in [
        (vec![team(3, "Engineering"), team(1, "Helpdesk")], vec![1, 3]),
        (vec![team(3, "Engineering"), team(1, "Helpdesk"), team(3, "")], vec![1]),
        (vec![team(2, "  ")], vec![]),
        (vec![PlanEdit::AddContact { tier: 2 }, team(1, "Helpdesk")], vec![1, 2]),
        (
            vec![PlanEdit::AddContact { tier: 2 }, PlanEdit::RemoveContact { tier: 2, index: 0 }],
            vec![],
        ),
        (
            vec![PlanEdit::TierText {
                tier: 1,
                field: TierText::Responsibilities,
                value: text("\n"),
            }],
            vec![],
        ),
    ] {
        check(&SupportPlan::empty(), edits, |plan| assert_eq!(tier_numbers(plan), expected));
    }
}

#[test]
fn tier_and_contact_fields_land_where_they_are_named() {
    let tier_field = |field, value: &str| PlanEdit::TierText { tier: 2, field, value: text(value) };
    check(
        &SupportPlan::empty(),
        vec![
            tier_field(TierText::TeamName, "Desktop"),
            tier_field(TierText::Hours, "Weekdays"),
            tier_field(TierText::Responsibilities, "Investigate\n\n Check logs \r"),
        ],
        |plan| {
            let tier = plan.tier(2).expect("tier 2 was created");
            assert_eq!((tier.team_name.as_str(), tier.hours.as_str()), ("Desktop", "Weekdays"));
            assert_eq!(tier.responsibilities, ["Investigate", "", " Check logs "]);
            assert_eq!(plan.tidied().tiers[0].responsibilities, ["Investigate", "Check logs"]);
        },
    );
    let contact = |index, field, value: &str| PlanEdit::ContactText {
        tier: 1,
        index,
        field,
        value: text(value),
    };
    check(
        &SupportPlan::example(),
        vec![
            PlanEdit::AddContact { tier: 1 },
            contact(1, ContactText::Name, "Deputy"),
            contact(1, ContactText::Role, "Deputy lead"),
            contact(1, ContactText::Email, "deputy@example.com"),
            contact(1, ContactText::Phone, "+1 555 0102"),
            PlanEdit::RemoveContact { tier: 1, index: 0 },
        ],
        |plan| {
            let contacts = &plan.tiers[0].contacts;
            let fields = contacts
                .iter()
                .map(|c| (c.name.as_str(), c.role.as_str(), c.email.as_str(), c.phone.as_str()))
                .collect::<Vec<_>>();
            assert_eq!(fields, [("Deputy", "Deputy lead", "deputy@example.com", "+1 555 0102")]);
        },
    );
}

#[test]
fn only_tier_entries_without_a_place_on_the_teams_page_are_removed() {
    let mut plan = SupportPlan::example();
    let extra = |number, team: &str| Tier { number, team_name: text(team), ..Tier::default() };
    plan.tiers.insert(1, extra(5, "Out of range"));
    plan.tiers.push(extra(2, "Second tier 2"));
    assert_eq!(extra_tier_indexes(&plan), [1, 4]);
    for (index, expected) in [
        (0, vec![1, 5, 2, 3, 2]),
        (1, vec![1, 2, 3, 2]),
        (4, vec![1, 5, 2, 3]),
        (2, vec![1, 5, 2, 3, 2]),
    ] {
        check(&plan, vec![PlanEdit::RemoveExtraTier { index }], |plan| {
            assert_eq!(tier_numbers(plan), expected, "removing entry {index}");
        });
    }
}

#[test]
fn audiences_are_kept_in_tier_order_while_they_say_something() {
    let date = NaiveDate::from_ymd_opt(2026, 3, 4);
    let describe = |tier, description: &str| PlanEdit::AudienceDescription {
        tier,
        description: text(description),
    };
    let tiers = |plan: &SupportPlan| -> Vec<u8> {
        plan.training.audiences.iter().map(|audience| audience.tier).collect()
    };
    for (edits, expected) in [
        (vec![describe(3, "Engineers"), describe(1, "First line")], vec![1, 3]),
        (
            vec![describe(2, "Desk"), PlanEdit::AudienceDate { tier: 2, date }, describe(2, "")],
            vec![2],
        ),
        (vec![describe(2, "Desk"), describe(2, " ")], vec![]),
        (
            vec![
                PlanEdit::AudienceDate { tier: 1, date },
                PlanEdit::AudienceDate { tier: 1, date: None },
            ],
            vec![],
        ),
    ] {
        check(&SupportPlan::empty(), edits, |plan| assert_eq!(tiers(plan), expected));
    }
}

#[test]
fn the_agenda_is_built_from_the_sample_or_item_by_item() {
    let example = SupportPlan::example();
    check(
        &SupportPlan::empty(),
        vec![PlanEdit::UseSampleAgenda, PlanEdit::TrainTheTrainer(true)],
        |plan| {
            assert_eq!(plan.training.agenda, example.training.agenda);
            assert!(plan.training.train_the_trainer);
            assert!(plan.training.audiences.is_empty());
        },
    );
    check(
        &SupportPlan::empty(),
        vec![
            PlanEdit::AddAgendaItem,
            PlanEdit::AddAgendaItem,
            PlanEdit::AgendaTitle { index: 1, title: text("Labs") },
            PlanEdit::AgendaMinutes { index: 1, minutes: 60 },
            PlanEdit::MoveAgendaItem { index: 1, direction: Up },
            PlanEdit::RemoveAgendaItem { index: 1 },
        ],
        |plan| assert_eq!(plan.training.agenda, [AgendaItem { title: text("Labs"), minutes: 60 }]),
    );
}

#[test]
fn checklist_items_are_added_trimmed_ticked_and_removed() {
    let example = SupportPlan::example();
    check(&SupportPlan::empty(), vec![PlanEdit::UseSuggestedChecklist], |plan| {
        assert_eq!(plan.early_involvement, example.early_involvement)
    });
    check(
        &SupportPlan::empty(),
        vec![
            PlanEdit::AddChecklistItem(text("  Pilot review ")),
            PlanEdit::AddChecklistItem(text("Runbook")),
            PlanEdit::TickChecklistItem { index: 1, done: true },
            PlanEdit::AddChecklistItem(text("Bridge call")),
            PlanEdit::RemoveChecklistItem { index: 0 },
        ],
        |plan| {
            let items: Vec<(&str, bool)> = plan
                .early_involvement
                .iter()
                .map(|item| (item.label.as_str(), item.done))
                .collect();
            assert_eq!(items, [("Runbook", true), ("Bridge call", false)]);
        },
    );
}

#[test]
fn the_vendor_fields_and_the_rollout_note_are_set_as_given() {
    for (channel, expected) in [
        (Some(text("admin-centre")), Some("admin-centre")),
        (Some(String::new()), None),
        (None, None),
    ] {
        check(
            &SupportPlan::example(),
            vec![
                PlanEdit::VendorName(text("Vendor support")),
                PlanEdit::VendorChannel(channel),
                PlanEdit::SupportContract(SupportContract::Premier),
                PlanEdit::TenantSize(None),
                PlanEdit::RolloutNote(text("One bridge call")),
            ],
            |plan| {
                let vendor = &plan.vendor;
                assert_eq!(vendor.name, "Vendor support");
                assert_eq!(vendor.channel.as_deref(), expected);
                assert_eq!(vendor.support_contract, SupportContract::Premier);
                assert_eq!(vendor.tenant_size, None);
                assert_eq!(plan.rollout_note, "One bridge call");
            },
        );
    }
}

#[test]
fn tidying_drops_blank_lines_and_replacing_takes_the_whole_plan() {
    let mut typed = SupportPlan::example();
    typed.escalation[0].information = vec![text(" Name "), text(""), text("  "), text("Device")];
    let tidied = typed.tidied();
    assert_eq!(tidied.escalation[0].information, ["Name", "Device"]);
    assert_eq!(SupportPlan::example().tidied(), SupportPlan::example());
    check(&typed, vec![PlanEdit::Replace(Box::new(tidied.clone()))], |plan| {
        assert_eq!(*plan, tidied)
    });
}

#[test]
fn a_list_typed_in_a_text_area_keeps_its_lines_until_tidied() {
    for (typed, lines) in [
        ("", vec![]),
        ("One", vec!["One"]),
        ("One\n", vec!["One", ""]),
        ("One\r\nTwo", vec!["One", "Two"]),
        ("\n\n", vec!["", "", ""]),
    ] {
        assert_eq!(lines_from_text(typed), lines, "{typed:?}");
        let lines: Vec<String> = lines.into_iter().map(text).collect();
        assert_eq!(text_from_lines(&lines), typed.replace('\r', ""));
    }
}
