//! `GET /gallery` and `GET /gallery/{name}` (dev mode only): every flow state captured from a
//! real Kratos (`scripts/capture-gallery.sh` writes them to `GALLERY_DIR`), drawn by the same
//! views as the live pages, plus our own problem pages and notices. Fixtures are read from
//! disk on every request, like the stylesheet in dev mode, so a recapture shows on reload.

use std::path::Path;

use actix_web::web;
use maud::Markup;

use super::FlowKind;
use super::reply::Reply;
use super::visit::Visit;
use crate::config::Config;
use crate::flows::offers::Offered;
use crate::http::problem::Problem;
use crate::hydra::model::{ConsentRequest, ConsentSession, LogoutRequest};
use crate::i18n::{Lang, Tr};
use crate::kratos::model::{Flow, KratosError, SelfServiceError};
use crate::notice::Notice;
use crate::routes;
use crate::site::Site;
use crate::views::gallery::Exhibit;
use crate::views::{self, Chrome, FlowView};

/// Where the captured fixtures are.
#[derive(Clone, Debug)]
pub struct GalleryDir(pub std::path::PathBuf);

impl GalleryDir {
    pub fn of(config: &Config) -> Self {
        Self(config.gallery_dir.clone())
    }
}

/// Our own states, which no Kratos capture holds: problem pages (`problem-<key>`), notices
/// (`notice-<id>`), and the error page's words for every Kratos error id it explains
/// (`kratos-error-<key>`).
pub fn own_states() -> Vec<String> {
    let problems = PROBLEMS
        .iter()
        .filter_map(|problem| Some(format!("problem-{}", problem.key()?)));
    let notices = NOTICES
        .iter()
        .map(|notice| format!("notice-{}", notice.id()));
    let errors = views::error::EXPLAINED
        .iter()
        .chain(&views::error::OAUTH2_EXAMPLES)
        .chain(std::iter::once(&"an_id_this_ui_does_not_know"))
        .map(|id| format!("kratos-error-{}", views::error::explain(Some(id))));
    problems.chain(notices).chain(errors).collect()
}

/// The problem pages in the gallery.
const PROBLEMS: [Problem; 7] = [
    Problem::KratosUnavailable,
    Problem::MalformedFlowId,
    Problem::FlowNotFound,
    Problem::PageNotFound,
    Problem::CrossSite,
    Problem::AppRequestGone,
    Problem::OtherAccount,
];

/// The notices in the gallery, each on a fresh settings page.
const NOTICES: [Notice; 5] = [
    Notice::FlowExpired,
    Notice::FlowRestarted,
    Notice::SessionRevoked,
    Notice::OtherSessionsRevoked,
    Notice::AppAccessRemoved,
];

/// `?lang=<tag>`: a gallery page in any language, without switching the visitor's;
/// `?where=1`: every fragment labelled with the view that drew it (`views::origin`).
#[derive(Debug, serde::Deserialize)]
pub struct GalleryQuery {
    lang: Option<String>,
    #[serde(rename = "where")]
    show_where: Option<String>,
}

impl GalleryQuery {
    /// The language asked for; an unknown tag is a bad request rather than English.
    fn lang(&self) -> Result<Option<Lang>, Problem> {
        self.lang
            .as_deref()
            .map(|code| {
                Lang::from_code(code).ok_or(Problem::BadRequest("problem-unknown-language"))
            })
            .transpose()
    }
}

/// The chrome of a gallery page, in the language of `?lang=` if there is one.
fn chrome_in<'a>(visit: &'a Visit, lang: Option<Lang>) -> Chrome<'a> {
    let chrome = visit.chrome();
    Chrome {
        tr: lang.map_or(chrome.tr, Tr::new),
        ..chrome
    }
}

pub async fn index(
    visit: Visit,
    dir: web::Data<GalleryDir>,
    query: web::Query<GalleryQuery>,
) -> Result<Reply, Problem> {
    let lang = query.lang()?;
    let page_chrome = chrome_in(&visit, lang);
    let chrome = Chrome {
        frameless: true,
        ..page_chrome
    };
    let asked = views::gallery::Asked {
        lang,
        show_where: query.show_where.as_deref() == Some("1"),
    };
    // Every fragment names the view that drew it (`views::origin`).
    let page = views::origin::marked(|| {
        let exhibits: Vec<Exhibit> = states(&dir.0)
            .into_iter()
            .filter_map(|name| {
                let screen = screen(&visit.site, &chrome, &dir.0, &name)?;
                Some(Exhibit { name, screen })
            })
            .collect();
        views::gallery::page(&page_chrome, &exhibits, asked)
    });
    Ok(visit.page(page))
}

pub async fn one(
    visit: Visit,
    name: web::Path<String>,
    dir: web::Data<GalleryDir>,
    query: web::Query<GalleryQuery>,
) -> Result<Reply, Problem> {
    let lang = query.lang()?;
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    valid
        .then(|| {
            views::origin::marked(|| screen(&visit.site, &chrome_in(&visit, lang), &dir.0, &name))
        })
        .flatten()
        .map(|markup| visit.page(markup))
        .ok_or(Problem::PageNotFound)
}

/// Every state of the gallery, in its order: the captured fixtures (Kratos's, then Hydra's in
/// `hydra/`), then our own states.
pub fn states(dir: &Path) -> Vec<String> {
    let mut states = fixture_names(dir);
    states.extend(fixture_names(&dir.join(HYDRA)));
    states.extend(own_states());
    states
}

/// The folder of the fixtures captured from Hydra (consent, logout, the apps with access).
const HYDRA: &str = "hydra";

/// The account the Hydra states show as signed in.
const GALLERY_ACCOUNT: &str = "person@example.com";

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

/// The screen for one state: a fixture drawn by its flow's view (the row of `FLOWS` its name
/// begins with), or one of our own states.
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
        return Some(flow_page(
            FlowKind::named("settings")?,
            chrome,
            &flow,
            Some(&notice),
        ));
    }
    let kind = name.split('-').next()?;
    match kind {
        "error" => {
            let error: SelfServiceError = read(dir, name)?;
            return Some(views::error::page(chrome, &error.error));
        }
        "consent" => {
            let request: ConsentRequest = read(&dir.join(HYDRA), name)?;
            let chrome = chrome.signed_in_as(Some(GALLERY_ACCOUNT));
            return Some(views::consent::page(&chrome, &request, GALLERY_ACCOUNT));
        }
        "logout" => {
            let request: LogoutRequest = read(&dir.join(HYDRA), name)?;
            let action = site
                .links
                .page(routes::LOGOUT, &[("logout_challenge", "gallery")]);
            return Some(views::logout::page(
                chrome,
                request.client.as_ref(),
                Some(&action),
            ));
        }
        "apps" => {
            let sessions: Vec<ConsentSession> = read(&dir.join(HYDRA), name)?;
            let chrome = chrome.signed_in_as(Some(GALLERY_ACCOUNT));
            let apps = views::apps::by_app(&sessions);
            return Some(views::apps::screen(&chrome, &apps, None).page(&chrome));
        }
        _ => {}
    }
    let kind = FlowKind::named(kind)?;
    let flow = read_flow(dir, name)?;
    Some(flow_page(kind, chrome, &flow, None))
}

/// The page a visitor sees for `flow`, drawn by its row's view.
fn flow_page(kind: &FlowKind, chrome: &Chrome, flow: &Flow, notice: Option<&Notice>) -> Markup {
    let chrome = chrome.for_flow(flow);
    let view = FlowView {
        flow,
        notice,
        continue_with: &[],
        submit_here: kind.submit_here(chrome.links, &flow.id),
        offered: Offered::default(),
    };
    (kind.view)(&chrome, &view).page(&chrome)
}

fn read_flow(dir: &Path, name: &str) -> Option<Flow> {
    read(dir, name)
}

/// The fixture `<name>.json` in `dir`, read as `T`.
fn read<T: serde::de::DeserializeOwned>(dir: &Path, name: &str) -> Option<T> {
    let text = std::fs::read_to_string(dir.join(format!("{name}.json"))).ok()?;
    serde_json::from_str(&text)
        .map_err(|error| log::warn!("gallery: {name}.json is not what its name says: {error}"))
        .ok()
}

fn own_problem(name: &str) -> Option<Problem> {
    let key = name.strip_prefix("problem-")?;
    PROBLEMS
        .into_iter()
        .find(|problem| problem.key() == Some(key))
}

/// A Kratos error as the error page gets it, for the id whose words are `kratos-error-<key>`.
fn own_error(name: &str) -> Option<KratosError> {
    let key = name.strip_prefix("kratos-error-")?;
    let id = views::error::EXPLAINED
        .iter()
        .chain(&views::error::OAUTH2_EXAMPLES)
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
    let id = name.strip_prefix("notice-")?;
    NOTICES.into_iter().find(|notice| notice.id() == id)
}
