//! Security headers sent with every response.
//!
//! The CSP allows no inline script or style at all: our own script binds every behaviour.
//! `img-src data:` is for the TOTP QR code Kratos sends as a data URI, and `form-action` names
//! Kratos's browser origin because forms post straight to Kratos when JavaScript is off.
//! Pages carry flow ids and CSRF tokens, so nothing is stored by caches (`no-store`); versioned
//! assets override that with their own `Cache-Control`.

use actix_web::middleware::DefaultHeaders;
use url::Url;

/// The Content-Security-Policy for a UI whose forms post to `kratos_browser_url`, which may
/// redirect them on to `form_origins` (social sign-in providers, Hydra, an app), and whose
/// pages show images from `image_origins` besides its own (an app's logo).
pub fn content_security_policy(
    kratos_browser_url: &Url,
    form_origins: &[String],
    image_origins: &[String],
) -> String {
    let mut form_targets = kratos_browser_url.origin().ascii_serialization();
    for origin in form_origins {
        form_targets.push(' ');
        form_targets.push_str(origin);
    }
    let mut image_sources = String::from("'self' data:");
    for origin in image_origins {
        image_sources.push(' ');
        image_sources.push_str(origin);
    }
    format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src {image_sources}; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self' {form_targets}; frame-ancestors 'none'"
    )
}

/// The headers every response gets (a page may bring its own `Content-Security-Policy`, which
/// then stays).
pub fn security_headers(content_security_policy: String) -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("Content-Security-Policy", content_security_policy))
        .add(("Cache-Control", "no-store"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csp_is_strict_and_names_kratos_for_form_posts() {
        let csp = content_security_policy(&Url::parse("http://localhost:4433/").unwrap(), &[], &[]);
        assert!(!csp.contains("unsafe-inline"));
        assert!(!csp.contains("unsafe-eval"));
        assert!(csp.contains("form-action 'self' http://localhost:4433;"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(csp.contains("img-src 'self' data:"));
        let social = content_security_policy(
            &Url::parse("http://localhost:4433/").unwrap(),
            &["https://id.example".to_owned()],
            &["https://app.example".to_owned()],
        );
        assert!(social.contains("form-action 'self' http://localhost:4433 https://id.example;"));
        assert!(social.contains("img-src 'self' data: https://app.example;"));
    }
}
