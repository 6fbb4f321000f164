//! The reader: JSON in, a usable configuration and its problems out.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};
use serde_json::{Map, Value};

use crate::domain::helpdesk::Helpdesk;
use crate::domain::knowledge::Article;
use crate::domain::localised_text::LocalisedText;
use crate::domain::plan::{is_valid_email, validate_plan, SupportPlan};
use crate::domain::prefill::Prefill;
use crate::domain::request::{
    Customer, RequestKind, StoredSupportContract, SupportContract, TenantSize,
};
use crate::domain::response::{BusinessCalendar, Clock, OpeningHours, Policy, Target};
use crate::domain::routing::{
    deciding_route, Channel, ChannelKind, LanguageSet, Resource, Route, RouteWarning,
    SupportLanguages,
};
use crate::domain::ticket::ContactMethod;

use super::links::{check_link, is_loopback_http, shorten};
use super::problems::{ConfigProblem, ConfigProblemKind, Expected};
use super::{
    Config, HighestHeading, KnowledgeBaseSettings, Policies, CONFIG_VERSION,
    MAX_DRAFT_CLEANUP_DAYS, MAX_IDENTIFIER_LENGTH, MAX_REPORTED_PROBLEMS, MAX_TARGET_HOURS,
    WEEKDAY_KEYS,
};

/// The result of reading a configuration: a configuration that is always usable, and the
/// problems found on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedConfig {
    pub config: Config,
    pub problems: Vec<ConfigProblem>,
}

impl ParsedConfig {
    /// True when the configuration was read without any problem.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    /// True when the given text was discarded and the built-in configuration is in use.
    pub fn fell_back_to_built_in(&self) -> bool {
        self.problems.iter().any(ConfigProblem::is_fatal)
    }
}

/// Reads a JSON configuration. Never fails and never panics: see the module documentation.
pub fn parse_config(json: &str) -> ParsedConfig {
    match serde_json::from_str::<Value>(json) {
        Ok(value) => parse_config_value(&value),
        Err(error) => fatal(
            "",
            ConfigProblemKind::InvalidJson {
                line: error.line(),
                column: error.column(),
                detail: shorten(&error.to_string(), 120),
            },
        ),
    }
}

/// Reads a configuration already parsed as JSON, for example an object handed over by the host
/// page. Behaves exactly like [`parse_config`].
pub fn parse_config_value(value: &Value) -> ParsedConfig {
    let Some(root) = value.as_object() else {
        return fatal("", ConfigProblemKind::TopLevelNotAnObject { found: describe_value(value) });
    };
    let mut reader = Reader::default();
    match root.get("version") {
        None => reader.report("version", ConfigProblemKind::MissingVersion),
        Some(version) if version.as_u64() == Some(u64::from(CONFIG_VERSION)) => {}
        Some(other) => {
            return fatal(
                "version",
                ConfigProblemKind::UnsupportedVersion { found: describe_value(other) },
            )
        }
    }
    let config = reader.read_root(root);
    ParsedConfig { config, problems: reader.problems }
}

fn fatal(path: &str, kind: ConfigProblemKind) -> ParsedConfig {
    ParsedConfig {
        config: Config::built_in(),
        problems: vec![ConfigProblem { path: path.to_owned(), kind }],
    }
}

pub(super) const TOP_LEVEL_FIELDS: [&str; 19] = [
    "version",
    "product_name",
    "vendor_name",
    "self_help",
    "feedback_site",
    "community_forum",
    "channels",
    "routes",
    "support_languages",
    "calendars",
    "policies",
    "default_plan",
    "storage_prefix",
    "default_locale",
    "helpdesk_endpoint",
    "helpdesk",
    "draft_cleanup_days",
    "knowledge_base",
    "heading_level",
];

/// Reads what a host page prefills (an object like `{"email": "ana@example.com", "contract":
/// "premier"}`), reporting problems under `prefill.` like configuration problems. A field with a
/// problem is left out; the others are kept.
pub fn parse_prefill_value(value: &Value) -> (Prefill, Vec<ConfigProblem>) {
    let mut reader = Reader::default();
    let prefill = reader.read_prefill(value, "prefill").unwrap_or_default();
    (prefill, reader.problems)
}

/// Collects problems while reading. Every `read_*` method returns `None` when the value cannot
/// be used, after reporting why; the caller then keeps its default.
#[derive(Default)]
struct Reader {
    problems: Vec<ConfigProblem>,
}

impl Reader {
    fn report(&mut self, path: &str, kind: ConfigProblemKind) {
        if self.problems.len() < MAX_REPORTED_PROBLEMS {
            self.problems.push(ConfigProblem { path: path.to_owned(), kind });
        } else if self.problems.len() == MAX_REPORTED_PROBLEMS {
            self.problems.push(ConfigProblem {
                path: String::new(),
                kind: ConfigProblemKind::TooManyProblems,
            });
        }
    }

    fn invalid(&mut self, path: &str, expected: Expected, found: &Value) {
        self.report(path, ConfigProblemKind::Invalid { expected, found: describe_value(found) });
    }

    fn read_root(&mut self, root: &Map<String, Value>) -> Config {
        let defaults = Config::built_in();
        self.report_unknown_fields(root, "", &TOP_LEVEL_FIELDS);
        let text_or = |reader: &mut Reader, key: &str, default: String| {
            optional(root, key).and_then(|value| reader.read_text(value, key)).unwrap_or(default)
        };
        let product_name = text_or(self, "product_name", defaults.product_name);
        let vendor_name = text_or(self, "vendor_name", defaults.vendor_name);
        let self_help = optional(root, "self_help")
            .and_then(|value| self.read_resources(value, "self_help"))
            .unwrap_or(defaults.self_help);
        let feedback_site = optional(root, "feedback_site")
            .and_then(|value| self.read_resource(value, "feedback_site"))
            .unwrap_or(defaults.feedback_site);
        let community_forum = optional(root, "community_forum")
            .and_then(|value| self.read_resource(value, "community_forum"))
            .unwrap_or(defaults.community_forum);
        let channels = optional(root, "channels")
            .and_then(|value| self.read_channels(value, "channels"))
            .unwrap_or(defaults.channels);
        let given_routes =
            optional(root, "routes").and_then(|value| self.read_routes(value, "routes", &channels));
        let routes = match given_routes {
            Some(routes) => with_configuration_manager_routes(routes),
            None => {
                // The built-in routes may point at channels the page owner replaced.
                self.check_route_channels(&defaults.routes, "routes", &channels, None);
                defaults.routes
            }
        };
        self.check_route_coverage(&routes);
        let support_languages = optional(root, "support_languages")
            .and_then(|value| {
                self.read_support_languages(value, "support_languages", &defaults.support_languages)
            })
            .unwrap_or(defaults.support_languages);
        let calendars = optional(root, "calendars")
            .and_then(|value| self.read_calendars(value, "calendars"))
            .unwrap_or(defaults.calendars);
        let policies = optional(root, "policies")
            .and_then(|value| self.read_policies(value, "policies", &defaults.policies, &calendars))
            .unwrap_or(defaults.policies);
        let default_plan = optional(root, "default_plan")
            .and_then(|value| self.read_default_plan(value, "default_plan"))
            .unwrap_or(defaults.default_plan);
        if let Some(channel) = &default_plan.vendor.channel {
            if !channels.iter().any(|known| &known.id == channel) {
                self.report(
                    "default_plan.vendor.channel",
                    ConfigProblemKind::UnknownChannel { id: channel.clone() },
                );
            }
        }
        let storage_prefix = optional(root, "storage_prefix")
            .and_then(|value| self.read_identifier(value, "storage_prefix"))
            .unwrap_or(defaults.storage_prefix);
        let default_locale = match optional(root, "default_locale") {
            Some(value) => self.read_language_tag(value, "default_locale"),
            None => defaults.default_locale,
        };
        let mut helpdesk_endpoint = match optional(root, "helpdesk_endpoint") {
            Some(value) => self.read_endpoint(value, "helpdesk_endpoint"),
            None => defaults.helpdesk_endpoint,
        };
        let helpdesk = match optional(root, "helpdesk") {
            Some(value) => self.read_nullable(value, "helpdesk", Reader::read_helpdesk),
            None => defaults.helpdesk,
        };
        let both_given = ["helpdesk", "helpdesk_endpoint"]
            .iter()
            .all(|key| optional(root, key).is_some_and(|value| !value.is_null()));
        if both_given {
            let used = if helpdesk.is_some() || helpdesk_endpoint.is_none() {
                helpdesk_endpoint = None;
                "helpdesk"
            } else {
                "helpdesk_endpoint"
            };
            self.report("helpdesk_endpoint", ConfigProblemKind::HelpdeskGivenTwice { used });
        }
        let draft_cleanup_days = optional(root, "draft_cleanup_days")
            .and_then(|value| {
                self.read_whole_number(value, "draft_cleanup_days", 1, MAX_DRAFT_CLEANUP_DAYS)
            })
            .unwrap_or(defaults.draft_cleanup_days);
        let knowledge_base = optional(root, "knowledge_base")
            .and_then(|value| self.read_knowledge_base(value, "knowledge_base"))
            .unwrap_or(defaults.knowledge_base);
        let heading_level = optional(root, "heading_level")
            .and_then(|value| {
                let highest = u32::from(HighestHeading::LOWEST_ALLOWED);
                self.read_whole_number(value, "heading_level", 1, highest)
            })
            .and_then(|level| u8::try_from(level).ok())
            .map_or(defaults.heading_level, HighestHeading::new);
        Config {
            version: CONFIG_VERSION,
            product_name,
            vendor_name,
            self_help,
            feedback_site,
            community_forum,
            channels,
            routes,
            support_languages,
            calendars,
            policies,
            default_plan,
            storage_prefix,
            default_locale,
            helpdesk_endpoint,
            helpdesk,
            draft_cleanup_days,
            knowledge_base,
            heading_level,
        }
    }

    fn report_unknown_fields(&mut self, object: &Map<String, Value>, path: &str, known: &[&str]) {
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                self.report(&child(path, key), ConfigProblemKind::UnknownField);
            }
        }
    }

    fn read_object<'value>(
        &mut self,
        value: &'value Value,
        path: &str,
        known: &[&str],
    ) -> Option<&'value Map<String, Value>> {
        match value.as_object() {
            Some(object) => {
                self.report_unknown_fields(object, path, known);
                Some(object)
            }
            None => {
                self.invalid(path, Expected::Object, value);
                None
            }
        }
    }

    fn read_list<'value>(&mut self, value: &'value Value, path: &str) -> Option<&'value [Value]> {
        match value.as_array() {
            Some(list) => Some(list),
            None => {
                self.invalid(path, Expected::List, value);
                None
            }
        }
    }

    /// A required field of an object taken whole: reports a missing field.
    fn required<'value>(
        &mut self,
        object: &'value Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<&'value Value> {
        let value = optional(object, key);
        if value.is_none() {
            self.report(&child(path, key), ConfigProblemKind::MissingField);
        }
        value
    }

    fn read_text(&mut self, value: &Value, path: &str) -> Option<String> {
        match value.as_str().map(str::trim) {
            Some(text) if !text.is_empty() => Some(text.to_owned()),
            _ => {
                self.invalid(path, Expected::Text, value);
                None
            }
        }
    }

    fn read_texts(&mut self, value: &Value, path: &str) -> Option<Vec<String>> {
        let list = self.read_list(value, path)?;
        Some(
            list.iter()
                .enumerate()
                .filter_map(|(index, item)| self.read_text(item, &item_path(path, index)))
                .collect(),
        )
    }

    fn read_bool(&mut self, value: &Value, path: &str) -> Option<bool> {
        let boolean = value.as_bool();
        if boolean.is_none() {
            self.invalid(path, Expected::Boolean, value);
        }
        boolean
    }

    fn read_whole_number(
        &mut self,
        value: &Value,
        path: &str,
        minimum: u32,
        maximum: u32,
    ) -> Option<u32> {
        let number = value
            .as_u64()
            .and_then(|number| u32::try_from(number).ok())
            .filter(|number| (minimum..=maximum).contains(number));
        if number.is_none() {
            let expected = Expected::WholeNumberInRange {
                minimum: u64::from(minimum),
                maximum: u64::from(maximum),
            };
            self.invalid(path, expected, value);
        }
        number
    }

    fn read_identifier(&mut self, value: &Value, path: &str) -> Option<String> {
        match value.as_str() {
            Some(text) if is_identifier(text) => Some(text.to_owned()),
            _ => {
                self.invalid(path, Expected::Identifier, value);
                None
            }
        }
    }

    /// A list of choices without repeats. An empty list is reported as missing and read as
    /// nothing: a rule for no plan or no size would never apply.
    fn read_choice_set<T: Copy + PartialEq>(
        &mut self,
        value: &Value,
        path: &str,
        options: &[(&'static str, T)],
    ) -> Option<Vec<T>> {
        let list = self.read_list(value, path)?;
        let mut chosen = Vec::new();
        for (index, item) in list.iter().enumerate() {
            if let Some(choice) = self.read_choice(item, &item_path(path, index), options) {
                if !chosen.contains(&choice) {
                    chosen.push(choice);
                }
            }
        }
        if chosen.is_empty() {
            self.report(path, ConfigProblemKind::MissingField);
            return None;
        }
        Some(chosen)
    }

    fn read_choice<T: Copy>(
        &mut self,
        value: &Value,
        path: &str,
        options: &[(&'static str, T)],
    ) -> Option<T> {
        let found = value
            .as_str()
            .and_then(|text| options.iter().find(|(name, _)| *name == text))
            .map(|(_, choice)| *choice);
        if found.is_none() {
            let allowed = options.iter().map(|(name, _)| *name).collect();
            self.report(
                path,
                ConfigProblemKind::UnknownChoice { found: describe_value(value), allowed },
            );
        }
        found
    }

    fn read_link(&mut self, value: &Value, path: &str) -> Option<String> {
        let Some(text) = value.as_str() else {
            self.invalid(path, Expected::Text, value);
            return None;
        };
        match check_link(text) {
            Ok(link) => Some(link),
            Err(reason) => {
                self.report(
                    path,
                    ConfigProblemKind::UnsafeLink { reason, found: describe_value(value) },
                );
                None
            }
        }
    }

    /// An optional value: `null` means absent. A value that cannot be used is reported and
    /// treated as absent too.
    fn read_nullable<T>(
        &mut self,
        value: &Value,
        path: &str,
        read: impl FnOnce(&mut Reader, &Value, &str) -> Option<T>,
    ) -> Option<T> {
        if value.is_null() {
            None
        } else {
            read(self, value, path)
        }
    }

    fn read_language_tag(&mut self, value: &Value, path: &str) -> Option<String> {
        self.read_nullable(value, path, |reader, value, path| match value.as_str() {
            Some(tag) if is_language_tag(tag) => Some(tag.to_owned()),
            _ => {
                reader.invalid(path, Expected::LanguageTag, value);
                None
            }
        })
    }

    fn read_language_tags(&mut self, value: &Value, path: &str) -> Option<Vec<String>> {
        let list = self.read_list(value, path)?;
        let mut tags: Vec<String> = Vec::new();
        for (index, item) in list.iter().enumerate() {
            if let Some(tag) = self.read_language_tag(item, &item_path(path, index)) {
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
        }
        Some(tags)
    }

    fn read_endpoint(&mut self, value: &Value, path: &str) -> Option<String> {
        let link = self.read_nullable(value, path, Reader::read_link)?;
        let lowercase = link.to_ascii_lowercase();
        if lowercase.starts_with("https:")
            || lowercase.starts_with("mailto:")
            || is_loopback_http(&lowercase)
        {
            Some(link)
        } else {
            self.report(
                path,
                ConfigProblemKind::EndpointNotEncrypted { found: describe_value(value) },
            );
            None
        }
    }

    /// `{"kind": "json", "url": ...}`, `{"kind": "email", "address": ...}`, `{"kind": "zammad",
    /// "url": ...}` or `{"kind": "zendesk", "subdomain_url": ...}`.
    fn read_helpdesk(&mut self, value: &Value, path: &str) -> Option<Helpdesk> {
        #[derive(Clone, Copy)]
        enum Kind {
            Json,
            Email,
            Zammad,
            Zendesk,
        }
        const KINDS: [(&str, Kind); 4] = [
            ("json", Kind::Json),
            ("email", Kind::Email),
            ("zammad", Kind::Zammad),
            ("zendesk", Kind::Zendesk),
        ];
        let Some(object) = value.as_object() else {
            self.invalid(path, Expected::Object, value);
            return None;
        };
        let kind = self
            .required(object, path, "kind")
            .and_then(|value| self.read_choice(value, &child(path, "kind"), &KINDS));
        let Some(kind) = kind else {
            self.report_unknown_fields(object, path, &["kind", "url", "address", "subdomain_url"]);
            return None;
        };
        let field = match kind {
            Kind::Json | Kind::Zammad => "url",
            Kind::Email => "address",
            Kind::Zendesk => "subdomain_url",
        };
        self.report_unknown_fields(object, path, &["kind", field]);
        let value = self.required(object, path, field)?;
        let path = child(path, field);
        match kind {
            Kind::Json => self.read_helpdesk_url(value, &path).map(|url| Helpdesk::Json { url }),
            Kind::Zammad => {
                let url = self.read_helpdesk_url(value, &path)?;
                if url.contains(['?', '#']) {
                    self.report(
                        &path,
                        ConfigProblemKind::HelpdeskNotAnOrigin { found: describe_value(value) },
                    );
                    return None;
                }
                Some(Helpdesk::Zammad { url: url.trim_end_matches('/').to_owned() })
            }
            Kind::Zendesk => {
                let url = self.read_helpdesk_url(value, &path)?;
                let after_scheme = url.split_once("//").map_or("", |(_, rest)| rest);
                let rest = after_scheme.trim_end_matches('/');
                if rest.contains(['/', '?', '#']) {
                    self.report(
                        &path,
                        ConfigProblemKind::HelpdeskNotAnOrigin { found: describe_value(value) },
                    );
                    return None;
                }
                Some(Helpdesk::Zendesk { subdomain_url: url.trim_end_matches('/').to_owned() })
            }
            Kind::Email => self.read_email_address(value, &path),
        }
    }

    /// A link a helpdesk receives ticket text at: `https:`, or `http:` to this machine.
    fn read_helpdesk_url(&mut self, value: &Value, path: &str) -> Option<String> {
        let link = self.read_link(value, path)?;
        let lowercase = link.to_ascii_lowercase();
        if lowercase.starts_with("https:") || is_loopback_http(&lowercase) {
            Some(link)
        } else {
            self.report(path, ConfigProblemKind::HelpdeskNotHttps { found: describe_value(value) });
            None
        }
    }

    /// A `mailto:` link, or a bare email address, which becomes one.
    fn read_email_address(&mut self, value: &Value, path: &str) -> Option<Helpdesk> {
        let text = value.as_str().map(str::trim).unwrap_or_default();
        let is_mailto = text.get(..7).is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"));
        if is_mailto {
            self.read_link(value, path).map(|address| Helpdesk::Email { address })
        } else if is_valid_email(text) {
            let link = Value::String(format!("mailto:{text}"));
            self.read_link(&link, path).map(|address| Helpdesk::Email { address })
        } else {
            self.invalid(path, Expected::EmailAddress, value);
            None
        }
    }

    fn read_resource(&mut self, value: &Value, path: &str) -> Option<Resource> {
        let object = self.read_object(value, path, &["title", "url", "description"])?;
        let title = self
            .required(object, path, "title")
            .and_then(|value| self.read_localised_text(value, &child(path, "title"), false));
        let url = self
            .required(object, path, "url")
            .and_then(|value| self.read_link(value, &child(path, "url")));
        let description = optional(object, "description")
            .and_then(|value| self.read_localised_text(value, &child(path, "description"), true))
            .unwrap_or_default();
        Some(Resource { title: title?, url: url?, description })
    }

    /// A text given once, or per language: `"..."` or `{"en": "...", "pl": "..."}`. Every tag
    /// is checked and every text must be non-empty (`allow_empty` lets a single text be empty).
    fn read_localised_text(
        &mut self,
        value: &Value,
        path: &str,
        allow_empty: bool,
    ) -> Option<LocalisedText> {
        if let Some(text) = value.as_str() {
            let text = text.trim();
            if text.is_empty() && !allow_empty {
                self.invalid(path, Expected::LocalisedText, value);
                return None;
            }
            return Some(LocalisedText::single(text));
        }
        let Some(object) = value.as_object().filter(|object| !object.is_empty()) else {
            self.invalid(path, Expected::LocalisedText, value);
            return None;
        };
        let mut entries: Vec<(String, String)> = Vec::new();
        for (tag, text) in object {
            let entry_path = child(path, tag);
            if !is_language_tag(tag) {
                self.report(
                    &entry_path,
                    ConfigProblemKind::UnknownLanguageTag { found: shorten(tag, 40) },
                );
                continue;
            }
            if let Some(text) = self.read_text(text, &entry_path) {
                entries.push((tag.clone(), text));
            }
        }
        match LocalisedText::per_language(entries) {
            Ok(text) => Some(text),
            // No usable language left, or one given twice in another letter case.
            Err(_) => {
                self.invalid(path, Expected::LocalisedText, value);
                None
            }
        }
    }

    fn read_prefill(&mut self, value: &Value, path: &str) -> Option<Prefill> {
        let object = self.read_object(value, path, &Prefill::FIELDS)?;
        let text = |reader: &mut Reader, field: &str| {
            optional(object, field).and_then(|value| reader.read_text(value, &child(path, field)))
        };
        let name = text(self, "name");
        let phone = text(self, "phone");
        let email = optional(object, "email").and_then(|value| {
            let email_path = child(path, "email");
            let email = value.as_str().map(str::trim).filter(|email| is_valid_email(email));
            if email.is_none() {
                self.invalid(&email_path, Expected::EmailAddress, value);
            }
            email.map(str::to_owned)
        });
        let methods = [("email", ContactMethod::Email), ("phone", ContactMethod::Phone)];
        let contact_method = optional(object, "contact_method")
            .and_then(|value| self.read_choice(value, &child(path, "contact_method"), &methods));
        let contracts = SupportContract::ALL.map(|contract| (contract.as_str(), contract));
        let support_contract = optional(object, "contract")
            .and_then(|value| self.read_choice(value, &child(path, "contract"), &contracts));
        let sizes = TenantSize::ALL.map(|size| (size.as_str(), size));
        let tenant_size = optional(object, "tenant_size")
            .and_then(|value| self.read_choice(value, &child(path, "tenant_size"), &sizes));
        let kinds = RequestKind::ALL.map(|kind| (kind.as_str(), kind));
        let request_kind = optional(object, "request_kind")
            .and_then(|value| self.read_choice(value, &child(path, "request_kind"), &kinds));
        let ticket_language = optional(object, "ticket_language")
            .and_then(|value| self.read_language_tag(value, &child(path, "ticket_language")));
        Some(Prefill {
            name,
            email,
            phone,
            contact_method,
            support_contract,
            tenant_size,
            request_kind,
            ticket_language,
        })
    }

    fn read_localised_texts(&mut self, value: &Value, path: &str) -> Option<Vec<LocalisedText>> {
        let list = self.read_list(value, path)?;
        Some(
            list.iter()
                .enumerate()
                .filter_map(|(index, item)| {
                    self.read_localised_text(item, &item_path(path, index), false)
                })
                .collect(),
        )
    }

    fn read_article(&mut self, value: &Value, path: &str) -> Option<Article> {
        const FIELDS: [&str; 6] = ["id", "title", "summary", "url", "keywords", "error_codes"];
        let object = self.read_object(value, path, &FIELDS)?;
        let id = self
            .required(object, path, "id")
            .and_then(|value| self.read_identifier(value, &child(path, "id")));
        let title = self
            .required(object, path, "title")
            .and_then(|value| self.read_localised_text(value, &child(path, "title"), false));
        let url = self
            .required(object, path, "url")
            .and_then(|value| self.read_link(value, &child(path, "url")));
        let summary = optional(object, "summary")
            .and_then(|value| self.read_localised_text(value, &child(path, "summary"), true))
            .unwrap_or_default();
        let keywords = optional(object, "keywords")
            .and_then(|value| self.read_texts(value, &child(path, "keywords")))
            .unwrap_or_default();
        let error_codes = optional(object, "error_codes")
            .and_then(|value| self.read_texts(value, &child(path, "error_codes")))
            .unwrap_or_default();
        Some(Article { id: id?, title: title?, summary, url: url?, keywords, error_codes })
    }

    fn read_knowledge_base(&mut self, value: &Value, path: &str) -> Option<KnowledgeBaseSettings> {
        let object = self.read_object(value, path, &["include_built_in", "articles"])?;
        let include_built_in = optional(object, "include_built_in")
            .and_then(|value| self.read_bool(value, &child(path, "include_built_in")))
            .unwrap_or(true);
        let mut articles: Vec<Article> = Vec::new();
        if let Some(value) = optional(object, "articles") {
            let articles_path = child(path, "articles");
            for (index, item) in self.read_list(value, &articles_path)?.iter().enumerate() {
                let item_path = item_path(&articles_path, index);
                let Some(article) = self.read_article(item, &item_path) else { continue };
                if articles.iter().any(|known| known.id == article.id) {
                    self.report(
                        &child(&item_path, "id"),
                        ConfigProblemKind::DuplicateId { id: article.id.clone() },
                    );
                    continue;
                }
                articles.push(article);
            }
        }
        Some(KnowledgeBaseSettings { include_built_in, articles })
    }

    fn read_resources(&mut self, value: &Value, path: &str) -> Option<Vec<Resource>> {
        let list = self.read_list(value, path)?;
        Some(
            list.iter()
                .enumerate()
                .filter_map(|(index, item)| self.read_resource(item, &item_path(path, index)))
                .collect(),
        )
    }

    fn read_channel(&mut self, value: &Value, path: &str) -> Option<Channel> {
        const FIELDS: [&str; 8] =
            ["id", "kind", "name", "url", "category", "steps", "links", "languages"];
        let object = self.read_object(value, path, &FIELDS)?;
        let id = self
            .required(object, path, "id")
            .and_then(|value| self.read_identifier(value, &child(path, "id")));
        let kind = self
            .required(object, path, "kind")
            .and_then(|value| self.read_choice(value, &child(path, "kind"), &ChannelKind::ALL));
        let name = self
            .required(object, path, "name")
            .and_then(|value| self.read_localised_text(value, &child(path, "name"), false));
        let url = optional(object, "url")
            .and_then(|value| self.read_nullable(value, &child(path, "url"), Reader::read_link));
        let category = optional(object, "category").and_then(|value| {
            self.read_nullable(value, &child(path, "category"), |reader, value, path| {
                reader.read_localised_text(value, path, false)
            })
        });
        let steps = optional(object, "steps")
            .and_then(|value| self.read_localised_texts(value, &child(path, "steps")))
            .unwrap_or_default();
        let links = optional(object, "links")
            .and_then(|value| self.read_resources(value, &child(path, "links")))
            .unwrap_or_default();
        let languages = optional(object, "languages").and_then(|value| {
            self.read_nullable(value, &child(path, "languages"), |reader, value, path| {
                reader.read_choice(value, path, &LanguageSet::ALL)
            })
        });
        Some(Channel { id: id?, kind: kind?, name: name?, url, category, steps, links, languages })
    }

    fn read_channels(&mut self, value: &Value, path: &str) -> Option<Vec<Channel>> {
        let list = self.read_list(value, path)?;
        let mut channels: Vec<Channel> = Vec::new();
        for (index, item) in list.iter().enumerate() {
            let item_path = item_path(path, index);
            let Some(channel) = self.read_channel(item, &item_path) else {
                continue;
            };
            if channels.iter().any(|known| known.id == channel.id) {
                self.report(
                    &child(&item_path, "id"),
                    ConfigProblemKind::DuplicateId { id: channel.id },
                );
            } else {
                channels.push(channel);
            }
        }
        Some(channels)
    }

    fn read_warning(&mut self, value: &Value, path: &str) -> Option<RouteWarning> {
        let object = self.read_object(value, path, &["id", "text"])?;
        let id = self
            .required(object, path, "id")
            .and_then(|value| self.read_identifier(value, &child(path, "id")));
        let text = self
            .required(object, path, "text")
            .and_then(|value| self.read_localised_text(value, &child(path, "text"), false));
        Some(RouteWarning { id: id?, text: text? })
    }

    /// Reads one route. A route naming the deprecated plan `small_tenant` becomes two when it
    /// names other plans too: one for those plans and one for Professional tenants with fewer
    /// than 100 licences.
    fn read_route(&mut self, value: &Value, path: &str) -> Option<Vec<Route>> {
        const FIELDS: [&str; 5] = ["kind", "plans", "tenant_sizes", "channel", "warnings"];
        let object = self.read_object(value, path, &FIELDS)?;
        let kind_options = RequestKind::ALL.map(|kind| (kind.as_str(), kind));
        let kind = self.required(object, path, "kind").and_then(|value| {
            // A name of an earlier release still reads; problems list only today's names.
            let deprecated = RequestKind::DEPRECATED_NAMES
                .into_iter()
                .find(|(name, _)| value.as_str() == Some(*name))
                .map(|(_, kind)| kind);
            deprecated.or_else(|| self.read_choice(value, &child(path, "kind"), &kind_options))
        });
        let contracts = self.required(object, path, "plans").and_then(|value| {
            let contract_options = [
                ("professional", StoredSupportContract::Professional),
                ("premier", StoredSupportContract::Premier),
                ("small_tenant", StoredSupportContract::SmallTenant),
            ];
            self.read_choice_set(value, &child(path, "plans"), &contract_options)
        });
        let tenant_sizes = match optional(object, "tenant_sizes") {
            Some(value) if !value.is_null() => {
                let size_options = TenantSize::ALL.map(|size| (size.as_str(), size));
                self.read_choice_set(value, &child(path, "tenant_sizes"), &size_options).map(
                    |mut sizes| {
                        // Both sizes is the same as every size.
                        if sizes.len() == TenantSize::ALL.len() {
                            sizes.clear();
                        }
                        sizes
                    },
                )
            }
            _ => Some(Vec::new()),
        };
        let channel = self
            .required(object, path, "channel")
            .and_then(|value| self.read_identifier(value, &child(path, "channel")));
        let warnings: Vec<RouteWarning> = match optional(object, "warnings") {
            Some(value) => {
                let warnings_path = child(path, "warnings");
                self.read_list(value, &warnings_path).map(|list| {
                    list.iter()
                        .enumerate()
                        .filter_map(|(index, item)| {
                            self.read_warning(item, &item_path(&warnings_path, index))
                        })
                        .collect()
                })
            }
            None => None,
        }
        .unwrap_or_default();
        let (kind, stored_contracts, tenant_sizes, channel) =
            (kind?, contracts?, tenant_sizes?, channel?);
        let route = |contracts: Vec<SupportContract>, tenant_sizes: Vec<TenantSize>| Route {
            kind,
            contracts,
            tenant_sizes,
            channel: channel.clone(),
            warnings: warnings.clone(),
        };
        let has_small_tenant = stored_contracts.contains(&StoredSupportContract::SmallTenant);
        let mut contracts: Vec<SupportContract> = Vec::new();
        for stored in &stored_contracts {
            let (contract, _) = stored.upgrade();
            if *stored != StoredSupportContract::SmallTenant && !contracts.contains(&contract) {
                contracts.push(contract);
            }
        }
        if !has_small_tenant {
            return Some(vec![route(contracts, tenant_sizes)]);
        }
        if !tenant_sizes.is_empty() {
            self.report(&child(path, "plans"), ConfigProblemKind::SmallTenantWithTenantSizes);
            if !contracts.contains(&SupportContract::Professional) {
                contracts.push(SupportContract::Professional);
            }
            return Some(vec![route(contracts, tenant_sizes)]);
        }
        // "small_tenant" meant a Professional tenant with fewer than 100 licences. Next to
        // "professional" it adds nothing; otherwise it becomes a rule of its own.
        let small_tenant =
            route(vec![SupportContract::Professional], vec![TenantSize::FewerThan100]);
        if contracts.is_empty() {
            Some(vec![small_tenant])
        } else if contracts.contains(&SupportContract::Professional) {
            Some(vec![route(contracts, Vec::new())])
        } else {
            Some(vec![route(contracts, Vec::new()), small_tenant])
        }
    }

    /// Reads the routes, keeping the original position of each so later problems point at the
    /// right entry.
    fn read_routes(
        &mut self,
        value: &Value,
        path: &str,
        channels: &[Channel],
    ) -> Option<Vec<Route>> {
        let list = self.read_list(value, path)?;
        let mut routes = Vec::new();
        let mut positions = Vec::new();
        for (index, item) in list.iter().enumerate() {
            for route in self.read_route(item, &item_path(path, index)).unwrap_or_default() {
                routes.push(route);
                positions.push(index);
            }
        }
        self.check_route_channels(&routes, path, channels, Some(&positions));
        self.check_unused_routes(&routes, path, &positions);
        Some(routes)
    }

    /// Reports routes to channels that do not exist. The routes are kept: routing then reports
    /// the same problem to the user instead of silently sending them elsewhere.
    fn check_route_channels(
        &mut self,
        routes: &[Route],
        path: &str,
        channels: &[Channel],
        positions: Option<&[usize]>,
    ) {
        let mut reported = Vec::new();
        for (index, route) in routes.iter().enumerate() {
            let position =
                positions.and_then(|positions| positions.get(index)).copied().unwrap_or(index);
            if !channels.iter().any(|channel| channel.id == route.channel)
                && !reported.contains(&position)
            {
                reported.push(position);
                self.report(
                    &child(&item_path(path, position), "channel"),
                    ConfigProblemKind::UnknownChannel { id: route.channel.clone() },
                );
            }
        }
    }

    /// Reports routes that decide no request at all, because other routes decide every
    /// request they cover.
    fn check_unused_routes(&mut self, routes: &[Route], path: &str, positions: &[usize]) {
        let position_of = |index: usize| positions.get(index).copied().unwrap_or(index);
        let mut used = Vec::new();
        for (index, route) in routes.iter().enumerate() {
            let decides_something = Customer::all().any(|customer| {
                route.applies_to(route.kind, customer)
                    && deciding_route(routes, route.kind, customer) == Some(index)
            });
            if decides_something {
                used.push(position_of(index));
            }
        }
        // An entry read as two routes (the old `small_tenant` plan) is used when either is.
        let mut reported = Vec::new();
        for index in 0..routes.len() {
            let position = position_of(index);
            if !used.contains(&position) && !reported.contains(&position) {
                reported.push(position);
                self.report(&item_path(path, position), ConfigProblemKind::RouteNeverUsed);
            }
        }
    }

    fn check_route_coverage(&mut self, routes: &[Route]) {
        for kind in RequestKind::ALL {
            for contract in SupportContract::ALL {
                let uncovered: Vec<TenantSize> = TenantSize::ALL
                    .into_iter()
                    .filter(|size| {
                        deciding_route(routes, kind, Customer::new(contract, *size)).is_none()
                    })
                    .collect();
                let tenant_size = match uncovered.as_slice() {
                    [] => continue,
                    [only] => Some(*only),
                    _ => None,
                };
                self.report(
                    "routes",
                    ConfigProblemKind::MissingRoute { kind, contract, tenant_size },
                );
            }
        }
    }

    fn read_support_languages(
        &mut self,
        value: &Value,
        path: &str,
        defaults: &SupportLanguages,
    ) -> Option<SupportLanguages> {
        const FIELDS: [&str; 3] =
            ["online_technical", "billing_and_phone", "billing_and_phone_page"];
        let object = self.read_object(value, path, &FIELDS)?;
        let list = |reader: &mut Reader, key: &str, default: &Vec<String>| {
            optional(object, key)
                .and_then(|value| reader.read_language_tags(value, &child(path, key)))
                .unwrap_or_else(|| default.clone())
        };
        let page_path = child(path, "billing_and_phone_page");
        let billing_and_phone_page = match optional(object, "billing_and_phone_page") {
            Some(value) => self.read_nullable(value, &page_path, Reader::read_link),
            None => defaults.billing_and_phone_page.clone(),
        };
        Some(SupportLanguages {
            online_technical: list(self, "online_technical", &defaults.online_technical),
            billing_and_phone: list(self, "billing_and_phone", &defaults.billing_and_phone),
            billing_and_phone_page,
        })
    }

    fn read_calendars(
        &mut self,
        value: &Value,
        path: &str,
    ) -> Option<BTreeMap<String, BusinessCalendar>> {
        // Calendar names are chosen by the page owner, so no key of this object is unknown.
        let Some(object) = value.as_object() else {
            self.invalid(path, Expected::Object, value);
            return None;
        };
        let mut calendars = BTreeMap::new();
        for (name, calendar_value) in object {
            let calendar_path = child(path, name);
            if !is_identifier(name) {
                self.invalid(&calendar_path, Expected::Identifier, &Value::String(name.clone()));
                continue;
            }
            if let Some(calendar) = self.read_calendar(calendar_value, &calendar_path) {
                calendars.insert(name.clone(), calendar);
            }
        }
        Some(calendars)
    }

    fn read_calendar(&mut self, value: &Value, path: &str) -> Option<BusinessCalendar> {
        let object = self.read_object(value, path, &["time_zone", "weekly", "closed_dates"])?;
        let time_zone =
            self.required(object, path, "time_zone").and_then(|value| match value.as_str() {
                Some(name) if is_time_zone_name(name) => Some(name.to_owned()),
                _ => {
                    self.invalid(&child(path, "time_zone"), Expected::TimeZone, value);
                    None
                }
            });
        let weekly = self
            .required(object, path, "weekly")
            .and_then(|value| self.read_weekly(value, &child(path, "weekly")));
        let closed_dates = optional(object, "closed_dates")
            .and_then(|value| self.read_dates(value, &child(path, "closed_dates")))
            .unwrap_or_default();
        let (time_zone, weekly) = (time_zone?, weekly?);
        if weekly.iter().all(Vec::is_empty) {
            self.report(path, ConfigProblemKind::CalendarNeverOpen);
            return None;
        }
        Some(BusinessCalendar { time_zone, weekly, closed_dates })
    }

    fn read_weekly(&mut self, value: &Value, path: &str) -> Option<[Vec<OpeningHours>; 7]> {
        let object = self.read_object(value, path, &WEEKDAY_KEYS)?;
        let mut weekly: [Vec<OpeningHours>; 7] = Default::default();
        for (day, hours) in WEEKDAY_KEYS.iter().zip(weekly.iter_mut()) {
            if let Some(value) = optional(object, day) {
                *hours = self.read_day(value, &child(path, day)).unwrap_or_default();
            }
        }
        Some(weekly)
    }

    fn read_day(&mut self, value: &Value, path: &str) -> Option<Vec<OpeningHours>> {
        let list = self.read_list(value, path)?;
        let mut intervals = Vec::new();
        for (index, item) in list.iter().enumerate() {
            let interval_path = item_path(path, index);
            let Some(object) = self.read_object(item, &interval_path, &["opens", "closes"]) else {
                continue;
            };
            let opens = self
                .required(object, &interval_path, "opens")
                .and_then(|value| self.read_time(value, &child(&interval_path, "opens")));
            let closes = self
                .required(object, &interval_path, "closes")
                .and_then(|value| self.read_time(value, &child(&interval_path, "closes")));
            let (Some(opens), Some(closes)) = (opens, closes) else {
                continue;
            };
            if opens >= closes {
                self.report(
                    &interval_path,
                    ConfigProblemKind::OpeningNotBeforeClosing {
                        opens: opens.format("%H:%M").to_string(),
                        closes: closes.format("%H:%M").to_string(),
                    },
                );
                continue;
            }
            intervals.push(OpeningHours { opens, closes });
        }
        intervals.sort_by_key(|interval| interval.opens);
        let overlaps = intervals.windows(2).any(|pair| match pair {
            [first, second] => second.opens < first.closes,
            _ => false,
        });
        if overlaps {
            self.report(path, ConfigProblemKind::OverlappingOpeningHours);
            return None;
        }
        Some(intervals)
    }

    fn read_time(&mut self, value: &Value, path: &str) -> Option<NaiveTime> {
        let time = value.as_str().and_then(parse_hours_minutes);
        if time.is_none() {
            self.invalid(path, Expected::Time, value);
        }
        time
    }

    fn read_dates(&mut self, value: &Value, path: &str) -> Option<Vec<NaiveDate>> {
        let list = self.read_list(value, path)?;
        let mut dates = Vec::new();
        for (index, item) in list.iter().enumerate() {
            match item.as_str().and_then(parse_date) {
                Some(date) => dates.push(date),
                None => self.invalid(&item_path(path, index), Expected::Date, item),
            }
        }
        dates.sort();
        dates.dedup();
        Some(dates)
    }

    fn read_policies(
        &mut self,
        value: &Value,
        path: &str,
        defaults: &Policies,
        calendars: &BTreeMap<String, BusinessCalendar>,
    ) -> Option<Policies> {
        let object = self.read_object(value, path, &["professional", "premier", "small_tenant"])?;
        let policy = |reader: &mut Reader, key: &str, default: &Policy| {
            optional(object, key)
                .and_then(|value| reader.read_policy(value, &child(path, key), default, calendars))
                .unwrap_or_else(|| default.clone())
        };
        Some(Policies {
            professional: policy(self, "professional", &defaults.professional),
            premier: policy(self, "premier", &defaults.premier),
            small_tenant: policy(self, "small_tenant", &defaults.small_tenant),
        })
    }

    fn read_policy(
        &mut self,
        value: &Value,
        path: &str,
        default: &Policy,
        calendars: &BTreeMap<String, BusinessCalendar>,
    ) -> Option<Policy> {
        const FIELDS: [&str; 5] = ["critical", "moderate", "minimal", "set_by_contract", "example"];
        let object = self.read_object(value, path, &FIELDS)?;
        let mut targets_given = 0;
        let mut target =
            |reader: &mut Reader, key: &str, default: &Target| match optional(object, key)
                .and_then(|value| reader.read_target(value, &child(path, key), calendars))
            {
                Some(target) => {
                    targets_given += 1;
                    target
                }
                None => default.clone(),
            };
        let critical = target(self, "critical", &default.critical);
        let moderate = target(self, "moderate", &default.moderate);
        let minimal = target(self, "minimal", &default.minimal);
        let set_by_contract = optional(object, "set_by_contract")
            .and_then(|value| self.read_bool(value, &child(path, "set_by_contract")))
            .unwrap_or(default.set_by_contract);
        // Example figures stay an example until all three targets are replaced, unless the
        // configuration says otherwise.
        let example = optional(object, "example")
            .and_then(|value| self.read_bool(value, &child(path, "example")))
            .unwrap_or(default.example && targets_given < 3);
        Some(Policy { critical, moderate, minimal, set_by_contract, example })
    }

    fn read_target(
        &mut self,
        value: &Value,
        path: &str,
        calendars: &BTreeMap<String, BusinessCalendar>,
    ) -> Option<Target> {
        let object = self.read_object(value, path, &["hours", "minutes", "clock"])?;
        let minutes = match (optional(object, "hours"), optional(object, "minutes")) {
            (Some(_), Some(_)) => {
                self.report(path, ConfigProblemKind::HoursAndMinutes);
                None
            }
            (None, None) => {
                self.report(path, ConfigProblemKind::MissingDuration);
                None
            }
            (Some(hours), None) => self.read_duration(hours, &child(path, "hours"), 60.0),
            (None, Some(minutes)) => self.read_duration(minutes, &child(path, "minutes"), 1.0),
        };
        let clock = match optional(object, "clock") {
            Some(value) => self.read_clock(value, &child(path, "clock"), calendars),
            None => Some(Clock::AroundTheClock),
        };
        Some(Target { minutes: minutes?, clock: clock? })
    }

    /// Reads a duration given in some unit and returns whole minutes.
    fn read_duration(&mut self, value: &Value, path: &str, minutes_per_unit: f64) -> Option<u32> {
        let Some(amount) = value.as_f64().filter(|amount| amount.is_finite() && *amount > 0.0)
        else {
            self.invalid(path, Expected::PositiveNumber, value);
            return None;
        };
        let minutes = amount * minutes_per_unit;
        if minutes > f64::from(MAX_TARGET_HOURS) * 60.0 {
            self.report(path, ConfigProblemKind::DurationTooLong { found: describe_value(value) });
            return None;
        }
        let whole = minutes.round();
        if (minutes - whole).abs() > 1e-6 || whole < 1.0 {
            self.report(
                path,
                ConfigProblemKind::DurationNotWholeMinutes { found: describe_value(value) },
            );
            return None;
        }
        // The range checks above keep `whole` between 1 and the maximum, so the conversion is
        // exact.
        Some(whole as u32)
    }

    fn read_clock(
        &mut self,
        value: &Value,
        path: &str,
        calendars: &BTreeMap<String, BusinessCalendar>,
    ) -> Option<Clock> {
        const CLOCK_KINDS: [(&str, bool); 2] = [("around_the_clock", false), ("business", true)];
        let object = self.read_object(value, path, &["kind", "calendar"])?;
        let business = self
            .required(object, path, "kind")
            .and_then(|value| self.read_choice(value, &child(path, "kind"), &CLOCK_KINDS))?;
        let calendar_value = optional(object, "calendar");
        if !business {
            if calendar_value.is_some() {
                // A calendar on a 24x7 clock is most likely a mistake in "kind".
                self.report(&child(path, "calendar"), ConfigProblemKind::UnknownField);
            }
            return Some(Clock::AroundTheClock);
        }
        let calendar_path = child(path, "calendar");
        let name = match calendar_value {
            Some(value) => self.read_text(value, &calendar_path)?,
            None => {
                self.report(&calendar_path, ConfigProblemKind::MissingField);
                return None;
            }
        };
        if !calendars.contains_key(&name) {
            self.report(&calendar_path, ConfigProblemKind::UnknownCalendar { name });
            return None;
        }
        Some(Clock::Business { calendar: name })
    }

    fn read_default_plan(&mut self, value: &Value, path: &str) -> Option<SupportPlan> {
        match serde_json::from_value::<SupportPlan>(value.clone()) {
            Ok(plan) => {
                for problem in validate_plan(&plan) {
                    self.report(path, ConfigProblemKind::SupportPlanProblem(problem));
                }
                Some(plan)
            }
            Err(error) => {
                self.report(
                    path,
                    ConfigProblemKind::InvalidSupportPlan {
                        detail: shorten(&error.to_string(), 160),
                    },
                );
                None
            }
        }
    }
}

/// A field that is present; `null` counts as present so nullable fields can clear a default.
fn optional<'value>(object: &'value Map<String, Value>, key: &str) -> Option<&'value Value> {
    object.get(key)
}

/// The path of a field, written `parent.key`, or `parent["odd key"]` when the key is not a
/// plain name, so the path stays readable and unambiguous.
fn child(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key.len() <= 40
        && key
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || "_-".contains(character));
    if plain {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    } else {
        let quoted = serde_json::to_string(&shorten(key, 40)).unwrap_or_default();
        format!("{path}[{quoted}]")
    }
}

fn item_path(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// A short description of a value for messages: the value itself when short, its kind when it
/// is a list or an object.
fn describe_value(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(boolean) => boolean.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => serde_json::to_string(&shorten(text, 40)).unwrap_or_default(),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

pub(super) fn is_identifier(text: &str) -> bool {
    text.len() <= MAX_IDENTIFIER_LENGTH
        && text.chars().next().is_some_and(|first| first.is_ascii_alphanumeric())
        && text
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || "-_.".contains(character))
}

/// A language tag in the common shape: a primary language of two or three letters, then
/// subtags of one to eight letters or digits, separated by `-`.
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary_is_valid = subtags.next().is_some_and(|primary| {
        (2..=3).contains(&primary.len())
            && primary.chars().all(|character| character.is_ascii_alphabetic())
    });
    primary_is_valid
        && tag.len() <= 35
        && subtags.all(|subtag| {
            (1..=8).contains(&subtag.len())
                && subtag.chars().all(|character| character.is_ascii_alphanumeric())
        })
}

/// Whether a name looks like an IANA time zone (`UTC`, `Europe/Warsaw`, `America/Argentina/
/// Buenos_Aires`, `Etc/GMT+1`). Whether the zone exists is checked where it is used, because
/// the time-zone database is not part of this module.
fn is_time_zone_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.split('/').all(|part| {
            part.chars().next().is_some_and(|first| first.is_ascii_alphabetic())
                && part
                    .chars()
                    .all(|character| character.is_ascii_alphanumeric() || "_-+".contains(character))
        })
}

/// Parses `HH:MM` (the hour may have one digit).
pub(super) fn parse_hours_minutes(text: &str) -> Option<NaiveTime> {
    let (hours, minutes) = text.split_once(':')?;
    let all_digits = |part: &str| part.chars().all(|character| character.is_ascii_digit());
    if !(1..=2).contains(&hours.len())
        || minutes.len() != 2
        || !all_digits(hours)
        || !all_digits(minutes)
    {
        return None;
    }
    NaiveTime::from_hms_opt(hours.parse().ok()?, minutes.parse().ok()?, 0)
}

/// Parses `YYYY-MM-DD`, exactly ten characters.
pub(super) fn parse_date(text: &str) -> Option<NaiveDate> {
    if text.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// A configuration written before requests about Intune with Configuration Manager were a kind
/// of their own has no route for them. The vendor supports them like any other Intune question,
/// so they take the routes of technical requests.
fn with_configuration_manager_routes(mut routes: Vec<Route>) -> Vec<Route> {
    let kind = RequestKind::IntuneWithConfigurationManager;
    if routes.iter().any(|route| route.kind == kind) {
        return routes;
    }
    let technical: Vec<Route> = routes
        .iter()
        .filter(|route| route.kind == RequestKind::Technical)
        .map(|route| Route { kind, ..route.clone() })
        .collect();
    routes.extend(technical);
    routes
}
