//! Health endpoints: `alive` says the process serves; `ready` really asks Kratos.

use actix_web::{HttpResponse, web};

use crate::kratos::KratosClient;

pub async fn alive() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

pub async fn ready(kratos: web::Data<KratosClient>) -> HttpResponse {
    match kratos.ready().await {
        Ok(answer) if answer.status == 200 && says_ok(&answer.body) => {
            HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
        }
        Ok(answer) => HttpResponse::ServiceUnavailable().json(serde_json::json!({
            "status": "unavailable",
            "reason": format!("Kratos is not ready (status {})", answer.status),
        })),
        // The client has logged why.
        Err(_) => HttpResponse::ServiceUnavailable().json(serde_json::json!({
            "status": "unavailable",
            "reason": "Kratos cannot be reached",
        })),
    }
}

/// Kratos's readiness answer is `{"status":"ok"}`; anything else is not Kratos being ready.
fn says_ok(body: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(body)
        .is_ok_and(|value| value.get("status").and_then(|s| s.as_str()) == Some("ok"))
}
