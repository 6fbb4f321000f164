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
/// licences (see [`StoredCustomerPlan`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerPlan {
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
    pub plan: CustomerPlan,
    pub tenant_size: TenantSize,
}

impl Customer {
    pub fn new(plan: CustomerPlan, tenant_size: TenantSize) -> Customer {
        Customer { plan, tenant_size }
    }

    /// Every combination of contract and size.
    pub fn all() -> impl Iterator<Item = Customer> {
        CustomerPlan::ALL.into_iter().flat_map(|plan| {
            TenantSize::ALL.into_iter().map(move |tenant_size| Customer { plan, tenant_size })
        })
    }

    /// A customer from answers that may be missing: an unanswered contract counts as
    /// Professional and an unanswered size as 100 licences or more, the way requests were
    /// routed before the questions were asked.
    pub fn from_answers(plan: Option<CustomerPlan>, tenant_size: Option<TenantSize>) -> Customer {
        Customer {
            plan: plan.unwrap_or(CustomerPlan::Professional),
            tenant_size: tenant_size.unwrap_or(TenantSize::HundredOrMore),
        }
    }

    /// A short English description for messages, such as `"premier" with
    /// "fewer_than_100_licences"`.
    pub fn describe(self) -> String {
        format!("\"{}\" with \"{}\"", self.plan.as_str(), self.tenant_size.as_str())
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

impl CustomerPlan {
    /// Every plan.
    pub const ALL: [CustomerPlan; 2] = [CustomerPlan::Professional, CustomerPlan::Premier];

    /// The name used in JSON, for example `premier`.
    pub fn as_str(self) -> &'static str {
        match self {
            CustomerPlan::Professional => "professional",
            CustomerPlan::Premier => "premier",
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

/// A support plan as any release stored it: the current plans, and `small_tenant`, which the
/// first releases offered as a third plan for tenants with fewer than 100 licences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoredCustomerPlan {
    Professional,
    Premier,
    SmallTenant,
}

impl StoredCustomerPlan {
    /// The contract, and the tenant size when the stored value said it: `small_tenant` was a
    /// Professional tenant with fewer than 100 licences.
    pub fn upgrade(self) -> (CustomerPlan, Option<TenantSize>) {
        match self {
            StoredCustomerPlan::Professional => (CustomerPlan::Professional, None),
            StoredCustomerPlan::Premier => (CustomerPlan::Premier, None),
            StoredCustomerPlan::SmallTenant => {
                (CustomerPlan::Professional, Some(TenantSize::FewerThan100))
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
        for plan in CustomerPlan::ALL {
            assert_eq!(serde_json::to_value(plan).ok(), Some(plan.as_str().into()));
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
        let stored = |name: &str| serde_json::from_value::<StoredCustomerPlan>(name.into()).ok();
        assert_eq!(
            stored("small_tenant").map(StoredCustomerPlan::upgrade),
            Some((CustomerPlan::Professional, Some(TenantSize::FewerThan100)))
        );
        assert_eq!(
            stored("premier").map(StoredCustomerPlan::upgrade),
            Some((CustomerPlan::Premier, None))
        );
        assert_eq!(
            stored("professional").map(StoredCustomerPlan::upgrade),
            Some((CustomerPlan::Professional, None))
        );
        assert_eq!(serde_json::from_value::<CustomerPlan>("small_tenant".into()).ok(), None);
    }
}
