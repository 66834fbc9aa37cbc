//! `GET /verification[?flow=<id>]`: verifying an email address with the code Kratos mailed.
//!
//! The forms post straight to Kratos (JavaScript or not); Kratos's 303s bring the browser
//! back here with the flow's messages, and the flow's `continue` link leads on.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::{Site, show_flow_page};
use crate::kratos::KratosClient;
use crate::kratos::client::endpoint;
use crate::views;

#[derive(Debug, Deserialize)]
pub struct VerificationQuery {
    flow: Option<String>,
    return_to: Option<String>,
}

pub async fn show(
    req: HttpRequest,
    query: web::Query<VerificationQuery>,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
    session: Session,
) -> HttpResponse {
    let init = match query.return_to.as_deref() {
        Some(return_to) => {
            site.kratos_url(endpoint::VERIFICATION_INIT, &[("return_to", return_to)])
        }
        None => site.kratos_url(endpoint::VERIFICATION_INIT, &[]),
    };
    show_flow_page(
        &req,
        &site,
        &kratos,
        &session,
        query.flow.as_deref(),
        endpoint::VERIFICATION_FLOW,
        &init,
        views::verification::page,
    )
    .await
}
