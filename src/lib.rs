//! kratos-htmx-ui: a server-rendered self-service UI for Ory Kratos.
//!
//! Every page is plain HTML that works with JavaScript off (forms post straight to Kratos,
//! whose 303s drive the journey); with JavaScript on, htmx posts the same forms to this server,
//! which forwards them to Kratos, re-fetches the flow and swaps in fresh fragments.
//!
//! A tour of the code, outermost first (`ARCHITECTURE.md` follows one request through it):

/// Typed configuration read once from the environment; fails fast with one line per problem.
pub mod config;
/// The handlers: the table of Kratos flows (one row each) served by one `show` and one `save`,
/// the one outcome → reply map, and the reply that becomes page, fragment or redirect.
pub mod flows;
/// `kratos-htmx-ui healthcheck`: the container's health probe, std only (the image has no curl).
pub mod healthcheck;
/// HTTP plumbing below the flows: htmx detection, headers, limits, assets, problems.
pub mod http;
/// Everything that talks to Ory Hydra's admin API (consent, logout, the apps a person allowed).
pub mod hydra;
/// Every word the UI shows, in the visitor's language (Fluent catalogues under `locales/`).
pub mod i18n;
/// Everything that talks to Kratos: the HTTP client, the payload model, the outcome map.
pub mod kratos;
/// Log setup: level from `RUST_LOG`, request ids in every line.
pub mod logging;
/// Notices carried across one redirect in the UI's own session cookie.
pub mod notice;
/// Route paths (relative to `BASE_PATH`) and the one URL builder, for our pages and Kratos's.
pub mod routes;
/// The facts every handler shares (URLs, assets, redirect rules) and the page frame.
pub mod site;
/// The composition root: binds the listener, wires middleware and owns the route table.
pub mod startup;
/// The transport the Kratos and Hydra clients share: bounded calls, answers, "no answer".
pub mod upstream;
/// Pure functions from data to markup; the page is always layout plus fragments.
pub mod views;
