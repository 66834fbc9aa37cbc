//! `GET /login[?flow=<id>]`: the sign-in page, including re-authentication and second factor.
//!
//! Without a flow id the browser is sent to Kratos's login init, which sets its CSRF cookie
//! and comes back with `?flow=`; `refresh`, `aal` and `return_to` are carried along.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{Site, show_flow_page};
use crate::kratos::KratosClient;
use crate::kratos::client::endpoint;
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
    let init = query.init_url(&site);
    show_flow_page(
        &req,
        &site,
        &kratos,
        &session,
        query.flow.as_deref(),
        endpoint::LOGIN_FLOW,
        &init,
        views::login::page,
    )
    .await
}
