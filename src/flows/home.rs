//! `GET /`: sends the visitor to their settings; Kratos sends them to sign in first if needed.
//! No Kratos call is made here.

use actix_web::{HttpRequest, HttpResponse, web};

use super::Site;
use crate::http::htmx::Requester;
use crate::http::respond;
use crate::routes;

pub async fn show(req: HttpRequest, site: web::Data<Site>) -> HttpResponse {
    respond::navigate(Requester::of(&req), &site.links.path(routes::SETTINGS), &[])
}
