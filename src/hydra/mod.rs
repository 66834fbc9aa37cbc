//! Everything that talks to Ory Hydra's admin API, for the apps that sign people in with
//! OAuth2 and OpenID Connect: [`client`] sends, [`model`] parses.
//!
//! Kratos itself accepts Hydra's *login* requests (`oauth2_provider.url`); the *consent* and
//! *logout* requests, and the list of apps a person allowed, are this UI's, through these calls.
//! None is made unless `HYDRA_ADMIN_URL` is set.

pub mod client;
pub mod model;

pub use client::HydraClient;
