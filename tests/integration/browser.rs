//! A scripted browser for the integration tests.
//!
//! It keeps cookies (one jar for `localhost`, whatever the port, exactly like a browser), never
//! follows redirects by itself (tests see every 303), and acts in one of two ways:
//! [`Path::NoJs`] posts forms to their `action` (Kratos) and follows the 303s, like a browser
//! with JavaScript off; [`Path::Htmx`] posts the same form to its `hx-post` URL (our server)
//! with `HX-Request: true` and applies the answer the way htmx would (swap or `HX-Redirect`).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use reqwest::header::{HeaderMap, HeaderValue};
use scraper::{ElementRef, Html, Selector};

use crate::harness::{Stack, User};

/// How the person's browser behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Path {
    NoJs,
    Htmx,
}

pub const BOTH_PATHS: [Path; 2] = [Path::NoJs, Path::Htmx];

/// A cookie jar for one host name that tests can also edit (drop the CSRF cookie, ...).
#[derive(Default)]
pub struct Jar(Mutex<BTreeMap<String, String>>);

impl reqwest::cookie::CookieStore for Jar {
    fn set_cookies(&self, headers: &mut dyn Iterator<Item = &HeaderValue>, _url: &url::Url) {
        let mut jar = self.0.lock().unwrap();
        for header in headers {
            let Ok(text) = header.to_str() else { continue };
            let Some((name, value)) = text.split(';').next().and_then(|pair| pair.split_once('='))
            else {
                continue;
            };
            let expired = text.split(';').skip(1).any(|attr| {
                let attr = attr.trim().to_ascii_lowercase();
                attr == "max-age=0"
                    || attr.starts_with("max-age=-")
                    || attr.contains("expires=thu, 01 jan 1970")
            });
            if expired || value.is_empty() {
                jar.remove(name.trim());
            } else {
                jar.insert(name.trim().to_owned(), value.to_owned());
            }
        }
    }

    fn cookies(&self, _url: &url::Url) -> Option<HeaderValue> {
        let jar = self.0.lock().unwrap();
        if jar.is_empty() {
            return None;
        }
        let joined = jar
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        HeaderValue::from_bytes(joined.as_bytes()).ok()
    }
}

impl Jar {
    /// The names of the cookies held.
    pub fn names(&self) -> Vec<String> {
        self.0.lock().unwrap().keys().cloned().collect()
    }

    /// Stores a cookie as if some page of this host had set it.
    pub fn insert(&self, name: &str, value: &str) {
        self.0
            .lock()
            .unwrap()
            .insert(name.to_owned(), value.to_owned());
    }

    pub fn remove_where(&self, predicate: impl Fn(&str) -> bool) -> usize {
        let mut jar = self.0.lock().unwrap();
        let before = jar.len();
        jar.retain(|name, _| !predicate(name));
        before - jar.len()
    }
}

/// One HTTP answer as the browser saw it.
#[derive(Debug)]
pub struct Response {
    pub url: String,
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
    /// The body's bytes as they came over the wire (compressed, when the request asked).
    pub raw: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn location(&self) -> Option<&str> {
        self.header("location")
    }

    /// The flow id in this page's address (`…?flow=<id>`).
    pub fn flow_id(&self) -> String {
        self.url
            .split("flow=")
            .nth(1)
            .unwrap_or_else(|| panic!("{} names no flow", self.url))
            .to_owned()
    }

    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    /// Every `data-testid="ui/message/<id>"` in the document, in order.
    pub fn message_ids(&self) -> Vec<u64> {
        let html = self.html();
        let selector = Selector::parse("[data-testid^='ui/message/']").unwrap();
        html.select(&selector)
            .filter_map(|el| {
                el.value()
                    .attr("data-testid")?
                    .strip_prefix("ui/message/")?
                    .parse()
                    .ok()
            })
            .collect()
    }

    pub fn has_message(&self, id: u64) -> bool {
        self.message_ids().contains(&id)
    }

    /// The visible text of the first element matching `css`.
    pub fn text(&self, css: &str) -> Option<String> {
        let html = self.html();
        let selector = Selector::parse(css).unwrap();
        html.select(&selector).next().map(text_of)
    }

    /// All text of the page, whitespace collapsed.
    pub fn all_text(&self) -> String {
        text_of(self.html().root_element())
    }

    /// The attribute `attr` of the first element matching `css`.
    pub fn attr(&self, css: &str, attr: &str) -> Option<String> {
        let html = self.html();
        let selector = Selector::parse(css).unwrap();
        html.select(&selector)
            .next()?
            .value()
            .attr(attr)
            .map(str::to_owned)
    }

    pub fn count(&self, css: &str) -> usize {
        let html = self.html();
        html.select(&Selector::parse(css).unwrap()).count()
    }

    /// The form inside the settings card of `group` (`profile`, `password`, ...).
    pub fn settings_form(&self, group: &str) -> Form {
        self.form(&format!("[data-testid='{group}-settings-card'] form"))
            .unwrap_or_else(|| panic!("no {group} settings form on {}:\n{}", self.url, self.body))
    }

    pub fn form(&self, css: &str) -> Option<Form> {
        let html = self.html();
        let selector = Selector::parse(css).unwrap();
        html.select(&selector)
            .next()
            .map(|form| Form::read(form, &self.url))
    }
}

pub fn text_of(element: ElementRef) -> String {
    element
        .text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A form as a browser would submit it.
#[derive(Clone, Debug)]
pub struct Form {
    pub action: String,
    pub hx_post: Option<String>,
    /// Successful controls in document order (checked checkboxes only, no buttons).
    pub fields: Vec<(String, String)>,
    /// Submit buttons as (name, value).
    pub buttons: Vec<(String, String)>,
}

impl Form {
    fn read(form: ElementRef, page_url: &str) -> Form {
        let base = url::Url::parse(page_url).unwrap();
        let absolute = |href: &str| base.join(href).unwrap().to_string();
        let mut fields = Vec::new();
        let mut buttons = Vec::new();
        let controls = Selector::parse("input, button, select, textarea").unwrap();
        for control in form.select(&controls) {
            let el = control.value();
            let Some(name) = el.attr("name") else {
                continue;
            };
            let value = el.attr("value").unwrap_or("").to_owned();
            match (el.name(), el.attr("type").unwrap_or("text")) {
                ("button", "button") => {}
                ("button", _) => buttons.push((name.to_owned(), value)),
                (_, "checkbox") => {
                    if el.attr("checked").is_some() {
                        fields.push((name.to_owned(), value));
                    }
                }
                _ if el.attr("disabled").is_some() => {}
                _ => fields.push((name.to_owned(), value)),
            }
        }
        Form {
            action: absolute(form.value().attr("action").unwrap_or("")),
            hx_post: form.value().attr("hx-post").map(absolute),
            fields,
            buttons,
        }
    }

    /// Types `value` into the (first) text field called `name`.
    pub fn set(mut self, name: &str, value: &str) -> Self {
        match self.fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value.to_owned(),
            None => panic!("no field {name} in {:?}", self.fields),
        }
        self
    }

    /// Ticks or unticks the checkbox `name` (whose hidden twin sends `false`).
    pub fn check(mut self, name: &str, checked: bool) -> Self {
        self.fields.retain(|(n, v)| !(n == name && v == "true"));
        if checked {
            self.fields.push((name.to_owned(), "true".to_owned()));
        }
        self
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The fields sent when `button` (name, value) is clicked.
    pub fn payload(&self, button: (&str, &str)) -> Vec<(String, String)> {
        assert!(
            self.buttons
                .iter()
                .any(|(n, v)| n == button.0 && v == button.1),
            "no button {button:?} in {:?}",
            self.buttons
        );
        let mut payload = self.fields.clone();
        payload.push((button.0.to_owned(), button.1.to_owned()));
        payload
    }
}

/// What one submission led to.
#[derive(Debug)]
pub struct Submitted {
    /// The page the person ends up looking at (after redirects, or the page with the swap
    /// applied: for htmx this is the fragment the server returned).
    pub page: Response,
    /// For htmx: whether the answer was swapped in place (no navigation happened).
    pub swapped: bool,
    /// Every URL the browser navigated to, in order.
    pub navigations: Vec<String>,
}

pub struct Browser {
    client: reqwest::Client,
    pub jar: Arc<Jar>,
    /// Whether it says where its requests come from, as every browser of today does
    /// (`Sec-Fetch-Site` on a page, `Origin` on a post); a text browser such as lynx names
    /// neither.
    names_origin: bool,
}

impl Browser {
    /// A browser of today.
    pub fn new() -> Self {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            // Shorter than the servers' keep-alive (actix closes idle connections after 5 s):
            // a request after a test's sleep must not race a connection being closed.
            .pool_idle_timeout(std::time::Duration::from_secs(2))
            .user_agent("kratos-htmx-ui integration tests")
            .build()
            .unwrap();
        Self {
            client,
            jar,
            names_origin: true,
        }
    }

    /// A browser that names no origin: no `Origin`, `Sec-Fetch-Site` or `Referer`, as lynx
    /// posts from a page whose address has a query.
    pub fn text() -> Self {
        Self {
            names_origin: false,
            ..Self::new()
        }
    }

    async fn read(&self, url: &str, response: reqwest::Response) -> Response {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let raw = response.bytes().await.unwrap_or_default().to_vec();
        Response {
            url: url.to_owned(),
            status,
            headers,
            body: String::from_utf8_lossy(&raw).into_owned(),
            raw,
        }
    }

    pub async fn get(&self, url: &str) -> Response {
        self.get_with(url, &[]).await
    }

    /// A GET with extra request headers (htmx sends `HX-Request: true`).
    pub async fn get_with(&self, url: &str, headers: &[(&str, &str)]) -> Response {
        let mut request = self.client.get(url);
        if self.names_origin
            && !headers
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case("sec-fetch-site"))
        {
            request = request.header("Sec-Fetch-Site", "none");
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {url}: {e}"));
        self.read(url, response).await
    }

    /// A flow as Kratos itself serves it to this browser (its JSON fetch endpoint).
    pub async fn kratos_flow(&self, stack: &Stack, kind: &str, id: &str) -> Response {
        let url = format!("{}/self-service/{kind}/flows?id={id}", stack.kratos_public);
        self.get_with(&url, &[("Accept", "application/json")]).await
    }

    /// Waits until Kratos says the `kind` flow `id` has expired (410), polling for up to 30 s.
    pub async fn wait_until_flow_expired(&self, stack: &Stack, kind: &str, id: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let answer = self.kratos_flow(stack, kind, id).await;
            if answer.status == 410 {
                return;
            }
            assert_eq!(answer.status, 200, "{kind} flow {id}: {}", answer.body);
            assert!(
                std::time::Instant::now() < deadline,
                "the {kind} flow did not expire in 30 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        }
    }

    /// Navigates to `url` and follows redirects like a browser, returning the final page and
    /// the chain of URLs visited.
    pub async fn visit(&self, url: &str) -> (Response, Vec<String>) {
        let mut chain = vec![url.to_owned()];
        let mut response = self.get(url).await;
        for _ in 0..15 {
            let Some(location) = response.location().map(str::to_owned) else {
                break;
            };
            if !(300..400).contains(&response.status) {
                break;
            }
            let next = url::Url::parse(&response.url)
                .unwrap()
                .join(&location)
                .unwrap()
                .to_string();
            chain.push(next.clone());
            response = self.get(&next).await;
        }
        (response, chain)
    }

    pub async fn post_form(
        &self,
        url: &str,
        fields: &[(String, String)],
        headers: &[(&str, &str)],
    ) -> Response {
        let mut request = self.client.post(url).form(fields);
        // A browser names the origin of the page a form was on: here, the one posted to (our
        // forms post to their own origin), unless the test names another (or none, as "").
        if self.names_origin
            && !headers
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case("origin"))
        {
            let target = url::Url::parse(url).unwrap();
            request = request.header("Origin", target.origin().ascii_serialization());
        }
        for (name, value) in headers.iter().filter(|(_, value)| !value.is_empty()) {
            request = request.header(*name, *value);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("POST {url}: {e}"));
        self.read(url, response).await
    }

    /// Submits `form` by clicking `button`, the way `path` says.
    pub async fn submit(&self, path: Path, form: &Form, button: (&str, &str)) -> Submitted {
        self.submit_payload(path, form, &form.payload(button)).await
    }

    /// Submits `payload` (which a tampering person may have made up) to `form`'s targets.
    pub async fn submit_payload(
        &self,
        path: Path,
        form: &Form,
        payload: &[(String, String)],
    ) -> Submitted {
        match path {
            Path::NoJs => {
                let first = self.post_form(&form.action, payload, &[]).await;
                self.land(first).await
            }
            Path::Htmx => {
                let target = form.hx_post.as_deref().expect("the form has no hx-post");
                let answer = self
                    .post_form(target, payload, &[("HX-Request", "true")])
                    .await;
                if let Some(redirect) = answer.header("hx-redirect").map(str::to_owned) {
                    let (page, mut navigations) =
                        self.visit(&absolute(&answer.url, &redirect)).await;
                    navigations.insert(0, answer.url.clone());
                    Submitted {
                        page,
                        swapped: false,
                        navigations,
                    }
                } else {
                    Submitted {
                        navigations: vec![],
                        page: answer,
                        swapped: true,
                    }
                }
            }
        }
    }

    /// Follows the redirects of a response (a no-JS form post) to where the person lands.
    pub async fn land(&self, first: Response) -> Submitted {
        if let Some(location) = first
            .location()
            .filter(|_| (300..400).contains(&first.status))
        {
            let (page, mut navigations) = self.visit(&absolute(&first.url, location)).await;
            navigations.insert(0, first.url.clone());
            Submitted {
                page,
                swapped: false,
                navigations,
            }
        } else {
            Submitted {
                page: first,
                swapped: false,
                navigations: vec![],
            }
        }
    }

    /// Signs `user` in through the UI's login page (a plain form, as a person would).
    pub async fn sign_in(&self, stack: &Stack, user: &User) -> Response {
        let (login, _) = self.visit(&stack.url("/login")).await;
        self.complete_login(&login, &user.email, &user.password)
            .await
    }

    /// Fills and submits the password form of a login page; returns where the person lands.
    pub async fn complete_login(
        &self,
        login: &Response,
        identifier: &str,
        password: &str,
    ) -> Response {
        assert_eq!(login.status, 200, "login page: {}", login.body);
        let mut form = login
            .form("[data-testid='password-login-form']")
            .unwrap_or_else(|| panic!("no password form on {}:\n{}", login.url, login.body));
        if form.value("identifier").is_some() {
            form = form.set("identifier", identifier);
        }
        let form = form.set("password", password);
        self.submit(Path::NoJs, &form, ("method", "password"))
            .await
            .page
    }

    /// A new person with `traits` (and a password), signed in, looking at their settings.
    pub async fn signed_in(stack: &Stack, traits: serde_json::Value) -> (User, Browser, Response) {
        let user = stack.create_user(traits);
        let browser = Browser::new();
        browser.sign_in(stack, &user).await;
        let settings = browser.settings(stack).await;
        (user, browser, settings)
    }

    /// Opens the settings page (through Kratos's init) and returns it.
    pub async fn settings(&self, stack: &Stack) -> Response {
        let (page, chain) = self.visit(&stack.url("/settings")).await;
        assert_eq!(page.status, 200, "settings via {chain:?}: {}", page.body);
        page
    }
}

pub fn absolute(base: &str, location: &str) -> String {
    url::Url::parse(base)
        .unwrap()
        .join(location)
        .unwrap()
        .to_string()
}
