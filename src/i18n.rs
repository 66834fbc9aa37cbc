//! Every word the UI shows, in the visitor's language, from one Fluent catalogue per language.
//!
//! Why Fluent: translators get a documented format with placeholders and plural rules, and
//! Kratos's messages fit it directly: `kratos-<id>` is a Kratos message id, its variables are
//! the message's `context` keys. Our own texts use readable ids (`settings-title`). The
//! catalogues live in `locales/<language>/{ui,kratos}.ftl` and are compiled into the binary.
//!
//! The language is, in order: the one the visitor picked with the switcher (kept in the UI's
//! session cookie), the best match of `Accept-Language`, English. A Kratos message whose id
//! the catalogue does not know keeps Kratos's own (English) text, so a newer Kratos never
//! shows a blank; a missing id of our own shows the id, which the tests catch.

use std::collections::HashMap;
use std::sync::LazyLock;

use actix_session::SessionExt;
use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_LANGUAGE;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::kratos::model::{Message, Node};

/// The languages with a complete catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 tag, for `<html lang>`, the switcher and the session.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's name in itself, as the switcher offers it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The best match for an `Accept-Language` header, English when nothing matches.
    pub fn negotiate(accept_language: &str) -> Lang {
        // Ordered by quality (fluent-langneg keeps the header's order and ignores `q`).
        let mut weighted: Vec<(f32, LanguageIdentifier)> = accept_language
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim().parse().ok()?;
                let quality = parts
                    .find_map(|param| {
                        let param = param.trim();
                        param
                            .strip_prefix("q=")
                            .or_else(|| param.strip_prefix("Q="))
                    })
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (quality > 0.0).then_some((quality, tag))
            })
            .collect();
        weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
        let requested: Vec<LanguageIdentifier> = weighted.into_iter().map(|(_, tag)| tag).collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL
            .iter()
            .filter_map(|lang| lang.code().parse().ok())
            .collect();
        let default: LanguageIdentifier = Lang::En.code().parse().expect("valid tag");
        fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Filtering,
        )
        .first()
        .and_then(|chosen| Lang::from_code(chosen.language.as_str()))
        .unwrap_or(Lang::En)
    }

    /// The language of a request: the visitor's choice, else `Accept-Language`.
    pub fn of(req: &HttpRequest) -> Lang {
        let chosen = req
            .get_session()
            .get::<String>(SESSION_KEY)
            .ok()
            .flatten()
            .and_then(|code| Lang::from_code(&code));
        chosen.unwrap_or_else(|| {
            let header = req
                .headers()
                .get(ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok())
                .unwrap_or("");
            Lang::negotiate(header)
        })
    }
}

/// The session key holding the language the visitor picked.
pub const SESSION_KEY: &str = "lang";

/// The catalogue files of each language: our texts, then Kratos's messages.
const SOURCES: [(Lang, [&str; 2]); 2] = [
    (
        Lang::En,
        [
            include_str!("../locales/en/ui.ftl"),
            include_str!("../locales/en/kratos.ftl"),
        ],
    ),
    (
        Lang::De,
        [
            include_str!("../locales/de/ui.ftl"),
            include_str!("../locales/de/kratos.ftl"),
        ],
    ),
];

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<(Lang, Bundle)>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(lang, files)| (*lang, bundle(*lang, files)))
        .collect()
});

fn bundle(lang: Lang, files: &[&str]) -> Bundle {
    let tag: LanguageIdentifier = lang.code().parse().expect("valid tag");
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks around placeables: both languages are left-to-right, and
    // the marks would end up in copied codes and addresses.
    bundle.set_use_isolating(false);
    for file in files {
        let resource = FluentResource::try_new((*file).to_owned()).unwrap_or_else(|(_, errors)| {
            panic!("catalogue of {lang:?} fails to parse: {errors:?}")
        });
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("catalogue of {lang:?} repeats ids: {errors:?}"));
    }
    bundle
}

/// Kratos's label id whose text is a title from the identity schema.
const SCHEMA_TITLE_LABEL: u64 = 1_070_002;

/// Per language: schema title (an entry's `.source`) → its translation (the entry's value),
/// from every `trait-*` entry of the catalogue.
static SCHEMA_TITLES: LazyLock<Vec<(Lang, HashMap<String, String>)>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let bundle = Tr::new(lang).bundle();
            let (_, files) = SOURCES.iter().find(|(l, _)| *l == lang).expect("sources");
            let titles = files
                .iter()
                .flat_map(|file| message_ids(file))
                .filter(|id| id.starts_with("trait-"))
                .filter_map(|id| {
                    let message = bundle.get_message(&id)?;
                    let mut errors = Vec::new();
                    let source = message.get_attribute("source")?;
                    let source = bundle.format_pattern(source.value(), None, &mut errors);
                    let value = bundle.format_pattern(message.value()?, None, &mut errors);
                    Some((source.into_owned(), value.into_owned()))
                })
                .collect();
            (lang, titles)
        })
        .collect()
});

/// The message ids of one catalogue file, in order.
fn message_ids(file: &str) -> Vec<String> {
    match fluent_syntax::parser::parse(file) {
        Ok(resource) | Err((resource, _)) => resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect(),
    }
}

/// Ids of our own the code asked for and no catalogue had ("<lang>: <id>"), for the tests.
static MISSING: std::sync::Mutex<std::collections::BTreeSet<String>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// Every id of our own that was asked for and missing so far (tests assert there is none).
pub fn missing_ids() -> Vec<String> {
    MISSING
        .lock()
        .map(|missing| missing.iter().cloned().collect())
        .unwrap_or_default()
}

/// Translates into one language. Cheap to copy; views take it by value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    fn bundle(self) -> &'static Bundle {
        let bundles = &*BUNDLES;
        bundles
            .iter()
            .find(|(lang, _)| *lang == self.lang)
            .map(|(_, bundle)| bundle)
            .expect("every language has a bundle")
    }

    fn format(self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundle();
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            log::warn!("catalogue {}: {id}: {errors:?}", self.lang.code());
        }
        Some(text.into_owned())
    }

    /// One of our own texts.
    pub fn t(self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// One of our own texts with placeholders.
    pub fn t_with(self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args)).unwrap_or_else(|| {
            log::warn!("catalogue {}: no text for {id}", self.lang.code());
            if let Ok(mut missing) = MISSING.lock() {
                missing.insert(format!("{}: {id}", self.lang.code()));
            }
            id.to_owned()
        })
    }

    /// A Kratos message in this language, filled from its `context`; Kratos's own text when
    /// the catalogue does not know the id, or when the context lacks a value the text needs
    /// (a newer Kratos, an object value): never a placeholder on screen.
    pub fn message(self, message: &Message) -> String {
        let args = context_args(message);
        let bundle = self.bundle();
        let Some(pattern) = bundle
            .get_message(&format!("kratos-{}", message.id))
            .and_then(|entry| entry.value())
        else {
            return message.text.clone();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            text.into_owned()
        } else {
            log::debug!(
                "catalogue {}: kratos-{}: {errors:?}",
                self.lang.code(),
                message.id
            );
            message.text.clone()
        }
    }

    /// Whether the catalogue has its own text for the Kratos message `id`.
    pub fn knows_kratos_message(self, id: u64) -> bool {
        self.bundle().has_message(&format!("kratos-{id}"))
    }

    /// A node's label. A label that is a schema `title` (Kratos's 1070002: a trait, or the
    /// login identifier named after one) is translated by the `trait-*` entry whose `.source`
    /// is that title, so a changed schema never shows a stale translation.
    pub fn label(self, node: &Node) -> Option<String> {
        let label = node.label()?;
        if label.id == SCHEMA_TITLE_LABEL
            && let Some(text) = self.schema_title(&label.text)
        {
            return Some(text);
        }
        Some(self.message(label)).filter(|text| !text.is_empty())
    }

    /// The translation of a schema title: the `trait-*` entry whose `.source` is `title`.
    fn schema_title(self, title: &str) -> Option<String> {
        SCHEMA_TITLES
            .iter()
            .find(|(lang, _)| *lang == self.lang)
            .and_then(|(_, titles)| titles.get(title).cloned())
    }
}

/// A message's `context` as Fluent arguments: strings and numbers as they are, lists of
/// plain values joined with ", ", anything else left out.
fn context_args(message: &Message) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    let Some(context) = message.context.as_ref().and_then(|c| c.as_object()) else {
        return args;
    };
    for (key, value) in context {
        let value: Option<FluentValue<'static>> = match value {
            serde_json::Value::String(text) => Some(text.clone().into()),
            serde_json::Value::Number(number) => number.as_f64().map(FluentValue::from),
            serde_json::Value::Bool(flag) => Some(flag.to_string().into()),
            serde_json::Value::Array(items) => Some(
                items
                    .iter()
                    .filter_map(|item| match item {
                        serde_json::Value::String(text) => Some(text.clone()),
                        serde_json::Value::Number(number) => Some(number.to_string()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            ),
            _ => None,
        };
        if let Some(value) = value {
            args.set(key.clone(), value);
        }
    }
    args
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn ids(lang: Lang) -> BTreeSet<String> {
        let (_, files) = SOURCES.iter().find(|(l, _)| *l == lang).unwrap();
        files.iter().flat_map(|file| message_ids(file)).collect()
    }

    #[test]
    fn every_catalogue_has_the_ids_of_every_other() {
        let english = ids(Lang::En);
        assert!(english.len() > 100, "{}", english.len());
        for lang in Lang::ALL {
            let other = ids(lang);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang:?} misses {missing:?} and has extra {extra:?}"
            );
        }
    }

    #[test]
    fn every_id_the_code_asks_for_exists() {
        let english = ids(Lang::En);
        let mut asked = BTreeSet::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for opener in [".t(\"", ".t_with(\"", "text_id: \"", "words_id: \""] {
                for (start, _) in source.match_indices(opener) {
                    let rest = &source[start + opener.len()..];
                    let id = &rest[..rest.find('"').unwrap()];
                    asked.insert(id.to_owned());
                }
            }
        }
        asked.remove("");
        let unknown: Vec<_> = asked.difference(&english).collect();
        assert!(asked.len() > 20, "{asked:?}");
        assert!(unknown.is_empty(), "no text for {unknown:?}");
    }

    #[test]
    fn accept_language_picks_the_best_match() {
        assert_eq!(Lang::negotiate("de-DE,de;q=0.9,en;q=0.8"), Lang::De);
        assert_eq!(Lang::negotiate("fr-CH, fr;q=0.9, de;q=0.7"), Lang::De);
        assert_eq!(Lang::negotiate("fr"), Lang::En);
        assert_eq!(Lang::negotiate(""), Lang::En);
        assert_eq!(Lang::negotiate("en-GB;q=0.5, de-AT"), Lang::De);
        assert_eq!(Lang::negotiate("de;q=0, en"), Lang::En);
        assert_eq!(Lang::negotiate("*"), Lang::En);
        assert_eq!(Lang::negotiate("en;Q=0.1, de"), Lang::De);
    }

    #[test]
    fn kratos_messages_are_translated_with_their_context_and_fall_back_to_kratos() {
        let message: Message = serde_json::from_value(serde_json::json!({
            "id": 4000003, "type": "error", "text": "length must be >= 10, but got 3",
            "context": {"min_length": 10, "actual_length": 3}
        }))
        .unwrap();
        let german = Tr::new(Lang::De).message(&message);
        assert!(german.contains("10") && german.contains('3'), "{german}");
        assert_ne!(german, message.text);
        let unknown: Message = serde_json::from_value(serde_json::json!({
            "id": 9999999, "type": "info", "text": "Something new from Kratos"
        }))
        .unwrap();
        assert_eq!(
            Tr::new(Lang::De).message(&unknown),
            "Something new from Kratos"
        );
        // A context without the value the text needs: Kratos's text, never a placeholder.
        let bare: Message = serde_json::from_value(serde_json::json!({
            "id": 4000003, "type": "error", "text": "length must be >= 10, but got 3"
        }))
        .unwrap();
        assert_eq!(Tr::new(Lang::De).message(&bare), bare.text);
        // Kratos's English free text (a reason) is not passed off as German.
        let generic: Message = serde_json::from_value(serde_json::json!({
            "id": 4000001, "type": "error", "text": "x is not valid \"email\"",
            "context": {"reason": "x is not valid \"email\""}
        }))
        .unwrap();
        assert!(!Tr::new(Lang::De).message(&generic).contains("not valid"));
    }
}
