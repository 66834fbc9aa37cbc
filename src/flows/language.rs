//! `POST /language`: the language switcher. A plain form (works without JavaScript) that
//! keeps the choice in the UI's own session cookie and sends the visitor back to the page
//! they were on, which now speaks their language.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{Site, problem};
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::http::respond;
use crate::i18n::{self, Lang};
use crate::routes;

#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    lang: String,
    return_to: Option<String>,
}

pub async fn switch(
    req: HttpRequest,
    form: web::Form<LanguageForm>,
    site: web::Data<Site>,
    session: Session,
) -> HttpResponse {
    if crate::http::headers::is_cross_site(&req) {
        return problem(&req, &site, Problem::CrossSite);
    }
    let Some(lang) = Lang::from_code(&form.lang) else {
        return problem(&req, &site, Problem::BadRequest("problem-unknown-language"));
    };
    if let Err(error) = session.insert(i18n::SESSION_KEY, lang.code()) {
        log::warn!("could not keep the language in the session: {error}");
    }
    // Back to a page of ours only: a path, never another host.
    let back = form
        .return_to
        .as_deref()
        .filter(|to| to.starts_with('/') && site.is_safe_redirect(to))
        .map_or_else(|| site.links.path(routes::HOME), str::to_owned);
    respond::navigate(Requester::of(&req), &back, &[])
}
