//! Everything that talks to Kratos: [`client`] sends, [`model`] parses, [`outcome`] classifies.

pub mod client;
pub mod model;
pub mod outcome;

pub use client::{Forwarded, KratosClient, KratosResponse, Unreachable};
pub use outcome::{Outcome, RedirectReason};

/// Kratos's message ids the UI refers to by name (contract §4).
pub mod message_id {
    /// "Your changes have been saved!"
    pub const SETTINGS_SAVED: u64 = 1_050_001;
    /// "The settings flow expired ... please try again."
    pub const SETTINGS_FLOW_EXPIRED: u64 = 4_050_001;
    /// "Please confirm this action by verifying that it is you." (login, refresh)
    pub const LOGIN_REFRESH: u64 = 1_010_003;
    /// "Please complete the second authentication challenge." (login, aal2)
    pub const LOGIN_SECOND_FACTOR: u64 = 1_010_004;
}

/// Flow groups with a meaning for the UI; others are rendered generically.
pub mod group {
    pub const DEFAULT: &str = "default";
    pub const PROFILE: &str = "profile";
    pub const PASSWORD: &str = "password";
    pub const OIDC: &str = "oidc";
    pub const TOTP: &str = "totp";
    pub const LOOKUP_SECRET: &str = "lookup_secret";
    pub const WEBAUTHN: &str = "webauthn";
    pub const PASSKEY: &str = "passkey";
    pub const CODE: &str = "code";
}
