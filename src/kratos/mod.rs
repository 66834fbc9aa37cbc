//! Everything that talks to Kratos: [`client`] sends, [`model`] parses, [`outcome`] classifies,
//! [`cookies`] says which cookies cross.

pub mod client;
pub mod cookies;
pub mod model;
pub mod outcome;

pub use client::{Forwarded, KratosClient};
pub use outcome::{Outcome, RedirectReason};

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
    /// Sign-in that asks for the identifier first (`login.style: identifier_first`).
    pub const IDENTIFIER_FIRST: &str = "identifier_first";
}
