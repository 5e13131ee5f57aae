//! The WebAssembly compiles in the lean data (no notes, no source titles or addresses) and
//! fetches the complete bundle when a reader first needs its words. The two must give the same
//! verdicts, in the same order, so that the bundle arriving changes what the details say and
//! nothing else.

#![cfg(not(target_arch = "wasm32"))]

use pv_matrix::app::i18n::Lang;
use pv_matrix::app::text::{cell_hint, reason};
use pv_matrix::matrix::embedded::{
    complete_bundle, complete_files, lean_files, BundleError, DATA_VERSION,
};
use pv_matrix::matrix::evaluate;
use pv_matrix::matrix::load::load;

#[test]
fn lean_and_complete_data_give_the_same_verdicts_in_the_same_order() {
    let lean = load(&lean_files()).expect("the lean data loads");
    let complete = load(&complete_files(complete_bundle()).expect("the bundle reads"))
        .expect("the complete bundle loads");
    assert!(!lean.words && complete.words);

    let ids =
        |m: &pv_matrix::matrix::Matrix| m.releases().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&lean), ids(&complete), "the pickers' order");
    let mut compared = 0;
    for (l, c) in lean.releases().zip(complete.releases()) {
        for (lc, cc) in lean.capabilities.iter().zip(&complete.capabilities) {
            let (lv, cv) = (evaluate(l, lc), evaluate(c, cc));
            let at = format!("{} / {}", l.id, lc.id);
            assert_eq!(
                (lv.status, lv.certainty, lv.basis.kind()),
                (cv.status, cv.certainty, cv.basis.kind()),
                "{at}"
            );
            for lang in [Lang::En, Lang::De] {
                assert_eq!(reason(lang, &lv, l), reason(lang, &cv, c), "{at}");
                assert_eq!(cell_hint(lang, &lv), cell_hint(lang, &cv), "{at}");
            }
            assert_eq!(lv.note(), None, "{at}: the lean data has no notes");
            let ids = |v: &pv_matrix::matrix::Verdict<'_>| {
                v.sources().iter().map(|s| s.id.clone()).collect::<Vec<_>>()
            };
            assert_eq!(ids(&lv), ids(&cv), "{at}: the same sources, by id");
            assert!(
                cv.sources().iter().all(|s| s.url.starts_with("https://")),
                "{at}"
            );
            compared += 1;
        }
    }
    assert!(compared > 2000, "{compared} verdicts compared");
}

#[test]
fn a_bundle_of_another_build_or_not_a_bundle_is_refused() {
    let other = complete_bundle().replacen(DATA_VERSION, "0123456789abcdef", 1);
    assert_eq!(
        complete_files(&other).err(),
        Some(BundleError::OtherVersion("0123456789abcdef".into()))
    );
    assert_eq!(
        complete_files("<!doctype html><title>Not found</title>").err(),
        Some(BundleError::NotABundle)
    );
    let header = complete_bundle().lines().next().unwrap();
    assert_eq!(
        complete_files(&format!("{header}\n")).err(),
        Some(BundleError::Missing("data/capabilities.json"))
    );
}

/// Issue 18: the lean data carries the glossary's terms by id and the words that name them (the
/// descriptions' term links are checked against them), not their texts; the complete bundle
/// brings the texts, in both languages, and the article's claims.
#[test]
fn the_glossary_s_words_come_with_the_complete_bundle() {
    let lean = load(&lean_files()).expect("the lean data loads");
    let complete = load(&complete_files(complete_bundle()).expect("the bundle reads"))
        .expect("the complete bundle loads");
    let (l, c) = (&lean.glossary, &complete.glossary);
    assert!(c.terms.len() >= 14, "{}", c.terms.len());
    assert_eq!(l.terms.len(), c.terms.len());
    for (lt, ct) in l.terms.iter().zip(&c.terms) {
        assert_eq!((&lt.id, &lt.words), (&ct.id, &ct.words));
        assert!(lt.en.name.is_empty() && lt.en.definition.is_empty() && lt.de.is_none());
        assert!(!ct.en.definition.is_empty() && ct.de.is_some(), "{}", ct.id);
        assert!(ct.sources.iter().all(|s| s.url.starts_with("https://")));
    }
    assert!(l.claims.iter().all(|claim| claim.en.claim.is_empty()));
    assert!(c.claims.iter().all(|claim| !claim.en.finding.is_empty()));
}
