//! Everything that talks to Ory Hydra's admin API, for the apps that sign people in with
//! OAuth2 and OpenID Connect: [`client`] sends, [`model`] parses.
//!
//! Kratos itself accepts Hydra's *login* requests (`oauth2_provider.url`); the *consent* and
//! *logout* requests, and the list of apps a person allowed, are this UI's, through these calls.
//! None is made unless `HYDRA_ADMIN_URL` is set.

pub mod client;
pub mod model;

pub use client::HydraClient;

/// Whether `candidate` can be one of Hydra's challenges: opaque, URL-safe, a few kB at most.
pub fn is_challenge(candidate: &str) -> bool {
    !candidate.is_empty()
        && candidate.len() <= 8192
        && candidate
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'='))
}
