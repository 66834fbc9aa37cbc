//! `GET /kratos/webauthn.js`: Kratos's WebAuthn/passkey script, served from our origin.
//!
//! Kratos links its script from its own origin with SRI and `crossorigin`, which needs CORS on
//! Kratos and a CSP that trusts Kratos for scripts. Serving the same bytes from here keeps the
//! CSP at `script-src 'self'` and needs no Kratos configuration. Our own script then calls the
//! functions it defines when a trigger button is clicked (Kratos's inline `onclick` strings are
//! never rendered).

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::kratos::KratosClient;

pub async fn serve(kratos: web::Data<KratosClient>) -> HttpResponse {
    match kratos.webauthn_script().await {
        Ok(answer) if answer.status == 200 => HttpResponse::Ok()
            .content_type("text/javascript; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(answer.body),
        Ok(answer) => {
            log::warn!("Kratos answered {} for its WebAuthn script", answer.status);
            unavailable()
        }
        // The client has logged why.
        Err(_) => unavailable(),
    }
}

fn unavailable() -> HttpResponse {
    HttpResponse::ServiceUnavailable()
        .content_type("text/javascript; charset=utf-8")
        .body("/* The account service's security key script is not available right now. */\n")
}
