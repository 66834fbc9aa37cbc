//! Profile: saving traits, validation messages, and the PUT semantics of Kratos's profile.

use serde_json::json;

use crate::browser::{BOTH_PATHS, Browser, Path};
use crate::harness::{Profile, Stack, stack};

const SAVED: u64 = 1_050_001;
const TOO_SHORT: u64 = 4_000_003;

#[tokio::test]
async fn changing_the_name_saves_it_and_leaves_other_traits_alone() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let (user, browser, settings) = Browser::signed_in(
            stack,
            json!({"name": "Ada Lovelace", "phone": "+4930123456"}),
        )
        .await;
        let form = settings
            .settings_form("profile")
            .set("traits.name", "Ada King");
        let saved = browser.submit(path, &form, ("method", "profile")).await;

        assert_eq!(saved.page.status, 200, "{path:?}");
        assert!(
            saved.page.has_message(SAVED),
            "{path:?}: {:?}",
            saved.page.message_ids()
        );
        assert_eq!(
            saved.swapped,
            path == Path::Htmx,
            "{path:?} navigations {:?}",
            saved.navigations
        );
        let form = saved.page.settings_form("profile");
        assert_eq!(form.value("traits.name"), Some("Ada King"), "{path:?}");
        assert_eq!(
            form.value("traits.email"),
            Some(user.email.as_str()),
            "{path:?}"
        );
        assert_eq!(form.value("traits.phone"), Some("+4930123456"), "{path:?}");
        let traits = &stack.identity(&user.id)["traits"];
        assert_eq!(traits["name"], "Ada King", "{path:?}");
        assert_eq!(traits["phone"], "+4930123456", "{path:?}");
        assert_eq!(traits["email"], user.email.as_str(), "{path:?}");
    }
}

#[tokio::test]
async fn number_and_boolean_traits_round_trip_and_can_be_cleared() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let (user, browser, settings) = Browser::signed_in(stack, json!({"name": "Grace"})).await;
        let form = settings
            .settings_form("profile")
            .set("traits.age", "42")
            .check("traits.newsletter", true);
        let saved = browser.submit(path, &form, ("method", "profile")).await;
        assert!(
            saved.page.has_message(SAVED),
            "{path:?}: {}",
            saved.page.body
        );
        let traits = &stack.identity(&user.id)["traits"];
        assert_eq!(traits["age"], 42, "{path:?}");
        assert_eq!(traits["newsletter"], true, "{path:?}");
        let form = saved.page.settings_form("profile");
        assert_eq!(form.value("traits.age"), Some("42"), "{path:?}");
        assert!(
            form.fields
                .contains(&("traits.newsletter".into(), "true".into())),
            "{path:?} ticked"
        );

        // Clear the number and untick the box: both stay that way after saving again.
        let settings = browser.settings(stack).await;
        let form = settings
            .settings_form("profile")
            .set("traits.age", "")
            .check("traits.newsletter", false);
        let saved = browser.submit(path, &form, ("method", "profile")).await;
        assert!(
            saved.page.has_message(SAVED),
            "{path:?}: {}",
            saved.page.body
        );
        let traits = &stack.identity(&user.id)["traits"];
        assert!(traits.get("age").is_none(), "{path:?}: {traits}");
        assert_eq!(traits["newsletter"], false, "{path:?}");
        assert_eq!(traits["name"], "Grace", "{path:?}");
        let reloaded = browser.settings(stack).await.settings_form("profile");
        assert_eq!(reloaded.value("traits.age"), Some(""), "{path:?}");
        assert!(
            !reloaded
                .fields
                .contains(&("traits.newsletter".into(), "true".into())),
            "{path:?}"
        );
    }
}

#[tokio::test]
async fn a_too_short_website_is_explained_under_its_field_and_the_typed_value_is_kept() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    for path in BOTH_PATHS {
        let (user, browser, settings) = Browser::signed_in(stack, json!({"name": "Linus"})).await;
        let form = settings
            .settings_form("profile")
            .set("traits.website", "http://x")
            .set("traits.name", "Linus T");
        let answer = browser.submit(path, &form, ("method", "profile")).await;
        let page = &answer.page;

        assert_eq!(page.status, 200, "{path:?}");
        let field = "[data-testid='profile-settings-card'] input[name='traits.website']";
        assert_eq!(
            page.attr(field, "aria-invalid").as_deref(),
            Some("true"),
            "{path:?}"
        );
        let described = page
            .attr(field, "aria-describedby")
            .expect("aria-describedby");
        let under_field = page
            .text(&format!(
                "#{described} [data-testid='ui/message/{TOO_SHORT}']"
            ))
            .unwrap_or_else(|| {
                panic!(
                    "{path:?}: no 4000003 under the website field:\n{}",
                    page.body
                )
            });
        assert!(under_field.contains("10"), "{path:?}: {under_field}");
        assert_eq!(
            page.attr(field, "value").as_deref(),
            Some("http://x"),
            "{path:?}"
        );
        assert_eq!(
            page.attr("[data-testid='error-summary']", "autofocus")
                .as_deref(),
            Some(""),
            "{path:?} focus target: the error summary"
        );
        assert_eq!(
            page.attr("[data-testid='error-summary'] a", "href"),
            page.attr(field, "id").map(|id| format!("#{id}")),
            "{path:?}: the summary links to the field"
        );
        assert!(
            !page.has_message(SAVED),
            "{path:?}: no success beside an error"
        );
        assert!(
            page.text("[data-testid='error-summary']")
                .unwrap()
                .contains("Website"),
            "{path:?}"
        );
        // Nothing was saved: Kratos replaces traits only when all of them are valid.
        assert_eq!(
            stack.identity(&user.id)["traits"]["name"],
            "Linus",
            "{path:?}"
        );
    }
}

#[tokio::test]
async fn every_field_has_its_schema_title_as_label() {
    let lease = stack(Profile::Default).await;
    let stack: &Stack = &lease;
    let (_, _, page) = Browser::signed_in(stack, json!({})).await;
    for (name, title) in [
        ("traits.email", "Email address"),
        ("traits.name", "Full name"),
        ("traits.phone", "Phone number"),
        ("traits.website", "Website"),
        ("traits.age", "Age"),
        ("traits.newsletter", "Send me the newsletter"),
    ] {
        let id = page
            .attr(
                &format!("[data-testid='profile-settings-card'] input[name='{name}'][id]"),
                "id",
            )
            .unwrap_or_else(|| panic!("no input {name}"));
        assert_eq!(
            page.text(&format!("label[for='{id}']")).as_deref(),
            Some(title),
            "{name}"
        );
    }
    assert_eq!(
        page.attr("button[name=method][value=profile]", "type")
            .as_deref(),
        Some("submit")
    );
}
