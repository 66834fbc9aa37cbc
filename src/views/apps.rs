//! The apps with access: each app the person allowed (through Hydra), what it may see and
//! since when, with a way to remove its access. A plain form per app; with htmx the list is
//! swapped in place.

use maud::{Markup, html};

use super::consent::{logo, scope_words};
use super::{Chrome, Screen, layout, messages, target};
use crate::hydra::model::ConsentSession;
use crate::kratos::model::{MessageKind, OAuth2Client};
use crate::notice::Notice;
use crate::routes;

/// One app with access: what every decision for it granted, and the first day it was allowed.
pub struct AppAccess<'a> {
    pub client: &'a OAuth2Client,
    pub scopes: Vec<&'a str>,
    /// `YYYY-MM-DD`, when Hydra says.
    pub since: Option<&'a str>,
}

/// The apps, one entry per app (Hydra keeps a decision per sign-in), in the order first seen.
pub fn by_app(sessions: &[ConsentSession]) -> Vec<AppAccess<'_>> {
    let mut apps: Vec<AppAccess> = Vec::new();
    for session in sessions {
        let client = &session.consent_request.client;
        let since = session
            .handled_at
            .as_deref()
            .and_then(|at| at.get(..10))
            .filter(|day| day.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
        let index = match apps
            .iter()
            .position(|app| app.client.client_id == client.client_id)
        {
            Some(index) => index,
            None => {
                apps.push(AppAccess {
                    client,
                    scopes: Vec::new(),
                    since,
                });
                apps.len() - 1
            }
        };
        let app = &mut apps[index];
        for scope in &session.grant_scope {
            if !app.scopes.contains(&scope.as_str()) {
                app.scopes.push(scope);
            }
        }
        if since.is_some() && (app.since.is_none() || since < app.since) {
            app.since = since;
        }
    }
    apps
}

pub fn screen(chrome: &Chrome, apps: &[AppAccess], notice: Option<&Notice>) -> Screen {
    let tr = chrome.tr;
    let title = tr.t("apps-title");
    let revoke = chrome.links.path(routes::APPS_REVOKE);
    let body = html! {
        div.flow id=(target::FLOW) data-testid="apps" data-drawn-by=[crate::drawn_by!("apps::screen")] {
            // A notice here confirms what the person just did (an app's access removed).
            (messages::status_region(tr, notice, MessageKind::Success, notice.is_some(), html! {}))
            @if apps.is_empty() {
                p data-testid="no-apps" { (tr.t("apps-none")) }
            } @else {
                ul.sessions {
                    @for app in apps {
                        li.session data-testid="app" {
                            (logo(app.client))
                            p.session-device { (app.client.name()) }
                            @if !app.scopes.is_empty() {
                                p.session-details { (tr.t("apps-may")) }
                                ul.app-scopes {
                                    @for scope in &app.scopes { li { (scope_words(tr, scope)) } }
                                }
                            }
                            @if let Some(date) = app.since.and_then(|since| tr.date(since)) {
                                p.session-details { (tr.rich("apps-since", &[("date", date.into())])) }
                            }
                            form method="post" action=(revoke) hx-post=(revoke)
                                hx-target=(target::selector(target::FLOW)) hx-swap="outerHTML" hx-sync="this:drop" {
                                (layout::form_token(chrome))
                                input type="hidden" name="client" value=(app.client.client_id);
                                button.button.button--secondary type="submit" data-testid="remove-app-access" {
                                    (tr.rich("apps-remove", &[("app", app.client.name().into())]))
                                }
                            }
                        }
                    }
                }
            }
            p.actions { a.link-back href=(chrome.links.path(routes::SETTINGS)) { (tr.t("back-to-settings")) } }
        }
    };
    Screen {
        lead: html! {
            h1.page-title { (title) }
            p.page-intro { (tr.t("apps-intro")) }
        },
        title,
        body,
    }
}

/// The link to this page, for the settings and sessions pages (when Hydra is configured).
pub fn link(chrome: &Chrome) -> Markup {
    html! {
        a href=(chrome.links.path(routes::APPS)) data-testid="apps-link" { (chrome.tr.t("apps-link")) }
    }
}
