//! The markup contract: what a designer may change freely in a view (elements, classes, order,
//! words) and what behaviour hangs on (assets/STYLING.md, "Changing the markup"). Every gallery
//! state is drawn as a visitor gets it and checked for the pieces that Kratos, htmx, screen
//! readers and the tests rely on; a missing piece fails with a sentence that says what breaks,
//! in the words of the person who will notice (a visitor, a screen reader user, Kratos).
//!
//! The snapshots (`tests/gallery_snapshots.rs`) keep showing every change for review; this
//! test says which changes break something. The tests at the end break a page on purpose and
//! check each sentence.

use std::collections::BTreeSet;
use std::path::Path;

use actix_web::test::TestRequest;
use kratos_htmx_ui::flows::gallery;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

#[path = "support/gallery_site.rs"]
mod gallery_site;

use gallery_site::{FIXTURES, site};

fn select(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// What Kratos said a flow's form holds: its input nodes' names (buttons included), and
/// whether it carries a CSRF token. None for states that are not a Kratos flow.
struct KratosForm {
    names: BTreeSet<String>,
    has_csrf_token: bool,
    /// The buttons' names and values: Kratos tells the methods apart by the value.
    buttons: BTreeSet<(String, String)>,
    /// The fields Kratos marked with an error message.
    with_errors: BTreeSet<String>,
}

fn kratos_form(state: &str) -> Option<KratosForm> {
    let text = std::fs::read_to_string(Path::new(FIXTURES).join(format!("{state}.json"))).ok()?;
    let json: Value = serde_json::from_str(&text).ok()?;
    let nodes = json.pointer("/ui/nodes")?.as_array()?;
    let names: BTreeSet<String> = nodes
        .iter()
        .filter(|node| node["type"] == "input")
        .filter_map(|node| node.pointer("/attributes/name")?.as_str())
        .map(str::to_owned)
        .collect();
    let text_of = |value: &Value| match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    let buttons = nodes
        .iter()
        .filter(|node| node["type"] == "input" && node["attributes"]["type"] == "submit")
        .filter_map(|node| {
            let attributes = &node["attributes"];
            Some((
                attributes["name"].as_str()?.to_owned(),
                text_of(&attributes["value"]),
            ))
        })
        .collect();
    let with_errors = nodes
        .iter()
        .filter(|node| {
            node["messages"]
                .as_array()
                .is_some_and(|messages| messages.iter().any(|m| m["type"] == "error"))
        })
        .filter(|node| {
            !matches!(
                node["attributes"]["type"].as_str(),
                Some("hidden" | "submit" | "button")
            )
        })
        .filter_map(|node| node.pointer("/attributes/name")?.as_str())
        .map(str::to_owned)
        .collect();
    Some(KratosForm {
        has_csrf_token: names.contains("csrf_token"),
        names,
        buttons,
        with_errors,
    })
}

/// How a person would name a field: its label's words, else its name.
fn field_name(page: &Html, input: &ElementRef) -> String {
    let name = input.value().attr("name").unwrap_or("?");
    input
        .value()
        .id()
        .and_then(|id| page.select(&select(&format!("label[for=\"{id}\"]"))).next())
        .map(|label| label.text().collect::<String>().trim().to_owned())
        .filter(|words| !words.is_empty())
        .unwrap_or_else(|| name.to_owned())
}

fn has_id(page: &Html, id: &str) -> bool {
    page.select(&select(&format!("[id=\"{id}\"]")))
        .next()
        .is_some()
}

/// Each break of the contract in `html` (the page of `state`), as a sentence.
fn broken(state: &str, html: &str, kratos: Option<&KratosForm>) -> Vec<String> {
    let page = Html::parse_document(html);
    let mut problems = Vec::new();

    // Kratos receives exactly the fields it asked for, and its CSRF token with each form.
    if let Some(kratos) = kratos {
        let sent: BTreeSet<&str> = page
            .select(&select("form [name]"))
            .filter_map(|control| control.value().attr("name"))
            .collect();
        for name in &kratos.names {
            if !sent.contains(name.as_str()) {
                problems.push(format!(
                    "{state}: no field is named \"{name}\" any more: Kratos asks for it, so what a person gives there never arrives (keep the name attribute as Kratos sends it)"
                ));
            }
        }
        for (name, value) in &kratos.buttons {
            let same = page
                .select(&select(&format!("form [name=\"{name}\"]")))
                .any(|control| control.value().attr("value").unwrap_or_default() == value);
            if sent.contains(name.as_str()) && !same {
                problems.push(format!(
                    "{state}: the \"{name}\" button no longer sends the value \"{value}\": Kratos chooses what to do by it (keep value as Kratos sends it; change the words inside the button instead)"
                ));
            }
        }
        for name in &kratos.with_errors {
            let marked = page
                .select(&select(&format!("form [name=\"{name}\"]")))
                .any(|control| control.value().attr("aria-invalid") == Some("true"));
            if sent.contains(name.as_str()) && !marked {
                problems.push(format!(
                    "{state}: the \"{name}\" field has an error but is no longer marked invalid (aria-invalid=\"true\"): screen readers do not say it is wrong"
                ));
            }
        }
        if kratos.has_csrf_token {
            for form in page.select(&select("form[action*=\"/self-service/\"]")) {
                if form
                    .select(&select("input[type=hidden][name=csrf_token]"))
                    .next()
                    .is_none()
                {
                    let which = named(&form);
                    problems.push(format!(
                        "{state}: {which} no longer sends Kratos's CSRF token (the hidden csrf_token input): Kratos refuses every submit of it"
                    ));
                }
            }
        }
    }

    for input in page.select(&select(
        "input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea",
    )) {
        let field = field_name(&page, &input);
        let described: Vec<&str> = input
            .value()
            .attr("aria-describedby")
            .map(|ids| ids.split_whitespace().collect())
            .unwrap_or_default();
        // A field's messages sit in an element whose id is the field's id + "-messages".
        if let Some(id) = input.value().id() {
            let messages = format!("{id}-messages");
            if has_id(&page, &messages) && !described.contains(&messages.as_str()) {
                problems.push(format!(
                    "{state}: the {field} field's messages are no longer linked to the field for screen readers (aria-describedby=\"{messages}\" on the input)"
                ));
            }
        }
        for id in described {
            if !has_id(&page, id) {
                problems.push(format!(
                    "{state}: the {field} field points screen readers at \"{id}\", which is not on the page"
                ));
            }
        }
        let labelled = input.value().attr("aria-label").is_some()
            || input.value().attr("aria-labelledby").is_some()
            || input
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|e| e.value().name() == "label")
            || input.value().id().is_some_and(|id| {
                page.select(&select(&format!("label[for=\"{id}\"]")))
                    .next()
                    .is_some()
            });
        if !labelled {
            problems.push(format!(
                "{state}: the {field} field has no label (label for=\"its id\"): screen readers announce an unnamed field and a click on its words no longer focuses it"
            ));
        }
    }

    // The error summary's links lead to their fields.
    for link in page.select(&select("#error-summary a[href^=\"#\"]")) {
        let target = &link.value().attr("href").unwrap_or("#")[1..];
        if !has_id(&page, target) {
            let words: String = link.text().collect();
            problems.push(format!(
                "{state}: the error summary's link \"{}\" leads nowhere: no field has the id \"{target}\" any more",
                words.trim()
            ));
        }
    }

    // htmx puts each answer where hx-target says; the flow's parts keep their ids.
    for element in page.select(&select("[hx-target]")) {
        let target = element.value().attr("hx-target").unwrap_or_default();
        if let Some(id) = target.strip_prefix('#')
            && !has_id(&page, id)
        {
            problems.push(format!(
                "{state}: hx-target=\"{target}\" names no element: with JavaScript on, the answer to this form has nowhere to go"
            ));
        }
    }
    for form in page.select(&select("form[hx-post]")) {
        if form.value().attr("hx-target").is_none() {
            problems.push(format!(
                "{state}: {} has hx-post but no hx-target: with JavaScript on, its answer replaces the form alone instead of the flow",
                named(&form)
            ));
        }
    }
    let swapped = page.select(&select("form[hx-post]")).next().is_some();
    for (id, role) in [
        ("flow", "the part htmx replaces after a save"),
        ("flow-status", "where notices and Kratos's messages appear"),
    ] {
        if swapped && !has_id(&page, id) {
            problems.push(format!(
                "{state}: the element with id=\"{id}\" ({role}) is gone: with JavaScript on, saving this form shows nothing"
            ));
        }
    }

    // The tests find things by data-testid: those this state had when its snapshot was taken.
    let accepted = accepted_snapshot(state);
    for (testid, files) in tested_ids() {
        let had = accepted.contains(&format!("data-testid=\"{testid}\""));
        // As text: an HTML parser reads what is inside <noscript> as text, not elements.
        let has = html.contains(&format!("data-testid=\"{testid}\""));
        if had && !has {
            problems.push(format!(
                "{state}: nothing has data-testid=\"{testid}\" any more: {} find it by that name (keep data-testid; style with classes)",
                files.join(", ")
            ));
        }
    }
    problems
}

/// How a designer would find a form on the page: its data-testid or its nearest container's.
fn named(form: &ElementRef) -> String {
    std::iter::once(*form)
        .chain(form.ancestors().filter_map(ElementRef::wrap))
        .find_map(|e| e.value().attr("data-testid"))
        .map_or_else(|| "a form".to_owned(), |id| format!("the form in \"{id}\""))
}

/// The markup of `state` as last reviewed and accepted (its English snapshot).
fn accepted_snapshot(state: &str) -> String {
    std::fs::read_to_string(format!(
        "tests/snapshots/gallery_snapshots__{state}.en.snap"
    ))
    .unwrap_or_default()
}

/// Every data-testid the browser tests look for (`getByTestId('…')`, `[data-testid="…"]`),
/// with the files that do.
fn tested_ids() -> &'static Vec<(String, Vec<String>)> {
    static IDS: std::sync::OnceLock<Vec<(String, Vec<String>)>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let is_id = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "_/-".contains(c);
        let mut ids: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for dir in ["tests/browser", "tests/engines"] {
            for entry in std::fs::read_dir(dir).expect("the browser tests").flatten() {
                let path = entry.path();
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for opening in ["getByTestId(", "data-testid="] {
                    for (at, _) in text.match_indices(opening) {
                        let rest = text[at + opening.len()..].trim_start_matches(['\'', '"', '\\']);
                        let id: String = rest.chars().take_while(|c| is_id(*c)).collect();
                        let closed = rest[id.len()..].starts_with(['\'', '"', '\\', ']']);
                        if !id.is_empty() && closed {
                            let files = ids.entry(id).or_default();
                            let file = path.display().to_string();
                            if !files.contains(&file) {
                                files.push(file);
                            }
                        }
                    }
                }
            }
        }
        ids.into_iter().collect()
    })
}

/// Every gallery state, in English, as a visitor gets it.
fn every_page() -> Vec<(String, String)> {
    let site = site();
    let req = TestRequest::default()
        .insert_header(("Accept-Language", "en"))
        .uri("/gallery/state")
        .to_http_request();
    let chrome = site.chrome(&req);
    gallery::states(Path::new(FIXTURES))
        .into_iter()
        .map(|state| {
            let html = gallery::screen(&site, &chrome, Path::new(FIXTURES), &state)
                .unwrap_or_else(|| panic!("{state} does not render"))
                .into_string();
            (state, html)
        })
        .collect()
}

#[test]
fn every_gallery_state_keeps_the_markup_contract() {
    let pages = every_page();
    assert!(pages.len() > 25, "{} states", pages.len());
    // The contract has something to hold on to: Kratos's forms with their tokens, fields
    // with messages, an error summary, htmx targets.
    let all: String = pages.iter().map(|(_, html)| html.as_str()).collect();
    for piece in [
        "name=\"csrf_token\"",
        "-messages\"",
        "aria-invalid=\"true\"",
        "id=\"error-summary\"",
        "hx-target=\"#flow\"",
    ] {
        assert!(all.contains(piece), "no gallery state has {piece}");
    }
    // One line per break, naming the states it is in (one view draws many states).
    let mut problems: std::collections::BTreeMap<String, Vec<&str>> = Default::default();
    for (state, html) in &pages {
        for problem in broken(state, html, kratos_form(state).as_ref()) {
            let sentence = problem
                .strip_prefix(&format!("{state}: "))
                .unwrap_or(&problem)
                .to_owned();
            problems.entry(sentence).or_default().push(state);
        }
    }
    let told: Vec<String> = problems
        .iter()
        .map(|(sentence, states)| format!("{sentence} (on {})", states.join(", ")))
        .collect();
    assert!(
        told.is_empty(),
        "The markup no longer does what it must (assets/STYLING.md, \"Changing the markup\"):\n  - {}",
        told.join("\n  - ")
    );
}

/// Breaks one page on purpose, one piece at a time: each break is named in its sentence.
#[test]
fn each_break_is_told_in_words() {
    let (state, html) = every_page()
        .into_iter()
        .find(|(state, _)| state == "settings-profile-errors")
        .expect("the gallery has settings-profile-errors");
    let kratos = kratos_form(&state);
    assert_eq!(broken(&state, &html, kratos.as_ref()), Vec::<String>::new());
    let cases = [
        (
            html.replace(" aria-describedby=\"profile-traits-website-messages\"", ""),
            "the Website field's messages are no longer linked to the field for screen readers",
        ),
        (
            html.replace(
                "aria-invalid=\"true\" aria-describedby=\"profile-traits-website-messages\"",
                "aria-describedby=\"profile-traits-website-messages\"",
            ),
            "the \"traits.website\" field has an error but is no longer marked invalid",
        ),
        (
            html.replacen("name=\"csrf_token\"", "name=\"token\"", 1),
            "no longer sends Kratos's CSRF token",
        ),
        (
            html.replace("name=\"traits.website\"", "name=\"website\""),
            "no field is named \"traits.website\" any more: Kratos asks for it",
        ),
        (
            html.replace("for=\"profile-traits-website\"", "for=\"website\""),
            "the traits.website field has no label",
        ),
        (
            html.replace("id=\"profile-traits-email\"", "id=\"email\""),
            "the error summary's link",
        ),
        (
            html.replace("value=\"profile\"", "value=\"save\""),
            "the \"method\" button no longer sends the value \"profile\"",
        ),
        (
            html.replace(" hx-target=\"#flow\"", ""),
            "has hx-post but no hx-target",
        ),
        (
            html.replace("id=\"flow\"", "id=\"the-flow\""),
            "hx-target=\"#flow\" names no element",
        ),
        (
            html.replace("id=\"flow-status\"", "id=\"status\""),
            "the element with id=\"flow-status\" (where notices and Kratos's messages appear) is gone",
        ),
        (
            html.replace("data-testid=\"error-summary\"", ""),
            "nothing has data-testid=\"error-summary\" any more: tests/browser/",
        ),
    ];
    for (broken_html, sentence) in cases {
        assert_ne!(
            broken_html, html,
            "the break of {sentence:?} changed nothing"
        );
        let problems = broken(&state, &broken_html, kratos.as_ref());
        assert!(
            problems.iter().any(|problem| problem.contains(sentence)),
            "breaking the page for {sentence:?} was told as {problems:#?}"
        );
    }
}
