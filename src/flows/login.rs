//! `GET /login[?flow=<id>]`: the sign-in page, including re-authentication and second factor.
//!
//! Without a flow id the browser is sent to Kratos's login init, which sets its CSRF cookie
//! and comes back with `?flow=`; `refresh`, `aal` and `return_to` are carried along.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{Site, error as error_flow, is_flow_id, problem, set_notice, take_notice};
use crate::http::htmx::Requester;
use crate::http::problem::Problem;
use crate::http::respond;
use crate::kratos::client::endpoint;
use crate::kratos::{Forwarded, KratosClient, Outcome};
use crate::notice::Notice;
use crate::views;

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    flow: Option<String>,
    refresh: Option<String>,
    aal: Option<String>,
    return_to: Option<String>,
}

impl LoginQuery {
    fn init_url(&self, site: &Site) -> String {
        let mut query: Vec<(&str, &str)> = Vec::new();
        if self.refresh.as_deref() == Some("true") {
            query.push(("refresh", "true"));
        }
        if let Some(aal) = self
            .aal
            .as_deref()
            .filter(|aal| matches!(*aal, "aal1" | "aal2"))
        {
            query.push(("aal", aal));
        }
        if let Some(return_to) = self.return_to.as_deref() {
            query.push(("return_to", return_to));
        }
        site.kratos_url(endpoint::LOGIN_INIT, &query)
    }
}

pub async fn show(
    req: HttpRequest,
    query: web::Query<LoginQuery>,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
    session: Session,
) -> HttpResponse {
    let requester = Requester::of(&req);
    let Some(id) = query.flow.as_deref() else {
        return respond::navigate(requester, &query.init_url(&site), &[]);
    };
    if !is_flow_id(id) {
        return problem(&req, &site, Problem::MalformedFlowId);
    }
    let fetched = match kratos
        .fetch_flow(endpoint::LOGIN_FLOW, id, &Forwarded::from_request(&req))
        .await
    {
        Ok(fetched) => fetched,
        Err(unreachable) => {
            log::warn!("login flow fetch failed: {unreachable}");
            return problem(&req, &site, Problem::KratosUnavailable);
        }
    };
    let cookies = &fetched.set_cookies;
    match fetched.outcome() {
        Outcome::Flow(flow) | Outcome::Invalid(flow) => {
            let notice = take_notice(&session);
            let markup = views::login::page(&site.chrome().for_flow(&flow), &flow, notice.as_ref());
            respond::markup(StatusCode::OK, markup, cookies)
        }
        Outcome::Expired { .. } => {
            set_notice(&session, Notice::FlowExpired);
            respond::navigate(requester, &query.init_url(&site), cookies)
        }
        Outcome::Redirect { to, .. } if site.is_safe_redirect(&to) => {
            respond::navigate(requester, &to, cookies)
        }
        Outcome::NotFound => problem(&req, &site, Problem::FlowNotFound),
        Outcome::Rejected { status, error } => error_flow::render(&site, status, &error, cookies),
        Outcome::SignInRequired | Outcome::Redirect { .. } | Outcome::Unavailable(_) => {
            log::warn!(
                "login flow {id}: unexpected answer from Kratos ({})",
                fetched.status
            );
            problem(&req, &site, Problem::KratosUnavailable)
        }
    }
}
