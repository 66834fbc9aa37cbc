//! The checks behind the fuzz targets, written once for two builds:
//!
//! - `cargo fuzz` (nightly, `scripts/fuzz.sh`) builds the `model` and `outcome` targets on them;
//! - `tests/fuzz_regressions.rs` (stable `cargo test`) includes this very file as a module and
//!   replays every input kept under `tests/fuzz-regressions/<target>/` through [`run`], so a
//!   saved crash is replayed exactly as the fuzzer ran it.
//!
//! Both builds have `kratos_htmx_ui` and `serde_json`, and nothing else may be used here. A
//! finding is a panic: a panic in our code, or an invariant below that does not hold.

use kratos_htmx_ui::flows::FLOWS;
use kratos_htmx_ui::flows::offers::Offered;
use kratos_htmx_ui::hydra::model::{ConsentRequest, ConsentSession, LogoutRequest};
use kratos_htmx_ui::i18n::{Lang, Tr};
use kratos_htmx_ui::kratos::model::{
    ContinueWith, ErrorBody, Flow, Identity, KratosError, LogoutFlow, Message, Node,
    SelfServiceError, Session, Ui,
};
use kratos_htmx_ui::kratos::outcome::{self, Outcome, RedirectReason, error_id};
use kratos_htmx_ui::notice::Notice;
use kratos_htmx_ui::routes::Links;
use kratos_htmx_ui::views::{self, Chrome, FlowView};

/// The fuzz targets, named as their folders under `tests/fuzz-regressions/`.
pub const TARGETS: [&str; 2] = ["model", "outcome"];

/// A tag no view writes (`fuzz/kratos.dict` offers it to the fuzzer): if it shows up in a page,
/// text from Kratos reached the markup unescaped.
pub const INJECTED_TAG: &str = "<x-fuzz";

/// "Now" for the sessions page (2026-11-25), so a replay draws what the fuzzer drew.
const NOW_UNIX: i64 = 1_795_582_562;

/// Runs the target named `target` on one input; panics on a finding, as the fuzzer would.
pub fn run(target: &str, data: &[u8]) {
    match target {
        "model" => model(data),
        "outcome" => outcome(data),
        other => panic!("no fuzz target named {other:?} (known: {TARGETS:?})"),
    }
}

/// The `model` target: the bytes as every payload type the UI reads from Kratos. Parsing may
/// fail but never panic; whatever parses is drawn by the views that draw it in the app, in a
/// language picked by the input's length, and no page may contain [`INJECTED_TAG`].
pub fn model(data: &[u8]) {
    let languages = kratos_htmx_ui::i18n::LANGUAGES.len();
    let tr = Tr::new(Lang::all().nth(data.len() % languages).unwrap_or(Lang::EN));
    if let Ok(flow) = serde_json::from_slice::<Flow>(data) {
        render_flow(tr, &flow);
    }
    if let Ok(stored) = serde_json::from_slice::<SelfServiceError>(data) {
        render_error(tr, &stored.error);
    }
    if let Ok(envelope) = serde_json::from_slice::<ErrorBody>(data) {
        render_error(tr, &envelope.error);
        let _ = envelope.error.detail("redirect_browser_to");
    }
    if let Ok(session) = serde_json::from_slice::<Session>(data) {
        render_sessions(tr, &session, &[]);
    }
    if let Ok(sessions) = serde_json::from_slice::<Vec<Session>>(data)
        && let Some((current, others)) = sessions.split_first()
    {
        render_sessions(tr, current, others);
    }
    if let Ok(nodes) = serde_json::from_slice::<Vec<Node>>(data) {
        let nodes: Vec<&Node> = nodes.iter().collect();
        checked(views::nodes::render(tr, "fuzz", &nodes).into_string());
    }
    if let Ok(node) = serde_json::from_slice::<Node>(data) {
        let _ = (node.label(), node.is_hidden_input());
        checked(views::nodes::render(tr, "fuzz", &[&node]).into_string());
    }
    if let Ok(identity) = serde_json::from_slice::<Identity>(data) {
        let _ = identity.display_name();
    }
    if let Ok(request) = serde_json::from_slice::<ConsentRequest>(data) {
        let links = Links::new("", "http://kratos.example");
        let chrome = chrome(&links, tr);
        checked(views::consent::page(&chrome, &request, "fuzz@example.com").into_string());
    }
    if let Ok(request) = serde_json::from_slice::<LogoutRequest>(data) {
        let links = Links::new("", "http://kratos.example");
        let page = views::logout::page(
            &chrome(&links, tr),
            request.client.as_ref(),
            Some("/logout"),
        );
        checked(page.into_string());
    }
    if let Ok(sessions) = serde_json::from_slice::<Vec<ConsentSession>>(data) {
        let links = Links::new("", "http://kratos.example");
        let chrome = chrome(&links, tr);
        let apps = views::apps::by_app(&sessions);
        checked(
            views::apps::screen(&chrome, &apps, None)
                .page(&chrome)
                .into_string(),
        );
    }
    let _ = serde_json::from_slice::<Ui>(data);
    let _ = serde_json::from_slice::<Message>(data);
    let _ = serde_json::from_slice::<KratosError>(data);
    let _ = serde_json::from_slice::<LogoutFlow>(data);
    let _ = serde_json::from_slice::<Vec<ContinueWith>>(data);
    // The health check reads Kratos's answer as any JSON value.
    let _ = serde_json::from_slice::<serde_json::Value>(data);
}

/// The `outcome` target's reading of its input: the first two bytes, big-endian, are a number
/// mapped into the statuses 100..=599 (`100 + n % 500`); the rest is the body. A shorter input
/// reads what bytes it has (empty: status 100, one byte `b`: status `100 + b`) and no body.
///
/// So a file that starts with the bytes `00 64` replays as status 200, `01 2c` as 400,
/// `01 2d` as 401 and `01 9a` as 510: `scripts/fuzz.sh` seeds the corpus that way.
pub fn status_and_body(data: &[u8]) -> (u16, &[u8]) {
    let (head, body) = data.split_at(data.len().min(2));
    let number = head
        .iter()
        .fold(0_u16, |number, byte| (number << 8) | u16::from(*byte));
    (100 + number % 500, body)
}

/// The `outcome` target: [`outcome::classify`] never panics, and what it answers fits the
/// status and the body.
pub fn outcome(data: &[u8]) {
    let (status, body) = status_and_body(data);
    let answer = outcome::classify(status, body);
    let fail = |why: &str| -> ! { panic!("classify({status}, {body:?}) = {answer:?}: {why}") };
    if status == 401 && !matches!(answer, Outcome::SignInRequired) {
        fail("401 means nobody is signed in");
    }
    if status == 404 && !matches!(answer, Outcome::NotFound) {
        fail("404 means no such flow");
    }
    if status != 200 && !(400..=499).contains(&status) && !matches!(answer, Outcome::Unavailable(_))
    {
        fail("1xx, 3xx, 5xx and a 2xx other than 200 mean unavailable");
    }
    match &answer {
        Outcome::Flow(_) | Outcome::Invalid(_) => {
            let wanted = if matches!(answer, Outcome::Flow(_)) {
                200
            } else {
                400
            };
            if status != wanted {
                fail("a flow comes only with 200 (saved) or 400 (invalid)");
            }
            if serde_json::from_slice::<Flow>(body).is_err() {
                fail("a flow outcome from a body that is not a flow");
            }
        }
        Outcome::Completed { .. } if status != 200 => fail("only 200 means completed"),
        Outcome::Completed { .. } => {
            if serde_json::from_slice::<Flow>(body).is_ok() {
                fail("a flow taken for a completed sign-in");
            }
        }
        Outcome::Expired { .. } if status != 410 => fail("only 410 means expired"),
        Outcome::Expired { .. } => {}
        Outcome::Redirect { reason, .. } => {
            if !(402..=499).contains(&status) || status == 404 || status == 410 {
                fail("a redirect comes only with an error status");
            }
            let id = serde_json::from_slice::<ErrorBody>(body)
                .ok()
                .and_then(|envelope| envelope.error.id);
            let expected = match reason {
                RedirectReason::Reauthenticate => error_id::SESSION_REFRESH_REQUIRED,
                RedirectReason::SecondFactor => error_id::SESSION_AAL2_REQUIRED,
                RedirectReason::LocationChange => error_id::BROWSER_LOCATION_CHANGE_REQUIRED,
            };
            if id.as_deref() != Some(expected) {
                fail("the redirect's reason is not the error id Kratos sent");
            }
        }
        Outcome::SignInRequired if status != 401 => fail("only 401 means sign in"),
        Outcome::NotFound if status != 404 => fail("only 404 means not found"),
        Outcome::SignInRequired | Outcome::NotFound => {}
        Outcome::Rejected {
            status: rejected,
            error,
        } => {
            if *rejected != status || !(400..=499).contains(&status) || status == 410 {
                fail("a rejection keeps its own 4xx status");
            }
            if error.id.is_none() && error.code.is_none() && error.message.is_none() {
                fail("a rejection without an error id, code or message");
            }
        }
        Outcome::Unavailable(why) if why.is_empty() => fail("unavailable without a reason"),
        Outcome::Unavailable(_) => {}
    }
    if status == 410 && !matches!(answer, Outcome::Expired { .. } | Outcome::Unavailable(_)) {
        fail("410 means expired (or an unreadable answer)");
    }
}

/// Every page a flow is drawn on: each flow kind's page and its swappable body.
fn render_flow(tr: Tr, flow: &Flow) {
    let links = Links::new("/ui", "http://kratos.example");
    let chrome = chrome(&links, tr).for_flow(flow);
    for kind in &FLOWS {
        let view = FlowView {
            flow,
            notice: Some(&Notice::FlowExpired),
            continue_with: &flow.continue_with,
            submit_here: kind.submit_here(&links, &flow.id),
            offered: Offered {
                registration: false,
                recovery: true,
            },
        };
        let screen = (kind.view)(&chrome, &view);
        checked(screen.page(&chrome).into_string());
        checked(screen.body.into_string());
    }
}

fn render_error(tr: Tr, error: &KratosError) {
    let links = Links::new("", "http://kratos.example");
    checked(views::error::page(&chrome(&links, tr), error).into_string());
}

fn render_sessions(tr: Tr, current: &Session, others: &[Session]) {
    let links = Links::new("", "http://kratos.example");
    let who = current
        .identity
        .as_ref()
        .map(|identity| identity.display_name());
    let chrome = chrome(&links, tr).signed_in_as(who);
    checked(views::sessions::page(&chrome, current, others, None, NOW_UNIX).into_string());
}

fn chrome(links: &Links, tr: Tr) -> Chrome<'_> {
    Chrome {
        links,
        product_name: "Fuzz",
        stylesheet: "/assets/app.css?v=1",
        theme: "/assets/theme.css?v=1",
        logo: Some("/assets/logo.svg?v=1"),
        script: "/assets/app.js?v=1",
        htmx: "/assets/htmx.min.js?v=1",
        kratos_script_integrity: None,
        signed_in_as: None,
        tr,
        here: Some("/settings?flow=f"),
        frameless: false,
        offers_apps: true,
        form_token: Some("token"),
        dev: None,
    }
}

fn checked(html: String) {
    assert!(
        !html.contains(INJECTED_TAG),
        "text from Kratos reached the page unescaped: {html}"
    );
}
