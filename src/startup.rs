//! The composition root: binds the listener, builds the shared state and the per-worker Kratos
//! client, stacks the middleware and owns THE route table. Nothing else registers routes.

use std::net::{SocketAddr, TcpListener};

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession};
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::dev::ServiceResponse;
use actix_web::http::{StatusCode, header};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers, Logger, from_fn};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};

use crate::config::Config;
use crate::flows::{self, Site};
use crate::http::assets::{self, Assets};
use crate::http::headers::security_headers;
use crate::http::problem::Problem;
use crate::http::{header_limit, request_id};
use crate::kratos::KratosClient;
use crate::routes;

/// The largest form body accepted; settings forms are a few hundred bytes.
pub const MAX_FORM_BYTES: usize = 64 * 1024;
/// How long a stopping server waits for in-flight requests: under the 30 s a container
/// orchestrator usually allows between SIGTERM and SIGKILL.
pub const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(20);
/// The name of the UI's own cookie: flash notices and the chosen language, nothing else.
pub const SESSION_COOKIE: &str = "kratos_ui_session";

/// A bound, configured server, ready to run.
pub struct Application {
    address: SocketAddr,
    server: Server,
}

impl Application {
    /// Binds `BIND:PORT` and builds the server.
    pub fn build(config: Config) -> std::io::Result<Self> {
        let listener = TcpListener::bind((config.bind, config.port))?;
        Self::with_listener(config, listener)
    }

    /// Builds the server on an already bound listener (tests bind port 0 first).
    pub fn with_listener(config: Config, listener: TcpListener) -> std::io::Result<Self> {
        let address = listener.local_addr()?;
        let assets = Assets::load(&config)?;
        let site = web::Data::new(Site::new(&config, &assets));
        let assets = web::Data::new(assets);
        let session_key = Key::derive_from(config.cookie_secret.expose().as_bytes());
        let server = HttpServer::new(move || {
            let kratos = KratosClient::new(&config.kratos_public_url, config.kratos_timeout);
            let cookie_path = if config.base_path.is_empty() {
                "/".to_owned()
            } else {
                config.base_path.clone()
            };
            let session =
                SessionMiddleware::builder(CookieSessionStore::default(), session_key.clone())
                    .cookie_name(SESSION_COOKIE.to_owned())
                    .cookie_secure(config.cookie_secure)
                    .cookie_http_only(true)
                    .cookie_same_site(SameSite::Lax)
                    .cookie_path(cookie_path)
                    .cookie_content_security(CookieContentSecurity::Private)
                    .session_lifecycle(
                        // A chosen language is kept for a year; notices live one request.
                        PersistentSession::default()
                            .session_ttl(actix_web::cookie::time::Duration::days(365)),
                    )
                    .build();
            App::new()
                .app_data(web::Data::new(kratos))
                .app_data(site.clone())
                .app_data(assets.clone())
                .app_data(web::PayloadConfig::new(MAX_FORM_BYTES))
                .wrap(
                    ErrorHandlers::new()
                        .handler(StatusCode::BAD_REQUEST, plain_error_as_problem)
                        .handler(StatusCode::PAYLOAD_TOO_LARGE, plain_error_as_problem),
                )
                .wrap(session)
                .wrap(from_fn(header_limit::bound))
                .wrap(security_headers(
                    &config.kratos_browser_url,
                    &config.social_sign_in_origins,
                ))
                .wrap(from_fn(request_id::assign))
                .wrap(access_log())
                .app_data(web::Data::new(flows::gallery::GalleryDir::of(&config)))
                .service(
                    web::scope(&config.base_path)
                        .configure(|cfg| gallery_routes(cfg, config.dev_mode))
                        .configure(route_table),
                )
                .default_service(web::to(not_found))
        })
        // SIGTERM or SIGINT: stop accepting, let in-flight requests finish (each is bounded by
        // the Kratos timeout), then exit; a request still running after this is dropped.
        .shutdown_timeout(SHUTDOWN_GRACE.as_secs())
        .listen(listener)?
        .run();
        Ok(Self { address, server })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }

    /// The server itself, for callers that manage its lifetime (tests stop it).
    pub fn into_server(self) -> Server {
        self.server
    }
}

/// THE route table, one line per address: its methods and handlers.
#[rustfmt::skip]
fn route_table(cfg: &mut web::ServiceConfig) {
    use web::{get, post};
    let assets = format!("{}/{{name}}", routes::ASSETS);
    cfg.service(resource(routes::HOME, "GET").route(get().to(flows::home::show)))
        .service(resource(routes::SETTINGS, "GET, POST").route(get().to(flows::settings::show)).route(post().to(flows::settings::save)))
        .service(resource(routes::LOGIN, "GET").route(get().to(flows::login::show)))
        .service(resource(routes::REGISTRATION, "GET").route(get().to(flows::registration::show)))
        .service(resource(routes::RECOVERY, "GET").route(get().to(flows::recovery::show)))
        .service(resource(routes::VERIFICATION, "GET").route(get().to(flows::verification::show)))
        .service(resource(routes::SESSIONS, "GET").route(get().to(flows::sessions::show)))
        .service(resource(routes::SESSIONS_REVOKE, "POST").route(post().to(flows::sessions::revoke)))
        .service(resource(routes::SESSIONS_REVOKE_OTHERS, "POST").route(post().to(flows::sessions::revoke_others)))
        .service(resource(routes::LOGOUT, "GET, POST").route(get().to(flows::logout::confirm)).route(post().to(flows::logout::sign_out)))
        .service(resource(routes::ERROR, "GET").route(get().to(flows::error::show)))
        .service(resource(routes::LANGUAGE, "POST").route(post().to(flows::language::switch)))
        .service(resource(routes::KRATOS_WEBAUTHN_SCRIPT, "GET").route(get().to(flows::kratos_script::serve)))
        .service(resource(routes::HEALTH_ALIVE, "GET").route(get().to(flows::health::alive)))
        .service(resource(routes::HEALTH_READY, "GET").route(get().to(flows::health::ready)))
        .service(resource(&assets, "GET").route(get().to(assets::serve)))
        .default_service(web::to(not_found));
}

/// An address answering the methods in `allow`; any other method gets a 405 page that names
/// them in `Allow`, rather than a misleading "page not found".
fn resource(path: &str, allow: &'static str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(
        move |req: HttpRequest, site: web::Data<Site>| async move {
            let mut answer = flows::problem(&req, &site, Problem::MethodNotAllowed);
            answer
                .headers_mut()
                .insert(header::ALLOW, header::HeaderValue::from_static(allow));
            answer
        },
    ))
}

/// The designers' gallery, in dev mode only.
fn gallery_routes(cfg: &mut web::ServiceConfig, dev_mode: bool) {
    if dev_mode {
        cfg.route(routes::GALLERY, web::get().to(flows::gallery::index))
            .route(
                &format!("{}/{{name}}", routes::GALLERY),
                web::get().to(flows::gallery::one),
            );
    }
}

/// actix's own answers to unusable requests (a body over the limit, an unreadable form or
/// query) are plain text, which htmx would swap over the form: they become our problem page or
/// status message instead, in the visitor's language. Our own HTML answers pass untouched.
fn plain_error_as_problem<B>(
    response: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_ours = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"text/html"));
    let site = response.request().app_data::<web::Data<Site>>().cloned();
    let (Some(site), false) = (site, is_ours) else {
        return Ok(ErrorHandlerResponse::Response(
            response.map_into_left_body(),
        ));
    };
    let problem = if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Problem::TooLarge
    } else if response.request().method() == actix_web::http::Method::GET {
        Problem::MalformedFlowId
    } else {
        Problem::BadRequest("problem-unreadable")
    };
    let (request, _) = response.into_parts();
    let answer = flows::problem(&request, &site, problem);
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(request, answer).map_into_right_body(),
    ))
}

async fn not_found(req: HttpRequest, site: web::Data<Site>) -> HttpResponse {
    flows::problem(&req, &site, Problem::PageNotFound)
}

/// Access log without query strings: flow ids and `return_to`s stay out of the logs, and
/// headers (cookies) are never logged. Each line names the request id (see
/// [`request_id`]), which is also in any warning written while serving that request.
fn access_log() -> Logger {
    Logger::new(r#"%a "%{request}xi" %s %b %Dms id=%{x-request-id}o"#)
        .custom_request_replace("request", |req| format!("{} {}", req.method(), req.path()))
}
