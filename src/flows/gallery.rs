//! `GET /gallery` and `GET /gallery/{name}` (dev mode only): every flow state captured from a
//! real Kratos (`scripts/capture-gallery.sh` writes them to `GALLERY_DIR`), drawn by the same
//! views as the live pages, plus our own problem pages and notices. Fixtures are read from
//! disk on every request, like the stylesheet in dev mode, so a recapture shows on reload.

use std::path::Path;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use maud::Markup;

use super::Site;
use crate::config::Config;
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::http::respond;
use crate::kratos::model::{Flow, KratosError, SelfServiceError};
use crate::notice::Notice;
use crate::routes;
use crate::views::gallery::Exhibit;
use crate::views::{self, Chrome};

/// Where the captured fixtures are.
#[derive(Clone, Debug)]
pub struct GalleryDir(pub std::path::PathBuf);

impl GalleryDir {
    pub fn of(config: &Config) -> Self {
        Self(config.gallery_dir.clone())
    }
}

/// Our own states, which no Kratos capture holds: problem pages, notices, and the error page's
/// words for every Kratos error id it explains (`kratos-error-<key>`).
pub fn own_states() -> Vec<String> {
    let errors = views::error::EXPLAINED
        .iter()
        .chain(std::iter::once(&"an_id_this_ui_does_not_know"))
        .map(|id| format!("kratos-error-{}", views::error::explain(Some(id))));
    OWN_STATES
        .iter()
        .map(|name| (*name).to_owned())
        .chain(errors)
        .collect()
}

const OWN_STATES: [&str; 9] = [
    "problem-unavailable",
    "problem-malformed-flow",
    "problem-flow-not-found",
    "problem-page-not-found",
    "problem-cross-site",
    "notice-flow-expired",
    "notice-flow-restarted",
    "notice-session-revoked",
    "notice-other-sessions-revoked",
];

pub async fn index(
    req: HttpRequest,
    site: web::Data<Site>,
    dir: web::Data<GalleryDir>,
) -> HttpResponse {
    let chrome = Chrome {
        frameless: true,
        ..site.chrome(&req)
    };
    let exhibits: Vec<Exhibit> = states(&dir.0)
        .into_iter()
        .filter_map(|name| {
            let screen = screen(&site, &chrome, &dir.0, &name)?;
            Some(Exhibit { name, screen })
        })
        .collect();
    respond::markup(
        StatusCode::OK,
        views::gallery::page(&site.chrome(&req), &exhibits),
        &[],
    )
}

pub async fn one(
    req: HttpRequest,
    name: web::Path<String>,
    site: web::Data<Site>,
    dir: web::Data<GalleryDir>,
) -> HttpResponse {
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    match valid
        .then(|| screen(&site, &site.chrome(&req), &dir.0, &name))
        .flatten()
    {
        Some(markup) => respond::markup(StatusCode::OK, markup, &[]),
        None => super::problem(&req, &site, Problem::PageNotFound),
    }
}

/// Every state of the gallery, in its order: the captured fixtures, then our own states.
pub fn states(dir: &Path) -> Vec<String> {
    let mut states = fixture_names(dir);
    states.extend(own_states());
    states
}

/// The fixture names (file stems), sorted, so the gallery reads in a stable order.
fn fixture_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|entry| {
                    let path = entry.ok()?.path();
                    (path.extension()? == "json")
                        .then(|| path.file_stem()?.to_str().map(str::to_owned))?
                })
                .collect()
        })
        .unwrap_or_else(|error| {
            log::warn!("gallery: cannot read {}: {error}", dir.display());
            Vec::new()
        });
    names.sort();
    names
}

/// The screen for one state: a fixture drawn by its flow's view, or one of our own states.
pub fn screen(site: &Site, chrome: &Chrome, dir: &Path, name: &str) -> Option<Markup> {
    if let Some(problem) = own_problem(name) {
        return Some(views::problem::page(
            chrome,
            &problem,
            &site.links.path(routes::HOME),
        ));
    }
    if let Some(error) = own_error(name) {
        return Some(views::error::page(chrome, &error));
    }
    if let Some(notice) = own_notice(name) {
        let flow = read_flow(dir, "settings-fresh")?;
        return Some(settings(site, chrome, &flow, Some(&notice)));
    }
    let kind = name.split('-').next()?;
    if kind == "error" {
        let text = std::fs::read_to_string(dir.join(format!("{name}.json"))).ok()?;
        let error: SelfServiceError = serde_json::from_str(&text).ok()?;
        return Some(views::error::page(chrome, &error.error));
    }
    let flow = read_flow(dir, name)?;
    let chrome = chrome.for_flow(&flow);
    Some(match kind {
        "settings" => settings(site, &chrome, &flow, None),
        "login" => views::login::page(&chrome, &flow, None),
        "registration" => views::registration::page(&chrome, &flow, None),
        "recovery" => views::recovery::page(&chrome, &flow, None),
        "verification" => views::verification::page(&chrome, &flow, None),
        _ => return None,
    })
}

fn read_flow(dir: &Path, name: &str) -> Option<Flow> {
    let text = std::fs::read_to_string(dir.join(format!("{name}.json"))).ok()?;
    serde_json::from_str(&text)
        .map_err(|error| log::warn!("gallery: {name}.json is not a flow: {error}"))
        .ok()
}

fn settings(site: &Site, chrome: &Chrome, flow: &Flow, notice: Option<&Notice>) -> Markup {
    super::settings::screen(site, chrome, Requester::Browser, flow, notice, &[])
}

fn own_problem(name: &str) -> Option<Problem> {
    Some(match name {
        "problem-unavailable" => Problem::KratosUnavailable,
        "problem-malformed-flow" => Problem::MalformedFlowId,
        "problem-flow-not-found" => Problem::FlowNotFound,
        "problem-page-not-found" => Problem::PageNotFound,
        "problem-cross-site" => Problem::CrossSite,
        _ => return None,
    })
}

/// A Kratos error as the error page gets it, for the id whose words are `kratos-error-<key>`.
fn own_error(name: &str) -> Option<KratosError> {
    let key = name.strip_prefix("kratos-error-")?;
    let id = views::error::EXPLAINED
        .iter()
        .find(|id| views::error::explain(Some(id)) == key)
        .copied()
        .or((key == "unknown").then_some("an_id_this_ui_does_not_know"))?;
    Some(KratosError {
        id: Some(id.to_owned()),
        code: Some(400),
        reason: Some("The reason Kratos gives appears here.".to_owned()),
        ..KratosError::default()
    })
}

fn own_notice(name: &str) -> Option<Notice> {
    Some(match name {
        "notice-flow-expired" => Notice::FlowExpired,
        "notice-flow-restarted" => Notice::FlowRestarted,
        "notice-session-revoked" => Notice::SessionRevoked,
        "notice-other-sessions-revoked" => Notice::OtherSessionsRevoked,
        _ => return None,
    })
}
