//! "Where is this drawn?" In dev mode every fragment a view draws names its function, file and
//! line in a `data-drawn-by` attribute, and the gallery lists them under each state (and, on
//! request, labels each fragment on the page): a designer goes from what they see to the line
//! to edit in one step (assets/STYLING.md, "Changing the markup").
//!
//! A process-wide switch, turned on by the binary alone (`main.rs`, in dev mode): dev mode
//! is a property of the whole process, and a switch that the library's `Application` never
//! turns keeps the many test servers of one test process drawing exactly the production markup.

use std::sync::atomic::{AtomicBool, Ordering};

static SHOWN: AtomicBool = AtomicBool::new(false);

/// Turns the markers on for the rest of the process.
pub fn show() {
    SHOWN.store(true, Ordering::Relaxed);
}

/// The marker's value when markers are on; see [`drawn_by!`](crate::drawn_by).
pub fn marker(place: &'static str) -> Option<&'static str> {
    SHOWN.load(Ordering::Relaxed).then_some(place)
}

/// The places named by the markers in `html`, each once, in the order they first appear.
pub fn places_in(html: &str) -> Vec<&str> {
    const ATTRIBUTE: &str = "data-drawn-by=\"";
    let mut places: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(ATTRIBUTE) {
        rest = &rest[start + ATTRIBUTE.len()..];
        let Some(end) = rest.find('"') else { break };
        if !places.contains(&&rest[..end]) {
            places.push(&rest[..end]);
        }
        rest = &rest[end..];
    }
    places
}

/// `drawn_by!("view_function")`: for a fragment's outer element, `data-drawn-by=[drawn_by!("…")]`
/// — the function's name, then the file and line of the element (`settings::section
/// src/views/settings.rs:190`), in dev mode only (nothing otherwise: maud leaves out an
/// attribute whose value is `None`).
#[macro_export]
macro_rules! drawn_by {
    ($function:literal) => {
        $crate::views::origin::marker($crate::drawn_at!($function))
    };
}

/// The marker's text: the function's name, the file and the line where this is written.
#[doc(hidden)]
#[macro_export]
macro_rules! drawn_at {
    ($function:literal) => {
        concat!($function, " ", file!(), ":", line!())
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_places_of_a_page_are_listed_once_each_in_order() {
        let html = r#"<main data-drawn-by="a src/views/a.rs:1"><form data-drawn-by="b src/views/b.rs:2"><p data-drawn-by="a src/views/a.rs:1"></p></form></main>"#;
        assert_eq!(
            places_in(html),
            ["a src/views/a.rs:1", "b src/views/b.rs:2"]
        );
        assert!(places_in("<p>no markers</p>").is_empty());
    }

    /// (The switch itself is left off here: it is the whole process's, and the other unit
    /// tests of this binary compare markup.)
    #[test]
    fn a_marker_names_the_function_the_file_and_the_line_and_is_off_by_default() {
        let line = line!() + 1;
        let place = crate::drawn_at!("f");
        assert_eq!(place, format!("f src/views/origin.rs:{line}"));
        assert_eq!(crate::drawn_by!("f"), None);
    }
}
