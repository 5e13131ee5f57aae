//! Property tests: the parsers of everything a person or a link can hand the widget never panic,
//! and what the widget writes into a link reads back to the same state.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use pv_matrix::app::state::State;
use pv_matrix::app::url::QueryParams;
use pv_matrix::matrix::detect::{detect, OsRelease};
use pv_matrix::matrix::json::{self, Json};
use pv_matrix::matrix::kconfig::KernelConfig;
use pv_matrix::matrix::{builtin, KernelVersion};

/// Text that looks like what people paste: digits, dots, dashes, letters, `=`, quotes, newlines,
/// and now and then anything at all.
fn pasted() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9.]{0,12}[-_+~.a-zA-Z0-9]{0,24}",
        "(ID|VERSION_ID|NAME|CONFIG_XEN|# CONFIG_X)[= ][\"a-z0-9._ -]{0,12}(\n[A-Z_=\"a-z0-9. ]{0,20}){0,4}",
        "Linux [a-z]{1,8} [0-9.]{1,8}-[0-9]{1,3}-[a-z]{1,8} .{0,20}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn kernel_versions_parse_without_panicking_and_print_back(text in pasted()) {
        if let Ok(version) = text.parse::<KernelVersion>() {
            let printed = version.to_string();
            prop_assert_eq!(printed.parse::<KernelVersion>(), Ok(version));
        }
    }

    #[test]
    fn recognition_never_panics(text in pasted()) {
        let matrix = builtin().unwrap();
        match detect(matrix, &text) {
            Ok(detection) => prop_assert!(detection.kernel.is_some() || !detection.evidence.is_empty()),
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
        let _ = OsRelease::parse(&text);
        let _ = KernelConfig::parse(&text);
    }

    #[test]
    fn any_query_string_loads_and_its_link_is_stable(query in prop_oneof![
        "[?]?((releases|compare|need|kernel|hypervisors|status|x)=[a-z0-9.,%+-]{0,30}&?){0,5}",
        any::<String>(),
    ]) {
        let matrix = pv_matrix::app::custom::SharedMatrix::new(builtin().unwrap().clone());
        let state = State::from_query(matrix.clone(), &QueryParams::parse(&query));
        // What the widget writes reads back to the same state, and writing it again changes nothing.
        let link = state.to_params().to_query();
        let again = State::from_query(matrix, &QueryParams::parse(&link));
        prop_assert!(again.to_params() == state.to_params(), "{} -> {}", query, link);
        prop_assert_eq!(again.to_params().to_query(), link);
    }

    #[test]
    fn query_parameters_round_trip(
        releases in proptest::option::of(proptest::collection::vec("[^,]{1,12}", 0..4)),
        kernel in proptest::option::of(any::<String>()),
        hypervisors in proptest::collection::vec("[a-z]{1,8}", 0..3),
    ) {
        let trimmed = |ids: Vec<String>| -> Vec<String> {
            ids.into_iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()
        };
        let params = QueryParams {
            releases: releases.map(trimmed),
            kernel: kernel.map(|k| k.chars().take(4096).collect()),
            hypervisors,
            ..QueryParams::default()
        };
        prop_assert_eq!(QueryParams::parse(&params.to_query()), params);
    }
}

/// Any JSON value, as serde_json models it (numbers left out: the reader keeps them as text).
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The project's reader, checked against serde_json's model of the same text.
fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Json::Object(a), Value::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_json_reader_agrees_with_serde_json(value in json_value(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        let ours = json::parse(&text);
        prop_assert!(ours.as_ref().is_ok_and(|ours| same(ours, &value)), "{text} -> {ours:?}");
    }

    #[test]
    fn the_json_reader_accepts_what_serde_json_accepts(text in prop_oneof![
        "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,24}",
        any::<String>(),
    ]) {
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        let ours = json::parse(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs);
    }

    #[test]
    fn the_json_writer_writes_strings_serde_json_reads(text in any::<String>()) {
        let mut out = String::new();
        json::write_string(&mut out, &text);
        prop_assert_eq!(serde_json::from_str::<String>(&out).unwrap(), text);
    }
}
