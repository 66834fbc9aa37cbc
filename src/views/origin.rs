//! "Where is this drawn?" In the designers' gallery (dev mode) every fragment a view draws
//! names its function, file and line in a `data-drawn-by` attribute; the gallery lists them
//! under each state and, on request, labels each fragment on the page: a designer goes from
//! what they see to the line to edit in one step (assets/STYLING.md, "Changing the markup").
//!
//! Only the gallery's own drawing is marked ([`marked`]): live pages, even in dev mode, are
//! exactly what production serves, so every other test sees production markup. The switch is
//! per thread and holds only while the gallery draws, which maud does in one synchronous call.

use std::cell::Cell;

thread_local! {
    static MARKING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `draw` with markers on (on this thread, for this call only).
pub fn marked<T>(draw: impl FnOnce() -> T) -> T {
    struct Off(bool);
    impl Drop for Off {
        fn drop(&mut self) {
            MARKING.with(|marking| marking.set(self.0));
        }
    }
    let _restore = Off(MARKING.with(|marking| marking.replace(true)));
    draw()
}

/// The marker's value while the gallery draws; see [`drawn_by!`](crate::drawn_by).
pub fn marker(place: &'static str) -> Option<&'static str> {
    MARKING.with(Cell::get).then_some(place)
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
/// src/views/settings.rs:194`), in the gallery only (nothing otherwise: maud leaves out an
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

    #[test]
    fn a_marker_names_the_function_the_file_and_the_line_only_while_marked() {
        assert_eq!(crate::drawn_by!("f"), None);
        let line = line!() + 1;
        let inside = marked(|| crate::drawn_by!("f"));
        assert_eq!(
            inside,
            Some(format!("f src/views/origin.rs:{line}").as_str())
        );
        // Off again after the call, even one that panicked.
        assert_eq!(crate::drawn_by!("f"), None);
        let _ = std::panic::catch_unwind(|| marked(|| panic!("a view panicked")));
        assert_eq!(crate::drawn_by!("f"), None);
    }
}
