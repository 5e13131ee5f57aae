//! The one rule for the interface language (`Lang::first_spoken`), checked against the table
//! that `e2e/language-rule.test.mjs` also feeds to the two JavaScript copies of the rule (the
//! inline script of `index.html`, `static/embed.js`) and to the widget in Chromium.

use pv_matrix::app::i18n::Lang;
use serde_json::Value;

const TABLE: &str = include_str!("../e2e/fixtures/language-rule.json");

#[test]
fn the_language_rule_answers_its_table() {
    let table: Value = serde_json::from_str(TABLE).expect("the table is JSON");
    let cases = table["cases"].as_array().expect("a list of cases");
    assert!(cases.len() >= 20, "the table lost its cases");
    for case in cases {
        let text = |value: &Value| value.as_str().map(str::to_owned);
        let explicit = text(&case["explicit"]);
        let languages: Vec<String> = case["languages"]
            .as_array()
            .expect("languages")
            .iter()
            .filter_map(text)
            .collect();
        // `navigator.language`: languages[0] unless the case names it.
        let language = text(&case["language"]).or_else(|| languages.first().cloned());
        let tags = explicit.iter().chain(&languages).chain(&language);
        let chosen = Lang::first_spoken(tags.map(String::as_str)).unwrap_or_default();
        assert_eq!(
            chosen.code(),
            case["expected"].as_str().expect("expected"),
            "{case}"
        );
    }
}
