//! The model parses newer Kratos payloads (v26 snapshots from Kratos's own tests) and the node
//! renderer draws every node without failing. No Kratos process is needed here; the live
//! v1.3.1 payloads are exercised by the integration tests.

use std::path::PathBuf;

use kratos_htmx_ui::i18n::{Lang, Tr};
use kratos_htmx_ui::kratos::model::{Attributes, Node};
use kratos_htmx_ui::views::nodes;
use serde_json::Value;

fn fixtures() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kratos-v26");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 40,
        "expected the v26 snapshots in {}",
        dir.display()
    );
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, serde_json::from_str(&text).unwrap())
        })
        .collect()
}

/// Every JSON object that looks like a UI node (it has `attributes` with a `node_type`).
fn node_values(value: &Value, found: &mut Vec<Value>) {
    match value {
        Value::Object(map) => {
            if map
                .get("attributes")
                .and_then(|a| a.get("node_type"))
                .is_some()
            {
                found.push(value.clone());
            } else {
                map.values().for_each(|v| node_values(v, found));
            }
        }
        Value::Array(items) => items.iter().for_each(|v| node_values(v, found)),
        _ => {}
    }
}

#[test]
fn every_node_of_every_v26_snapshot_parses_and_renders() {
    let mut total = 0;
    let mut kinds = std::collections::BTreeMap::<&'static str, usize>::new();
    for (name, value) in fixtures() {
        let mut found = Vec::new();
        node_values(&value, &mut found);
        for raw in found {
            let node: Node = serde_json::from_value(raw.clone())
                .unwrap_or_else(|e| panic!("{name}: {e}\n{raw:#}"));
            let kind = match &node.attributes {
                Attributes::Input(_) => "input",
                Attributes::Image(_) => "img",
                Attributes::Anchor(_) => "a",
                Attributes::Text(_) => "text",
                Attributes::Script(_) => "script",
                Attributes::Division(_) => "div",
                Attributes::Unknown => "unknown",
            };
            *kinds.entry(kind).or_default() += 1;
            let html = nodes::render(Tr::new(Lang::EN), "fixture", &[&node]).into_string();
            if let Attributes::Input(input) = &node.attributes {
                assert!(
                    html.contains(&format!("name=\"{}\"", input.name)),
                    "{name}: {html}"
                );
            }
            for message in &node.messages {
                assert!(
                    html.contains(&format!("ui/message/{}", message.id)),
                    "{name}: {html}"
                );
            }
            total += 1;
        }
    }
    assert!(total > 200, "only {total} nodes found");
    for kind in ["input", "img", "text", "script"] {
        assert!(
            kinds.get(kind).copied().unwrap_or(0) > 0,
            "no {kind} node in {kinds:?}"
        );
    }
    assert_eq!(
        kinds.get("unknown"),
        None,
        "a known node type fell through: {kinds:?}"
    );
}

#[test]
fn whole_node_lists_parse_as_lists() {
    for (name, value) in fixtures() {
        if value
            .as_array()
            .is_some_and(|items| items.iter().all(|i| i.get("attributes").is_some()))
        {
            let nodes: Vec<Node> =
                serde_json::from_value(value).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!nodes.is_empty() || name.contains("empty"), "{name}");
        }
    }
}

#[test]
fn unknown_node_types_and_groups_are_tolerated() {
    let node: Node = serde_json::from_str(
        r#"{"type":"hologram","group":"brand_new_group","attributes":{"node_type":"hologram","id":"x","shiny":true},"messages":null,"meta":{}}"#,
    )
    .unwrap();
    assert!(matches!(node.attributes, Attributes::Unknown));
    assert_eq!(node.group, "brand_new_group");
    assert_eq!(
        nodes::render(Tr::new(Lang::DE), "x", &[&node]).into_string(),
        ""
    );
}
