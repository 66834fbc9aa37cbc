//! `GET /verification[?flow=<id>]`: verifying an email address with the code (or link) Kratos
//! mailed. The forms post straight to Kratos (JavaScript or not); Kratos's 303s bring the browser
//! back here with the flow's messages, and the flow's `continue` link leads on.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{FlowQuery, Site, show_simple_flow};
use crate::kratos::KratosClient;
use crate::kratos::client::endpoint;
use crate::views;

pub async fn show(
    req: HttpRequest,
    query: web::Query<FlowQuery>,
    site: web::Data<Site>,
    kratos: web::Data<KratosClient>,
    session: Session,
) -> HttpResponse {
    let endpoints = (endpoint::VERIFICATION_INIT, endpoint::VERIFICATION_FLOW);
    show_simple_flow(
        req,
        query,
        site,
        kratos,
        session,
        endpoints,
        views::verification::page,
    )
    .await
}
