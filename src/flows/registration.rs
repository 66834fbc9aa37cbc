//! `GET /registration[?flow=<id>]`: signing up. Kratos's default is two steps (traits, then a
//! credential, with a Back button that keeps the traits); one step shows both at once. The forms
//! post straight to Kratos, whose `session` hook signs the new person in.

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
    let endpoints = (endpoint::REGISTRATION_INIT, endpoint::REGISTRATION_FLOW);
    show_simple_flow(
        req,
        query,
        site,
        kratos,
        session,
        endpoints,
        views::registration::page,
    )
    .await
}
