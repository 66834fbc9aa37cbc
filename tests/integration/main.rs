//! Integration tests against a real Kratos (see `harness`). Each behaviour runs through both
//! paths a person's browser can take: JavaScript off (forms post to Kratos, 303s) and htmx
//! (forms post to our server, fragments swap in).

mod authorizer;
mod browser;
mod harness;

mod compression;
mod cookies;
mod designers;
mod failures;
mod faults;
mod flows;
mod hostile;
mod kratos_script;
mod languages;
mod login;
mod login_methods;
mod oauth2;
mod origin;
mod pages;
mod provider;
mod proxy;
mod sessions;
mod settings_password;
mod settings_profile;
mod settings_reauth;
mod settings_second_factor;
mod settings_social;
mod settings_verification;
mod slow_clients;
mod test_ca;
mod tls;
