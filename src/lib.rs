//! kratos-htmx-ui: a server-rendered self-service UI for Ory Kratos.
//!
//! Every page is plain HTML that works with JavaScript off (forms post straight to Kratos,
//! whose 303s drive the journey); with JavaScript on, htmx posts the same forms to this server,
//! which forwards them to Kratos, re-fetches the flow and swaps in fresh fragments.
//!
//! A tour of the code, outermost first:

/// Typed configuration read once from the environment; fails fast with one line per problem.
pub mod config;
/// One module per self-service flow: fetch or submit, then pick page, fragment or redirect.
pub mod flows;
/// `kratos-htmx-ui healthcheck`: the container's health probe, std only (the image has no curl).
pub mod healthcheck;
/// HTTP plumbing shared by every flow: htmx detection, response building, headers, assets.
pub mod http;
/// Every word the UI shows, in the visitor's language (Fluent catalogues under `locales/`).
pub mod i18n;
/// Everything that talks to Kratos: the HTTP client, the payload model, the outcome map.
pub mod kratos;
/// Log setup: level from `RUST_LOG`, request ids in every line.
pub mod logging;
/// Notices carried across one redirect in the UI's own session cookie.
pub mod notice;
/// Route paths (relative to `BASE_PATH`) and the URL builder that prefixes them.
pub mod routes;
/// The composition root: binds the listener, wires middleware and owns the route table.
pub mod startup;
/// Pure functions from data to markup; the page is always layout plus fragments.
pub mod views;
