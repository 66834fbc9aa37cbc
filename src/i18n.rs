//! Every word the UI shows, in the visitor's language, from one Fluent catalogue per language.
//!
//! Why Fluent: translators get a documented format with placeholders and plural rules, and
//! Kratos's messages fit it directly: `kratos-<id>` is a Kratos message id, its variables are
//! the message's `context` keys. Our own texts use readable ids (`settings-title`). The
//! catalogues live in `locales/<language>/{ui,kratos}.ftl` and are compiled into the binary.
//!
//! The languages are the rows of [`LANGUAGES`]; adding one is a folder and a row
//! (`locales/README.md`). The language is, in order: the one the visitor picked with the
//! switcher (kept in the UI's session cookie), the nearest match of `Accept-Language`,
//! English. A Kratos message whose id the catalogue does not know keeps Kratos's own (English)
//! text, so a newer Kratos never shows a blank; a missing id of our own shows the id, which the
//! tests catch.
//!
//! Right-to-left languages get Fluent's isolation marks around each placeable, turned into
//! `<bdi>` by the `rich` texts the views put on the page, so an address or a number inside an
//! Arabic sentence keeps its own direction; texts for attributes and titles drop the marks.
//! Numbers go through one formatter (the language's digits and grouping), dates through the
//! catalogue's `date` entry.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{LazyLock, OnceLock};

use actix_session::SessionExt;
use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_LANGUAGE;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use maud::{Markup, PreEscaped, html};
use unic_langid::LanguageIdentifier;

use crate::kratos::model::{Message, Node};

/// One language the UI speaks: its catalogue and how it writes.
#[derive(Debug)]
pub struct Language {
    /// The BCP 47 tag: `<html lang>`, the switcher, the session, and the folder in `locales/`.
    pub code: &'static str,
    /// The language's name in itself, as the switcher offers it.
    pub own_name: &'static str,
    pub direction: Direction,
    /// How numbers are written (CLDR's default numbering system and grouping for the language).
    pub numbers: Numbers,
    /// What stands between two sentences (or a sentence and a link after it): a space, or
    /// nothing in scripts whose full stop carries its own space (Japanese, Chinese).
    pub sentence_gap: &'static str,
    /// `ui.ftl` (our words), then `kratos.ftl` (Kratos's messages).
    files: [&'static str; 2],
}

/// Which way a language's script runs; `<html dir>` says it, and the stylesheet mirrors the
/// layout by it (logical properties only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Digits and thousands grouping of a language (CLDR: `defaultNumberingSystem`, the group
/// symbol and `minimumGroupingDigits`). Counts the UI shows are small, but a language whose
/// digits are not 0–9 must not show Latin ones. (CLDR's `ar` writes Latin digits; a row for
/// Egypt's or Saudi Arabia's Arabic would have `'٠'` and `"٬"`.)
#[derive(Clone, Copy, Debug)]
pub struct Numbers {
    /// The script's digit zero; the other nine follow it in Unicode.
    pub zero: char,
    pub group: &'static str,
    /// The smallest number written with a group separator (10 000 where CLDR's minimum
    /// grouping is two digits).
    pub group_from: u64,
}

/// A row of [`LANGUAGES`]: the catalogue files are read from `locales/<code>/`.
macro_rules! language {
    ($code:literal, $own_name:literal, $direction:ident, $zero:literal, $group:literal, $group_from:literal, $gap:literal) => {
        Language {
            code: $code,
            own_name: $own_name,
            direction: Direction::$direction,
            numbers: Numbers {
                zero: $zero,
                group: $group,
                group_from: $group_from,
            },
            sentence_gap: $gap,
            files: [
                include_str!(concat!("../locales/", $code, "/ui.ftl")),
                include_str!(concat!("../locales/", $code, "/kratos.ftl")),
            ],
        }
    };
}

/// Every language with a complete catalogue, in the switcher's order: one row each.
#[rustfmt::skip]
pub static LANGUAGES: &[Language] = &[
    //        tag      its own name             script  zero  group        grouped from  between sentences
    language!("en",    "English",               Ltr,    '0',  ",",         1000,         " "),
    language!("de",    "Deutsch",               Ltr,    '0',  ".",         1000,         " "),
    language!("es",    "Español",               Ltr,    '0',  ".",         10000,        " "),
    language!("fr",    "Français",              Ltr,    '0',  "\u{202f}",  1000,         " "),
    language!("it",    "Italiano",              Ltr,    '0',  ".",         10000,        " "),
    language!("nl",    "Nederlands",            Ltr,    '0',  ".",         1000,         " "),
    language!("pl",    "Polski",                Ltr,    '0',  "\u{a0}",    10000,        " "),
    language!("pt-BR", "Português (Brasil)",    Ltr,    '0',  ".",         1000,         " "),
    language!("sv",    "Svenska",               Ltr,    '0',  "\u{a0}",    1000,         " "),
    language!("ar",    "العربية",               Rtl,    '0',  ",",         1000,         " "),
    language!("ja",    "日本語",                Ltr,    '0',  ",",         1000,         ""),
    language!("zh-CN", "简体中文",              Ltr,    '0',  ",",         1000,         ""),
];

/// A language of [`LANGUAGES`], by its place there. Cheap to copy; compared by identity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Lang {
    /// The language of last resort: every message exists in it first.
    pub const EN: Lang = Lang(0);
    /// German, which the oldest tests speak.
    pub const DE: Lang = Lang(1);

    /// Every language, in the switcher's order.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).map(Lang)
    }

    pub fn language(self) -> &'static Language {
        &LANGUAGES[self.0]
    }

    pub fn code(self) -> &'static str {
        self.language().code
    }

    pub fn own_name(self) -> &'static str {
        self.language().own_name
    }

    /// What stands between two sentences in this language.
    pub fn sentence_gap(self) -> &'static str {
        self.language().sentence_gap
    }

    /// `ltr` or `rtl`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self.language().direction {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// The language of a tag as we write it (any case).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::all().find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The best match for an `Accept-Language` header, English when nothing matches. A tag
    /// matches a language of ours with the same language and script (`pt` and `pt-PT` find
    /// Brazilian Portuguese, `zh`, `zh-Hans` and `zh-SG` Simplified Chinese, but `zh-TW`, a
    /// reader of Traditional Chinese, does not).
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
        let requested: Vec<LanguageIdentifier> = weighted
            .into_iter()
            .map(|(_, tag)| tag)
            .filter(|tag| !is_traditional_chinese(tag))
            .collect();
        let available = &*IDENTIFIERS;
        fluent_langneg::negotiate_languages(
            &requested,
            available,
            Some(&available[Lang::EN.0]),
            fluent_langneg::NegotiationStrategy::Lookup,
        )
        .first()
        .and_then(|chosen| available.iter().position(|ours| ours == *chosen))
        .map_or(Lang::EN, Lang)
    }

    fn identifier(self) -> &'static LanguageIdentifier {
        &IDENTIFIERS[self.0]
    }

    /// The language subtag alone (`pt` of `pt-BR`); unique among ours.
    fn bare_language(self) -> LanguageIdentifier {
        LanguageIdentifier::from_parts(self.identifier().language, None, None, &[])
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

/// The tags of [`LANGUAGES`], parsed once, in the same order.
static IDENTIFIERS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|language| {
            language
                .code
                .parse()
                .expect("every tag in LANGUAGES is valid")
        })
        .collect()
});

/// A tag for Chinese in Traditional characters (`zh-Hant`, or Taiwan, Hong Kong, Macao without
/// a script), which our Simplified Chinese must not answer: its readers would rather have their
/// next choice.
fn is_traditional_chinese(tag: &LanguageIdentifier) -> bool {
    tag.language.as_str() == "zh"
        && match tag.script {
            Some(script) => script.as_str() == "Hant",
            None => tag
                .region
                .is_some_and(|region| ["TW", "HK", "MO"].contains(&region.as_str())),
        }
}

/// The session key holding the language the visitor picked.
pub const SESSION_KEY: &str = "lang";

type Bundle = FluentBundle<FluentResource>;

/// A language's catalogue: its Fluent bundle and its schema titles.
struct Catalogue {
    bundle: Bundle,
    /// Schema title (an entry's `.source`) → its translation (the entry's value), from every
    /// `trait-*` entry.
    schema_titles: HashMap<String, String>,
}

/// One catalogue per language, in the order of [`LANGUAGES`], each parsed the first time a
/// page in its language is drawn: a server whose visitors read two languages holds two
/// (about 340 KiB each, measured), not twelve.
static CATALOGUES: LazyLock<Vec<OnceLock<Catalogue>>> =
    LazyLock::new(|| Lang::all().map(|_| OnceLock::new()).collect());

fn catalogue(lang: Lang) -> &'static Catalogue {
    CATALOGUES[lang.0].get_or_init(|| load(lang))
}

/// Parses a language's files once into its bundle, and reads its schema titles from it.
fn load(lang: Lang) -> Catalogue {
    // The bare language for Fluent's plural rules: CLDR keys them by language (`pt` has
    // Brazil's rules), and a tag with a region it does not list would select no form at all.
    let mut bundle = FluentBundle::new_concurrent(vec![lang.bare_language()]);
    // In right-to-left text, every placeable (an address, a number, a name) is set apart with
    // Unicode isolation marks, which `Tr::rich` turns into `<bdi>` and the plain texts drop
    // (marks would end up in copied codes and addresses). Left-to-right languages need none.
    bundle.set_use_isolating(lang.language().direction == Direction::Rtl);
    bundle.set_formatter(Some(format_number));
    let mut trait_ids = Vec::new();
    for file in lang.language().files {
        let resource = FluentResource::try_new(file.to_owned()).unwrap_or_else(|(_, errors)| {
            panic!("catalogue of {} fails to parse: {errors:?}", lang.code())
        });
        trait_ids.extend(resource.entries().filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message)
                if message.id.name.starts_with("trait-") =>
            {
                Some(message.id.name.to_owned())
            }
            _ => None,
        }));
        bundle.add_resource(resource).unwrap_or_else(|errors| {
            panic!("catalogue of {} repeats ids: {errors:?}", lang.code())
        });
    }
    let schema_titles = schema_titles(&bundle, &trait_ids);
    Catalogue {
        bundle,
        schema_titles,
    }
}

/// Fluent's hook for numbers: whole numbers in the language's digits and grouping; anything
/// else (a fraction, a string) as Fluent writes it.
fn format_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && (0.0..1e15).contains(&number.value);
    if !whole {
        return None;
    }
    memoizer
        .with_try_get::<Numbers, _, _>((), |numbers| numbers.grouped(number.value as u64))
        .ok()
}

/// The language's number style, as Fluent's memoizer hands it to [`format_number`].
impl intl_memoizer::Memoizable for Numbers {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Lang::all()
            .find(|ours| ours.bare_language() == lang)
            .map(|ours| ours.language().numbers)
            .ok_or(())
    }
}

impl Numbers {
    /// A whole number in the language's digits, without grouping (a day, a year).
    pub fn digits(&self, number: u64) -> String {
        number
            .to_string()
            .chars()
            .map(|digit| {
                let offset = digit.to_digit(10).unwrap_or(0);
                char::from_u32(self.zero as u32 + offset).unwrap_or(digit)
            })
            .collect()
    }

    /// A whole number in the language's digits, grouped by thousands from `group_from` on.
    pub fn grouped(&self, number: u64) -> String {
        let digits: Vec<char> = self.digits(number).chars().collect();
        if number < self.group_from {
            return digits.into_iter().collect();
        }
        let mut out = String::new();
        for (index, digit) in digits.iter().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                out.push_str(self.group);
            }
            out.push(*digit);
        }
        out
    }
}

/// Kratos's label id whose text is a title from the identity schema.
const SCHEMA_TITLE_LABEL: u64 = 1_070_002;

/// A language's schema titles: each `trait-*` entry's `.source` → the entry's value.
fn schema_titles(bundle: &Bundle, trait_ids: &[String]) -> HashMap<String, String> {
    trait_ids
        .iter()
        .filter_map(|id| {
            let message = bundle.get_message(id)?;
            let mut errors = Vec::new();
            let source = message.get_attribute("source")?;
            let source = bundle.format_pattern(source.value(), None, &mut errors);
            let value = bundle.format_pattern(message.value()?, None, &mut errors);
            Some((source.into_owned(), value.into_owned()))
        })
        .collect()
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
        &catalogue(self.lang).bundle
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

    /// One of our own texts with placeholders, as plain text (for attributes, titles and
    /// texts inside other texts).
    pub fn t_with(self, id: &str, args: &[(&str, FluentValue)]) -> String {
        without_isolation(self.isolated(id, args))
    }

    /// One of our own texts with placeholders, for the page: in right-to-left text each
    /// placeable is its own `<bdi>`, so an address or a number keeps its direction.
    pub fn rich(self, id: &str, args: &[(&str, FluentValue)]) -> Markup {
        bidi_isolated(&self.isolated(id, args))
    }

    fn isolated(self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                FluentValue::String(text) => FluentValue::from(without_bidi_controls(text)),
                other => other.clone(),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args)).unwrap_or_else(|| {
            log::warn!("catalogue {}: no text for {id}", self.lang.code());
            if let Ok(mut missing) = MISSING.lock() {
                missing.insert(format!("{}: {id}", self.lang.code()));
            }
            id.to_owned()
        })
    }

    /// A Kratos message in this language, filled from its `context`, as plain text; see
    /// [`Tr::message_rich`].
    pub fn message(self, message: &Message) -> String {
        self.message_isolated(message)
            .map_or_else(|| message.text.clone(), without_isolation)
    }

    /// A Kratos message for the page, placeables in `<bdi>` in right-to-left text. Kratos's
    /// own text when the catalogue does not know the id, or when the context lacks a value
    /// the text needs (a newer Kratos, an object value): never a placeholder on screen; on
    /// another language's page that English is marked as such (`lang`, and left to right).
    pub fn message_rich(self, message: &Message) -> Markup {
        match self.message_isolated(message) {
            Some(text) => bidi_isolated(&text),
            None if self.lang == Lang::EN => html! { (message.text) },
            None => html! { span lang="en" dir="ltr" { (message.text) } },
        }
    }

    /// The message's text with isolation marks, or `None` where only Kratos's own (English)
    /// text will do.
    fn message_isolated(self, message: &Message) -> Option<String> {
        let args = context_args(message);
        let bundle = self.bundle();
        let pattern = bundle
            .get_message(&format!("kratos-{}", message.id))
            .and_then(|entry| entry.value())?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            Some(text.into_owned())
        } else {
            log::debug!(
                "catalogue {}: kratos-{}: {errors:?}",
                self.lang.code(),
                message.id
            );
            None
        }
    }

    /// A calendar date (`YYYY-MM-DD`, the day Hydra recorded) as the language writes it:
    /// "7 December 2026", "7. Dezember 2026", "2026年12月7日"; `None` for anything else.
    pub fn date(self, iso: &str) -> Option<String> {
        let mut parts = iso.splitn(3, '-').map(|part| part.parse::<u64>().ok());
        let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let numbers = self.lang.language().numbers;
        Some(self.t_with(
            "date",
            &[
                // A number, so that a catalogue can select on it (French writes "1er").
                ("day", day.into()),
                ("month", self.t(&format!("month-{month}")).into()),
                ("year", numbers.digits(year).into()),
            ],
        ))
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
        self.schema_title(label)
            .or_else(|| Some(self.message(label)).filter(|text| !text.is_empty()))
    }

    /// A node's label for the page: as [`Tr::label`], with Kratos's values set apart as in
    /// [`Tr::message_rich`].
    pub fn label_rich(self, node: &Node) -> Option<Markup> {
        let label = node.label()?;
        match self.schema_title(label) {
            Some(text) => Some(html! { (text) }),
            None => Some(self.message_rich(label)).filter(|markup| !markup.0.is_empty()),
        }
    }

    /// The translation of a label that is a schema title: the `trait-*` entry whose `.source`
    /// is that title.
    fn schema_title(self, label: &Message) -> Option<String> {
        (label.id == SCHEMA_TITLE_LABEL)
            .then(|| catalogue(self.lang).schema_titles.get(&label.text).cloned())
            .flatten()
    }
}

/// Unicode's first-strong isolate and pop-directional isolate, which Fluent puts around each
/// placeable of a right-to-left catalogue.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// A value for a placeable without Unicode's directional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069): an app's name or an identifier could otherwise close the
/// isolation around it early, or turn the sentence around it backwards.
fn without_bidi_controls(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

fn without_isolation(text: String) -> String {
    if text.contains([FSI, PDI]) {
        text.replace([FSI, PDI], "")
    } else {
        text
    }
}

/// A text with isolation marks as markup: each isolated part a `<bdi>` (nested as the marks
/// are), every character escaped; a stray mark is dropped.
fn bidi_isolated(text: &str) -> Markup {
    let mut html = String::with_capacity(text.len() + 16);
    let mut open = 0usize;
    let mut rest = text;
    while let Some(at) = rest.find([FSI, PDI]) {
        let (before, mark) = rest.split_at(at);
        let _ = maud::Escaper::new(&mut html).write_str(before);
        if mark.starts_with(FSI) {
            html.push_str("<bdi>");
            open += 1;
        } else if open > 0 {
            html.push_str("</bdi>");
            open -= 1;
        }
        rest = &mark[FSI.len_utf8()..];
    }
    let _ = maud::Escaper::new(&mut html).write_str(rest);
    html.push_str(&"</bdi>".repeat(open));
    PreEscaped(html)
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
            serde_json::Value::String(text) => Some(without_bidi_controls(text).into()),
            serde_json::Value::Number(number) => number.as_f64().map(FluentValue::from),
            serde_json::Value::Bool(flag) => Some(flag.to_string().into()),
            serde_json::Value::Array(items) => Some(
                items
                    .iter()
                    .filter_map(|item| match item {
                        serde_json::Value::String(text) => Some(without_bidi_controls(text)),
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

    use fluent_syntax::ast;
    use intl_pluralrules::{PluralRuleType, PluralRules};

    /// What a translation must keep of a message: the variables it uses, the attributes of a
    /// schema title (`.source`), and for each variable it selects on, the variant keys.
    #[derive(Debug, Default, PartialEq)]
    struct Shape {
        variables: BTreeSet<String>,
        sources: Vec<String>,
        selects: Vec<(String, BTreeSet<String>)>,
    }

    /// Every message of one catalogue file by id.
    fn shapes(file: &str) -> std::collections::BTreeMap<String, Shape> {
        fn pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression } = element {
                    expression_(expression, shape);
                }
            }
        }
        fn expression_(expression: &ast::Expression<&str>, shape: &mut Shape) {
            match expression {
                ast::Expression::Select { selector, variants } => {
                    inline(selector, shape);
                    if let ast::InlineExpression::VariableReference { id } = selector {
                        let keys = variants
                            .iter()
                            .map(|variant| match &variant.key {
                                ast::VariantKey::Identifier { name } => name.to_string(),
                                ast::VariantKey::NumberLiteral { value } => value.to_string(),
                            })
                            .collect();
                        shape.selects.push((id.name.to_owned(), keys));
                    }
                    for variant in variants {
                        pattern(&variant.value, shape);
                    }
                }
                ast::Expression::Inline(expression) => inline(expression, shape),
            }
        }
        fn inline(expression: &ast::InlineExpression<&str>, shape: &mut Shape) {
            match expression {
                ast::InlineExpression::VariableReference { id } => {
                    shape.variables.insert(id.name.to_owned());
                }
                ast::InlineExpression::Placeable { expression } => expression_(expression, shape),
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    for argument in &arguments.positional {
                        inline(argument, shape);
                    }
                }
                _ => {}
            }
        }
        let resource = fluent_syntax::parser::parse(file)
            .unwrap_or_else(|(_, errors)| panic!("a catalogue does not parse: {errors:?}"));
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(message) => Some(message),
                _ => None,
            })
            .map(|message| {
                let mut shape = Shape::default();
                if let Some(value) = &message.value {
                    pattern(value, &mut shape);
                }
                shape.sources = message
                    .attributes
                    .iter()
                    .map(|attribute| format!("{:?}", attribute.value))
                    .collect();
                (message.id.name.to_owned(), shape)
            })
            .collect()
    }

    /// The plural categories a language's whole numbers from 0 to 1,000 fall into (French's
    /// "many" is for millions and not needed; Polish needs one, few, many, and "other" only
    /// for fractions; Arabic all six).
    fn categories_needed(lang: Lang) -> BTreeSet<String> {
        let rules = PluralRules::create(lang.bare_language(), PluralRuleType::CARDINAL)
            .expect("CLDR has plural rules for every language of ours");
        (0..=1000u32)
            .map(|n| format!("{:?}", rules.select(n).expect("a category")).to_lowercase())
            .collect()
    }

    /// The completeness check translators run (`cargo test complete`): every catalogue has
    /// exactly English's ids, each message the same variables (Kratos's English `reason` may
    /// be left out), a schema title's `.source` unchanged, and where a translation selects on
    /// a count, a form for every plural category of its language.
    #[test]
    fn every_catalogue_is_complete() {
        let mut problems = Vec::new();
        for (file, index) in [("ui.ftl", 0), ("kratos.ftl", 1)] {
            let english = shapes(Lang::EN.language().files[index]);
            assert!(english.len() > 100, "{file}: {}", english.len());
            for lang in Lang::all().skip(1) {
                let code = lang.code();
                let other = shapes(lang.language().files[index]);
                let needed = categories_needed(lang);
                for (id, shape) in &english {
                    let Some(theirs) = other.get(id) else {
                        problems.push(format!("{code}/{file}: no `{id}`"));
                        continue;
                    };
                    let mut without_reason = shape.variables.clone();
                    without_reason.remove("reason");
                    if theirs.variables != shape.variables && theirs.variables != without_reason {
                        problems.push(format!(
                            "{code}/{file}: `{id}` uses {:?}, English {:?}",
                            theirs.variables, shape.variables
                        ));
                    }
                    if id.starts_with("trait-") && theirs.sources != shape.sources {
                        problems.push(format!(
                            "{code}/{file}: `{id}` must keep English's `.source`"
                        ));
                    }
                    for (variable, _) in &shape.selects {
                        let forms: BTreeSet<String> = theirs
                            .selects
                            .iter()
                            .filter(|(selected, _)| selected == variable)
                            .flat_map(|(_, keys)| keys.iter().cloned())
                            .collect();
                        // No select at all is the translator's word that one form fits every
                        // count (German "Zeichen", Dutch "uur"); a select must have them all.
                        let missing: Vec<_> = needed.difference(&forms).collect();
                        if !forms.is_empty() && !missing.is_empty() {
                            problems.push(format!(
                                "{code}/{file}: `{id}` has no form for {missing:?} of ${variable}"
                            ));
                        }
                    }
                }
                for id in other.keys().filter(|id| !english.contains_key(*id)) {
                    problems.push(format!("{code}/{file}: `{id}` is not in English"));
                }
            }
        }
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    }

    #[test]
    fn the_completeness_check_names_what_is_wrong() {
        let english = shapes("a = { $n } x\nb = { $count ->\n [one] one\n *[other] many\n}\n");
        let broken = shapes("a = x\nb = { $count ->\n *[other] { $count }\n}\n");
        assert_eq!(english["a"].variables, BTreeSet::from(["n".to_owned()]));
        assert!(broken["a"].variables.is_empty());
        assert_eq!(
            broken["b"].selects[0].1,
            BTreeSet::from(["other".to_owned()])
        );
        let polish = Lang::from_code("pl").unwrap();
        let arabic = Lang::from_code("ar").unwrap();
        let french = Lang::from_code("fr").unwrap();
        let japanese = Lang::from_code("ja").unwrap();
        assert_eq!(
            categories_needed(polish).len(),
            3,
            "{:?}",
            categories_needed(polish)
        );
        assert_eq!(categories_needed(arabic).len(), 6);
        assert_eq!(
            categories_needed(french),
            BTreeSet::from(["one".to_owned(), "other".to_owned()])
        );
        assert_eq!(categories_needed(japanese).len(), 1);
    }

    #[test]
    fn every_id_the_code_asks_for_exists() {
        let english: BTreeSet<String> = Lang::EN
            .language()
            .files
            .iter()
            .flat_map(|file| shapes(file).into_keys())
            .collect();
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
            for opener in [
                ".t(\"",
                ".t_with(\"",
                ".rich(\"",
                "text_id: \"",
                "words_id: \"",
            ] {
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
        let lang = |code| Lang::from_code(code).unwrap();
        assert_eq!(Lang::negotiate("de-DE,de;q=0.9,en;q=0.8"), Lang::DE);
        assert_eq!(Lang::negotiate("fr-CH, fr;q=0.9, de;q=0.7"), lang("fr"));
        assert_eq!(Lang::negotiate("ko, de;q=0.7"), Lang::DE);
        assert_eq!(Lang::negotiate("ko"), Lang::EN);
        // A language we have only in one country's variant is found from any of its tags.
        for (asked, ours) in [
            ("pt", "pt-BR"),
            ("pt-PT", "pt-BR"),
            ("pt-br", "pt-BR"),
            ("zh", "zh-CN"),
            ("zh-CN", "zh-CN"),
            ("zh-Hans", "zh-CN"),
            ("zh-SG", "zh-CN"),
            ("ar-EG", "ar"),
            ("ja-JP", "ja"),
            ("sv-FI", "sv"),
            ("nl-BE", "nl"),
            ("es-419", "es"),
        ] {
            assert_eq!(Lang::negotiate(asked).code(), ours, "{asked}");
        }
        // Simplified Chinese is not offered to a reader of Traditional Chinese.
        assert_eq!(Lang::negotiate("zh-TW, en;q=0.5"), Lang::EN);
        assert_eq!(Lang::negotiate("zh-Hant"), Lang::EN);
        assert_eq!(Lang::negotiate(""), Lang::EN);
        assert_eq!(Lang::negotiate("en-GB;q=0.5, de-AT"), Lang::DE);
        assert_eq!(Lang::negotiate("de;q=0, en"), Lang::EN);
        assert_eq!(Lang::negotiate("*"), Lang::EN);
        assert_eq!(Lang::negotiate("en;Q=0.1, de"), Lang::DE);
    }

    #[test]
    fn kratos_messages_are_translated_with_their_context_and_fall_back_to_kratos() {
        let message: Message = serde_json::from_value(serde_json::json!({
            "id": 4000003, "type": "error", "text": "length must be >= 10, but got 3",
            "context": {"min_length": 10, "actual_length": 3}
        }))
        .unwrap();
        let german = Tr::new(Lang::DE).message(&message);
        assert!(german.contains("10") && german.contains('3'), "{german}");
        assert_ne!(german, message.text);
        let unknown: Message = serde_json::from_value(serde_json::json!({
            "id": 9999999, "type": "info", "text": "Something new from Kratos"
        }))
        .unwrap();
        assert_eq!(
            Tr::new(Lang::DE).message(&unknown),
            "Something new from Kratos"
        );
        // A context without the value the text needs: Kratos's text, never a placeholder.
        let bare: Message = serde_json::from_value(serde_json::json!({
            "id": 4000003, "type": "error", "text": "length must be >= 10, but got 3"
        }))
        .unwrap();
        assert_eq!(Tr::new(Lang::DE).message(&bare), bare.text);
        // Kratos's English free text (a reason) is not passed off as German.
        let generic: Message = serde_json::from_value(serde_json::json!({
            "id": 4000001, "type": "error", "text": "x is not valid \"email\"",
            "context": {"reason": "x is not valid \"email\""}
        }))
        .unwrap();
        assert!(!Tr::new(Lang::DE).message(&generic).contains("not valid"));
    }

    fn lang(code: &str) -> Lang {
        Lang::from_code(code).unwrap()
    }

    #[test]
    fn numbers_are_written_in_the_readers_digits_and_grouping() {
        let count =
            |code: &str, n: i64| Tr::new(lang(code)).t_with("minutes-ago", &[("count", n.into())]);
        assert_eq!(count("en", 5), "5 minutes ago");
        // Arabic: Latin digits, as CLDR's `ar` (Egypt's `ar-EG` would write ٥).
        assert!(count("ar", 5).contains('5'), "{}", count("ar", 5));
        assert_eq!(lang("en").language().numbers.grouped(1234567), "1,234,567");
        assert_eq!(lang("de").language().numbers.grouped(1234), "1.234");
        assert_eq!(lang("es").language().numbers.grouped(1234), "1234");
        assert_eq!(lang("es").language().numbers.grouped(12345), "12.345");
        assert_eq!(
            lang("fr").language().numbers.grouped(12345),
            "12\u{202f}345"
        );
        assert_eq!(lang("it").language().numbers.grouped(1234), "1234");
        assert_eq!(lang("ar").language().numbers.grouped(1234), "1,234");
        assert_eq!(lang("en").language().numbers.grouped(999), "999");
        // A row with another script's digits writes them.
        let arabic_indic = Numbers {
            zero: '٠',
            group: "٬",
            group_from: 1000,
        };
        assert_eq!(arabic_indic.grouped(1234), "١٬٢٣٤");
        assert_eq!(arabic_indic.digits(2026), "٢٠٢٦");
    }

    #[test]
    fn plural_forms_follow_each_languages_rules() {
        let count =
            |code: &str, id: &str, n: i64| Tr::new(lang(code)).t_with(id, &[("count", n.into())]);
        // Brazilian Portuguese (keyed by `pt` in CLDR): 0 and 1 are singular.
        assert_eq!(count("pt-BR", "minutes-ago", 1), "há 1 minuto");
        assert!(count("pt-BR", "minutes-ago", 2).contains("minutos"));
        // Polish: 2–4 and 22–24 "few", 5–21 "many".
        let (few, many) = (count("pl", "minutes-ago", 3), count("pl", "minutes-ago", 5));
        assert_ne!(
            few.replace('3', ""),
            many.replace('5', ""),
            "{few} / {many}"
        );
        assert_eq!(count("pl", "minutes-ago", 23).replace("23", "3"), few);
        // Arabic: two has its own form, eleven another than three.
        let (two, three, eleven) = (
            count("ar", "minutes-ago", 2),
            count("ar", "minutes-ago", 3),
            count("ar", "minutes-ago", 11),
        );
        assert!(
            two != three && three.replace('3', "") != eleven.replace("11", ""),
            "{two} / {three} / {eleven}"
        );
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let date = |code: &str, iso: &str| Tr::new(lang(code)).date(iso).unwrap();
        assert_eq!(date("en", "2026-12-07"), "7 December 2026");
        assert_eq!(date("de", "2026-12-07"), "7. Dezember 2026");
        assert_eq!(date("fr", "2026-01-01"), "1er janvier 2026");
        assert_eq!(date("fr", "2026-01-02"), "2 janvier 2026");
        assert_eq!(date("ja", "2026-12-07"), "2026年12月7日");
        assert_eq!(date("zh-CN", "2026-12-07"), "2026年12月7日");
        assert_eq!(date("ar", "2026-12-07"), "7 ديسمبر 2026");
        assert_eq!(Tr::new(Lang::EN).date("2026-13-01"), None);
        assert_eq!(Tr::new(Lang::EN).date("yesterday"), None);
    }

    #[test]
    fn right_to_left_texts_set_each_placeable_apart_and_plain_texts_carry_no_marks() {
        let arabic = Tr::new(lang("ar"));
        let address = "<b>a@example.com</b>";
        let rich = arabic
            .rich("verification-sent", &[("address", address.into())])
            .into_string();
        assert!(
            rich.contains("<bdi>&lt;b&gt;a@example.com&lt;/b&gt;</bdi>"),
            "{rich}"
        );
        let plain = arabic.t_with("verification-sent", &[("address", address.into())]);
        assert!(
            plain.contains(address) && !plain.contains([FSI, PDI]),
            "{plain}"
        );
        // Left-to-right languages: no marks, so the markup is the plain text, escaped.
        let english = Tr::new(Lang::EN).rich("verification-sent", &[("address", address.into())]);
        assert_eq!(
            english.into_string(),
            "We sent a verification code to &lt;b&gt;a@example.com&lt;/b&gt;."
        );
        // Nested isolates nest; a stray closing mark is dropped; an unclosed one is closed.
        assert_eq!(
            bidi_isolated("a\u{2068}b\u{2068}c\u{2069}\u{2069}\u{2069}d\u{2068}e").into_string(),
            "a<bdi>b<bdi>c</bdi></bdi>d<bdi>e</bdi>"
        );
    }

    #[test]
    fn kratoss_english_is_marked_as_english_on_another_languages_page() {
        let unknown: Message = serde_json::from_value(serde_json::json!({
            "id": 9999999, "type": "info", "text": "Something new from Kratos"
        }))
        .unwrap();
        assert_eq!(
            Tr::new(lang("ar")).message_rich(&unknown).into_string(),
            r#"<span lang="en" dir="ltr">Something new from Kratos</span>"#
        );
        assert_eq!(
            Tr::new(Lang::EN).message_rich(&unknown).into_string(),
            "Something new from Kratos"
        );
    }

    #[test]
    fn a_value_cannot_turn_the_text_around_it() {
        let spoof = "Notes\u{2069}\u{202e}evil\u{202c}";
        let arabic = Tr::new(lang("ar"));
        let rich = arabic
            .rich("consent-title", &[("app", spoof.into())])
            .into_string();
        assert!(rich.contains("<bdi>Notesevil</bdi>"), "{rich}");
        let english = Tr::new(Lang::EN).t_with("consent-title", &[("app", spoof.into())]);
        assert_eq!(english, "Allow Notesevil to use your account?");
        let message: Message = serde_json::from_value(serde_json::json!({
            "id": 1010002, "type": "info", "text": "Sign in with x",
            "context": {"provider": "\u{202e}elgooG"}
        }))
        .unwrap();
        assert_eq!(Tr::new(Lang::EN).message(&message), "Sign in with elgooG");
    }

    #[test]
    fn every_language_names_itself_and_its_direction() {
        let codes: Vec<_> = Lang::all().map(Lang::code).collect();
        assert_eq!(codes.len(), 12);
        assert_eq!(Lang::EN.code(), "en");
        assert_eq!(Lang::DE.code(), "de");
        assert_eq!(lang("ar").dir(), "rtl");
        assert!(
            Lang::all()
                .filter(|l| l.code() != "ar")
                .all(|l| l.dir() == "ltr")
        );
        assert_eq!(Lang::from_code("PT-br"), Some(lang("pt-BR")));
        for lang in Lang::all() {
            // Every catalogue's own texts render without a missing id.
            assert_ne!(Tr::new(lang).t("login-title"), "login-title");
        }
    }
}
