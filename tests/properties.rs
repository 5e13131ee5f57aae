//! Property tests: the parsers of everything a person or a link can hand the widget never panic,
//! and what the widget writes into a link reads back to the same state.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use pv_matrix::app::state::State;
use pv_matrix::app::url::QueryParams;
use pv_matrix::matrix::detect::{detect, OsRelease};
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
        let matrix = builtin().unwrap();
        let state = State::from_query(matrix, &QueryParams::parse(&query));
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
