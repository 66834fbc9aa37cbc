//! `GET /recovery[?flow=<id>]`: regaining access with a code mailed to the address. On success
//! Kratos signs the person in and sends them to settings (message 1060001) to set a new
//! password while the session is privileged.

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
    let endpoints = (endpoint::RECOVERY_INIT, endpoint::RECOVERY_FLOW);
    show_simple_flow(
        req,
        query,
        site,
        kratos,
        session,
        endpoints,
        views::recovery::page,
    )
    .await
}
