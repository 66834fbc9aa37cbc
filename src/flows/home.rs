//! `GET /`: sends the visitor to their settings; Kratos sends them to sign in first if needed.
//! No Kratos call is made here.

use super::reply::Reply;
use super::visit::Visit;
use crate::routes;

pub async fn show(visit: Visit) -> Reply {
    visit.navigate(visit.links().path(routes::SETTINGS))
}
