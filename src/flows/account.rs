//! Who is signed in, for the pages that act for the person (consent, the apps with access):
//! one `whoami`, and where the person goes first when Kratos says they must (sign in and come
//! back, a second factor).

use actix_web::http::header::HeaderValue;

use super::follow::{Ways, follow};
use super::reply::Reply;
use super::visit::Visit;
use crate::http::problem::Problem;
use crate::kratos::model::{Identity, Session};

/// The answer to "who is signed in?".
pub enum SignedIn {
    /// This identity, with the cookies Kratos set while telling.
    As(Box<Identity>, Vec<HeaderValue>),
    /// Nobody yet: the person goes here first.
    Not(Reply),
}

/// The signed-in identity; a person who is not signed in signs in, then comes back to `back`.
pub async fn signed_in(visit: &Visit, back: String) -> Result<SignedIn, Problem> {
    let whoami = visit.kratos.whoami(&visit.forwarded()).await?;
    let session = match whoami.payload::<Session>() {
        Ok(session) => session,
        Err(outcome) => {
            let ways = Ways {
                restart: None,
                after_sign_in: Some(back),
            };
            return follow(visit, outcome, ways, &whoami.set_cookies).map(SignedIn::Not);
        }
    };
    let identity = session.identity.ok_or_else(|| {
        log::warn!("Kratos's session names no identity");
        Problem::KratosUnavailable
    })?;
    Ok(SignedIn::As(Box::new(identity), whoami.set_cookies))
}
