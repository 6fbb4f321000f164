//! The request vocabulary: what a request is about and who asks. Routing, response times, tickets,
//! support plans and the configuration all speak it.

use serde::{Deserialize, Serialize};

/// What the request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    Technical,
    BillingLicensingAccount,
    /// The service working together with Configuration Manager (co-management, tenant attach):
    /// supported through the service's own channel like any other question about it.
    IntuneWithConfigurationManager,
    /// Configuration Manager or Endpoint Protection on their own, supported separately. The first
    /// releases stored this kind as `configuration_manager_or_endpoint_protection`, which still
    /// reads as this kind.
    #[serde(
        rename = "standalone_configuration_manager_or_endpoint_protection",
        alias = "configuration_manager_or_endpoint_protection"
    )]
    StandaloneConfigurationManager,
    VolumeLicensing,
    FeatureRequest,
}

/// The customer's support contract with the vendor.
///
/// The first releases had a third value, `small_tenant`, for tenants with fewer than 100
/// licences. The size of the tenant is a separate answer now ([`TenantSize`]); stored drafts,
/// plans and configurations that say `small_tenant` are read as Professional with fewer than 100
/// licences (see [`StoredSupportContract`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportContract {
    /// Support that comes with the subscription ("break-fix").
    Professional,
    /// A Premier support contract, with its own portal and response times.
    Premier,
}

/// How many licences the tenant has. The vendor's admin centre offers tenants with fewer than
/// 100 licences a simpler way in: describe the problem, review suggested resources, or ask to be
/// called back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TenantSize {
    #[serde(rename = "fewer_than_100_licences")]
    FewerThan100,
    #[serde(rename = "100_licences_or_more")]
    HundredOrMore,
}

/// Who asks: the support contract and the size of the tenant. Routing and response times
/// depend on both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Customer {
    pub contract: SupportContract,
    pub tenant_size: TenantSize,
}

impl Customer {
    pub fn new(contract: SupportContract, tenant_size: TenantSize) -> Customer {
        Customer { contract, tenant_size }
    }

    /// Every combination of contract and size.
    pub fn all() -> impl Iterator<Item = Customer> {
        SupportContract::ALL.into_iter().flat_map(|contract| {
            TenantSize::ALL.into_iter().map(move |tenant_size| Customer { contract, tenant_size })
        })
    }

    /// A customer from answers that may be missing: an unanswered contract counts as
    /// Professional and an unanswered size as 100 licences or more, the way requests were
    /// routed before the questions were asked.
    pub fn from_answers(
        contract: Option<SupportContract>,
        tenant_size: Option<TenantSize>,
    ) -> Customer {
        Customer {
            contract: contract.unwrap_or(SupportContract::Professional),
            tenant_size: tenant_size.unwrap_or(TenantSize::HundredOrMore),
        }
    }

    /// A short English description for messages, such as `"premier" with
    /// "fewer_than_100_licences"`.
    pub fn describe(self) -> String {
        format!("\"{}\" with \"{}\"", self.contract.as_str(), self.tenant_size.as_str())
    }
}

impl RequestKind {
    /// Every kind, in the order the interface offers them.
    pub const ALL: [RequestKind; 6] = [
        RequestKind::Technical,
        RequestKind::BillingLicensingAccount,
        RequestKind::IntuneWithConfigurationManager,
        RequestKind::StandaloneConfigurationManager,
        RequestKind::VolumeLicensing,
        RequestKind::FeatureRequest,
    ];

    /// Names of earlier releases that still read, with the kind they mean now.
    pub const DEPRECATED_NAMES: [(&'static str, RequestKind); 1] = [(
        "configuration_manager_or_endpoint_protection",
        RequestKind::StandaloneConfigurationManager,
    )];

    /// The name used in JSON, for example `billing_licensing_account`.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestKind::Technical => "technical",
            RequestKind::BillingLicensingAccount => "billing_licensing_account",
            RequestKind::IntuneWithConfigurationManager => "intune_with_configuration_manager",
            RequestKind::StandaloneConfigurationManager => {
                "standalone_configuration_manager_or_endpoint_protection"
            }
            RequestKind::VolumeLicensing => "volume_licensing",
            RequestKind::FeatureRequest => "feature_request",
        }
    }
}

impl SupportContract {
    /// Every contract.
    pub const ALL: [SupportContract; 2] = [SupportContract::Professional, SupportContract::Premier];

    /// The name used in JSON, for example `premier`.
    pub fn as_str(self) -> &'static str {
        match self {
            SupportContract::Professional => "professional",
            SupportContract::Premier => "premier",
        }
    }
}

impl TenantSize {
    /// Both sizes, smaller first.
    pub const ALL: [TenantSize; 2] = [TenantSize::FewerThan100, TenantSize::HundredOrMore];

    /// The name used in JSON, for example `fewer_than_100_licences`.
    pub fn as_str(self) -> &'static str {
        match self {
            TenantSize::FewerThan100 => "fewer_than_100_licences",
            TenantSize::HundredOrMore => "100_licences_or_more",
        }
    }
}

/// A support contract as any release stored it: the current contracts, and `small_tenant`,
/// which the first releases offered as a third choice (then called a plan) for tenants with
/// fewer than 100 licences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoredSupportContract {
    Professional,
    Premier,
    SmallTenant,
}

impl StoredSupportContract {
    /// The contract, and the tenant size when the stored value said it: `small_tenant` was a
    /// Professional tenant with fewer than 100 licences.
    pub fn upgrade(self) -> (SupportContract, Option<TenantSize>) {
        match self {
            StoredSupportContract::Professional => (SupportContract::Professional, None),
            StoredSupportContract::Premier => (SupportContract::Premier, None),
            StoredSupportContract::SmallTenant => {
                (SupportContract::Professional, Some(TenantSize::FewerThan100))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_the_serde_names() {
        for kind in RequestKind::ALL {
            assert_eq!(serde_json::to_value(kind).ok(), Some(kind.as_str().into()));
            let read: Option<RequestKind> = serde_json::from_value(kind.as_str().into()).ok();
            assert_eq!(read, Some(kind));
        }
        for contract in SupportContract::ALL {
            assert_eq!(serde_json::to_value(contract).ok(), Some(contract.as_str().into()));
        }
        for size in TenantSize::ALL {
            assert_eq!(serde_json::to_value(size).ok(), Some(size.as_str().into()));
            let read: Option<TenantSize> = serde_json::from_value(size.as_str().into()).ok();
            assert_eq!(read, Some(size));
        }
    }

    #[test]
    fn names_of_earlier_releases_still_read() {
        for (name, kind) in RequestKind::DEPRECATED_NAMES {
            let read: Option<RequestKind> = serde_json::from_value(name.into()).ok();
            assert_eq!(read, Some(kind), "{name}");
            assert_ne!(kind.as_str(), name, "a deprecated name is never written");
        }
        let stored = |name: &str| serde_json::from_value::<StoredSupportContract>(name.into()).ok();
        assert_eq!(
            stored("small_tenant").map(StoredSupportContract::upgrade),
            Some((SupportContract::Professional, Some(TenantSize::FewerThan100)))
        );
        assert_eq!(
            stored("premier").map(StoredSupportContract::upgrade),
            Some((SupportContract::Premier, None))
        );
        assert_eq!(
            stored("professional").map(StoredSupportContract::upgrade),
            Some((SupportContract::Professional, None))
        );
        assert_eq!(serde_json::from_value::<SupportContract>("small_tenant".into()).ok(), None);
    }
}
