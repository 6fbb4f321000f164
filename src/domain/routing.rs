//! Routing: which channel a request goes to, and how to open it.

use serde::{Deserialize, Serialize};

/// What the request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    Technical,
    BillingLicensingAccount,
    ConfigurationManagerOrEndpointProtection,
    VolumeLicensing,
    FeatureRequest,
}

/// The customer's support plan with the vendor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerPlan {
    Professional,
    Premier,
    /// A tenant with fewer than 100 licences, which gets the simpler "Need help?" flow.
    SmallTenant,
}
