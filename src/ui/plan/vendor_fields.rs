//! The vendor as tier 4: how its support is named, the channel used to reach it, the
//! organisation's support contract with it and the size of its tenant. The choices come from the
//! page owner's configuration.

use yew::prelude::*;

use super::{ids, use_plan, use_plan_edit};
use crate::domain::plan_edit::PlanEdit;
use crate::domain::request::{SupportContract, TenantSize};
use crate::domain::routing::ChannelKind;
use crate::i18n::{support_contract_message, tenant_size_message, Message};
use crate::ui::context::{use_configured_text, use_locale, use_services, use_text};
use crate::ui::labels::{contract_hint, tenant_size_hint};
use crate::ui::select_field::SelectField;
use crate::ui::widgets::{use_headings, RadioChoice, Radios, TextField};

#[function_component(VendorFields)]
pub fn vendor_fields() -> Html {
    let headings = use_headings();
    let text = use_text();
    let configured = use_configured_text();
    let locale = use_locale();
    let plan = use_plan();
    let services = use_services();
    let edit = use_plan_edit();
    let vendor = &plan.plan.vendor;

    let on_name = edit.reform(PlanEdit::VendorName);
    // The first choice, "by routing", has the empty value.
    let on_channel = edit.reform(|value: String| PlanEdit::VendorChannel(Some(value)));
    let on_support_contract = {
        let edit = edit.clone();
        Callback::from(move |value: String| {
            if let Some(contract) =
                SupportContract::ALL.into_iter().find(|candidate| candidate.as_str() == value)
            {
                edit.emit(PlanEdit::SupportContract(contract))
            }
        })
    };
    let on_tenant_size = Callback::from(move |value: String| {
        if let Some(size) =
            TenantSize::ALL.into_iter().find(|candidate| candidate.as_str() == value)
        {
            edit.emit(PlanEdit::TenantSize(Some(size)))
        }
    });

    // Every configured way to reach the vendor's support; the feedback site is not one.
    let mut channels: Vec<(String, String)> =
        vec![(String::new(), text(Message::PlanVendorChannelByRouting).to_owned())];
    channels.extend(
        services
            .config
            .channels
            .iter()
            .filter(|channel| channel.kind != ChannelKind::Feedback)
            .map(|channel| (channel.id.clone(), configured.get(&channel.name).to_owned())),
    );
    let selected_channel = vendor.channel.clone().unwrap_or_default();
    if !channels.iter().any(|(id, _)| *id == selected_channel) {
        channels.push((selected_channel.clone(), locale.unknown_channel(&selected_channel)));
    }
    let contract_choices: Vec<RadioChoice> = SupportContract::ALL
        .into_iter()
        .map(|choice| {
            RadioChoice::new(
                choice.as_str(),
                text(support_contract_message(choice)),
                Some(text(contract_hint(choice))),
            )
        })
        .collect();
    let size_choices: Vec<RadioChoice> = TenantSize::ALL
        .into_iter()
        .map(|choice| {
            RadioChoice::new(
                choice.as_str(),
                text(tenant_size_message(choice)),
                tenant_size_hint(choice).map(text),
            )
        })
        .collect();

    html! {
        <section class="st-plan-group" aria-labelledby="st-plan-vendor-heading">
            <@{headings.tag(2)} id="st-plan-vendor-heading" class="st-heading-m">{ locale.vendor_tier_heading() }</@>
            <p class="st-hint">{ text(Message::PlanVendorHint) }</p>
            <TextField id={ids::VENDOR_NAME} label={text(Message::PlanVendorName)}
                       hint={text(Message::PlanVendorNameHint)} value={vendor.name.clone()} on_input={on_name} />
            <SelectField id={ids::VENDOR_CHANNEL} label={text(Message::PlanVendorChannel)}
                         options={channels} selected={selected_channel} on_select={on_channel} />
            <Radios id={ids::VENDOR_CONTRACT} legend={text(Message::PlanVendorSupportContract)}
                    choices={contract_choices} selected={Some(vendor.support_contract.as_str().to_owned())}
                    on_select={on_support_contract} />
            <Radios id={ids::VENDOR_TENANT_SIZE} legend={text(Message::TenantSizeQuestion)}
                    choices={size_choices} selected={vendor.tenant_size.map(|size| size.as_str().to_owned())}
                    on_select={on_tenant_size} />
        </section>
    }
}
