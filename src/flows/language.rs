//! `POST /language`: the language switcher. A plain form (works without JavaScript) that
//! keeps the choice in the UI's own session cookie and sends the visitor back to the page
//! they were on, which now speaks their language.

use actix_web::web;
use serde::Deserialize;

use super::reply::Reply;
use super::visit::Visit;
use crate::http::problem::Problem;
use crate::i18n::{self, Lang};
use crate::routes;

#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    lang: String,
    return_to: Option<String>,
}

pub async fn switch(visit: Visit, form: web::Form<LanguageForm>) -> Result<Reply, Problem> {
    let lang =
        Lang::from_code(&form.lang).ok_or(Problem::BadRequest("problem-unknown-language"))?;
    if let Err(error) = visit.session.insert(i18n::SESSION_KEY, lang.code()) {
        log::warn!("could not keep the language in the session: {error}");
    }
    // Back to a page of ours only: a path, never another host.
    let back = form
        .return_to
        .as_deref()
        .filter(|to| to.starts_with('/') && visit.site.is_safe_redirect(to))
        .map_or_else(|| visit.links().path(routes::HOME), str::to_owned);
    Ok(visit.navigate(back))
}
