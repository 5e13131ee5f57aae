//! Rendered markup, via Yew's server-side renderer: the DOM contract embedders and tests rely
//! on (`data-release`, `data-capability`, `data-status`), the notice, legend and details.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use pv_matrix::app::components::verdict_details::{VerdictDetails, VerdictDetailsProps};
use pv_matrix::app::grid::release_grid;
use pv_matrix::app::i18n::Lang;
use pv_matrix::app::{App, AppProps};
use pv_matrix::matrix::builtin;
use yew::{Callback, LocalServerRenderer};

async fn render_app(query: &str) -> String {
    render_app_in(query, Lang::En).await
}

/// Renders the page with `lang` as the language the browser (or the element) asks for.
async fn render_app_in(query: &str, lang: Lang) -> String {
    LocalServerRenderer::<App>::with_props(AppProps {
        query: query.to_owned().into(),
        today: Some("2026-11-26".parse().unwrap()),
        lang,
        ..AppProps::default()
    })
    .render()
    .await
}

/// The attributes of every element with the given tag name, in document order.
fn elements(html: &str, tag: &str) -> Vec<BTreeMap<String, String>> {
    let open = format!("<{tag}");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let end = after.find('>').expect("tag closes");
        let mut attributes = BTreeMap::new();
        let mut text = &after[..end];
        while let Some(eq) = text.find("=\"") {
            let name = text[..eq]
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_owned();
            let value_end = text[eq + 2..].find('"').expect("value closes");
            attributes.insert(name, text[eq + 2..eq + 2 + value_end].to_owned());
            text = &text[eq + 2 + value_end + 1..];
        }
        found.push(attributes);
        rest = &after[end..];
    }
    found
}

fn status_of(html: &str, release: &str, capability: &str) -> Option<String> {
    elements(html, "td")
        .into_iter()
        .find(|a| {
            a.get("data-release").map(String::as_str) == Some(release)
                && a.get("data-capability").map(String::as_str) == Some(capability)
        })
        .and_then(|a| a.get("data-status").cloned())
}

#[tokio::test]
async fn cells_carry_release_capability_and_status() {
    let html = render_app("?releases=rhel-6,debian-squeeze").await;
    for (release, capability, status) in [
        ("rhel-6", "xen-dom0", "no"),
        ("rhel-6", "xen-pvhvm", "yes"),
        ("rhel-6", "xen-pv-guest", "yes"),
        ("debian-6.0", "xen-dom0", "yes"),
        // PVHVM from squeeze's Xen patches (the -xen flavours), not from mainline 2.6.32.
        ("debian-6.0", "xen-pvhvm", "yes"),
        ("debian-6.0", "xen-pci-passthrough-guest", "no"),
        ("debian-6.0", "xen-pvh-dom0", "no"),
    ] {
        assert_eq!(
            status_of(&html, release, capability).as_deref(),
            Some(status),
            "{capability} on {release}"
        );
    }
    let cells = elements(&html, "td");
    let capabilities = builtin().unwrap().capabilities.len();
    let verdicts = cells
        .iter()
        .filter(|a| a.contains_key("data-status"))
        .count();
    assert_eq!(
        verdicts,
        2 * capabilities,
        "one cell per release and capability"
    );
    for cell in cells.iter().filter(|a| a.contains_key("data-status")) {
        assert!(
            ["yes", "partial", "no", "unknown"].contains(&cell["data-status"].as_str()),
            "{cell:?}"
        );
    }
}

/// Issue 14: every verdict cell says what it rests on (`data-basis`), and a prediction from
/// the mainline kernel version is marked on the cell and in the legend, in both languages.
#[tokio::test]
async fn cells_say_what_they_rest_on_and_predictions_are_marked() {
    let html = render_app("?releases=rhel-5,centos-5").await;
    let basis = |release: &str, capability: &str| {
        elements(&html, "td")
            .into_iter()
            .find(|a| {
                a.get("data-release").map(String::as_str) == Some(release)
                    && a.get("data-capability").map(String::as_str) == Some(capability)
            })
            .and_then(|a| a.get("data-basis").cloned())
    };
    assert_eq!(basis("rhel-5", "xen-dom0").as_deref(), Some("statement"));
    assert_eq!(basis("centos-5", "xen-dom0").as_deref(), Some("inherited"));
    assert_eq!(
        basis("rhel-5", "kvm-pv-tlb-flush").as_deref(),
        Some("mainline")
    );
    for cell in elements(&html, "td")
        .iter()
        .filter(|a| a.contains_key("data-status"))
    {
        let kind = cell["data-basis"].as_str();
        assert!(
            ["statement", "inherited", "config", "mainline"].contains(&kind),
            "{cell:?}"
        );
        let predicted = cell["class"].split(' ').any(|c| c == "pvm-predicted");
        assert_eq!(predicted, kind == "mainline", "{cell:?}");
    }
    assert!(
        html.contains("data-legend=\"predicted\""),
        "the legend explains the mark"
    );
    assert!(html.contains(" (predicted)"), "the mark is read out");
    let german = render_app_in("?releases=rhel-5", Lang::De).await;
    assert!(german.contains("vorhergesagt"), "German names the mark too");
}

#[tokio::test]
async fn the_default_view_shows_the_article_releases() {
    let html = render_app("").await;
    let headers: Vec<String> = elements(&html, "th")
        .into_iter()
        .filter_map(|a| a.get("data-release").cloned())
        .collect();
    assert_eq!(headers, pv_matrix::app::url::DEFAULT_RELEASES);
}

#[tokio::test]
async fn unknown_ids_give_a_notice_and_the_valid_ones_still_load() {
    let html = render_app("?releases=rhel-6,not-a-release").await;
    assert!(html.contains("data-notice=\"unknown-ids\""));
    assert!(html.contains("release “not-a-release”"));
    assert_eq!(
        status_of(&html, "rhel-6", "xen-dom0").as_deref(),
        Some("no")
    );

    let clean = render_app("?releases=rhel-6").await;
    assert!(!clean.contains("data-notice"));
}

#[tokio::test]
async fn the_legend_lists_only_the_states_on_screen() {
    let legend = |html: &str| -> Vec<String> {
        elements(html, "li")
            .into_iter()
            .filter_map(|a| a.get("data-legend").cloned())
            .collect()
    };
    // SLES 11 SP1 has supported and unsupported verdicts and unverified statements (kernel-xen's
    // balloon and PCI frontend, read in kernel-source's master config, not the SLE branch), but
    // no unknown verdict. (RHEL 5, the example before, lost its one unverified statement when the
    // 5.2 and 5.3 configs confirmed the virtio backport.)
    let html = render_app("?releases=sles-11-sp1").await;
    let shown = legend(&html);
    assert!(shown.contains(&"yes".to_owned()) && shown.contains(&"no".to_owned()));
    assert!(shown.contains(&"unverified".to_owned()));
    assert!(!shown.contains(&"unknown".to_owned()));
    for status in &shown {
        match status.as_str() {
            "unverified" => {}
            "predicted" => assert!(html.contains("data-basis=\"mainline\"")),
            _ => assert!(
                html.contains(&format!("data-status=\"{status}\"")),
                "{status}"
            ),
        }
    }
    // Nothing selected: no table, no legend, and a hint what to do.
    let empty = render_app("?releases=").await;
    assert!(legend(&empty).is_empty());
    assert!(!empty.contains("<table"));
    assert!(empty.contains("No release selected"));
}

#[tokio::test]
async fn details_give_the_reason_and_https_sources() {
    let matrix = builtin().unwrap();
    let grid = release_grid(
        Lang::En,
        &pv_matrix::app::custom::SharedMatrix::new(matrix.clone()),
        &[matrix.release("rhel-5").unwrap()],
        &[matrix.capability("xen-pvhvm").unwrap()],
        "2026-11-26".parse().unwrap(),
    );
    let props = VerdictDetailsProps {
        text: grid.rows[0].cells[0].details().unwrap(),
        on_close: Callback::noop(),
    };
    let html = LocalServerRenderer::<VerdictDetails>::with_props(props)
        .render()
        .await;
    assert!(
        html.contains("Backported into RHEL 5's 2.6.18 kernel since 5.3."),
        "{html}"
    );
    assert!(html.contains("Mainline Linux has it since 2.6.36; RHEL 5 ships 2.6.18."));
    let links = elements(&html, "a");
    assert!(!links.is_empty());
    assert!(links.iter().all(|a| a["href"].starts_with("https://")));
}

#[tokio::test]
async fn derivatives_say_where_a_verdict_was_inherited_from() {
    let html = render_app("?releases=centos-5").await;
    assert_eq!(
        status_of(&html, "centos-5", "xen-dom0").as_deref(),
        Some("yes")
    );
    assert!(html.contains("as in RHEL 5"), "the cell names the parent");
    let matrix = builtin().unwrap();
    let grid = release_grid(
        Lang::En,
        &pv_matrix::app::custom::SharedMatrix::new(matrix.clone()),
        &[matrix.release("centos-5").unwrap()],
        &[matrix.capability("xen-dom0").unwrap()],
        "2026-11-26".parse().unwrap(),
    );
    assert_eq!(
        grid.rows[0].cells[0].details().unwrap().reason,
        "Inherited from RHEL 5: RHEL 5 ships its own patched kernel (kernel-xen) for this."
    );
}

#[tokio::test]
async fn release_headers_say_whether_support_has_ended() {
    let html = render_app("?releases=rhel-6,debian-6.0").await;
    // The last day of any support: RHEL 6's paid ELS, Debian 6.0's LTS.
    assert!(html.contains("end of support 2024-06"), "{html}");
    assert!(html.contains("end of support 2016-02"));
    // The picker's list opens over the page on demand: closed, it renders no option.
    assert!(!html.contains("data-release-option"), "{html}");
}

#[tokio::test]
async fn german_comes_from_the_link_or_the_browser_and_sets_the_lang_attribute() {
    for html in [
        render_app_in("?releases=rhel-6", Lang::De).await,
        render_app_in("?releases=rhel-6&lang=de", Lang::En).await,
    ] {
        let root = &elements(&html, "div")[0];
        assert_eq!(root["lang"], "de", "the widget root says its language");
        assert!(html.contains("Supportende 06/2024"), "German month format");
        assert!(html.contains("Fähigkeit"), "German column head");
        assert!(html.contains(">Nein<"), "German verdict word");
        assert!(html.contains("Xen dom0 (Host)"), "German capability name");
        assert!(html.contains("Datenstand "), "German data date");
        assert!(
            !html.contains("end of support"),
            "no English support phrase left"
        );
    }
    // The link wins over the browser's language, and the switch shows the current one.
    let html = render_app_in("?releases=rhel-6&lang=en", Lang::De).await;
    assert_eq!(elements(&html, "div")[0]["lang"], "en");
    let pressed: Vec<_> = elements(&html, "button")
        .into_iter()
        .filter(|b| b.contains_key("data-lang"))
        .map(|b| (b["data-lang"].clone(), b["aria-pressed"].clone()))
        .collect();
    assert_eq!(
        pressed,
        [("en".into(), "true".into()), ("de".into(), "false".into())]
    );
}

#[tokio::test]
async fn an_unknown_language_gets_a_notice_and_english() {
    let html = render_app("?releases=rhel-6&lang=fr").await;
    assert!(html.contains("data-notice=\"unknown-ids\""));
    assert!(html.contains("language \u{201c}fr\u{201d}"), "{html}");
    assert_eq!(elements(&html, "div")[0]["lang"], "en");
}

#[tokio::test]
async fn german_details_keep_english_notes_marked_as_english() {
    let matrix = builtin().unwrap();
    let grid = release_grid(
        Lang::De,
        &pv_matrix::app::custom::SharedMatrix::new(matrix.clone()),
        &[matrix.release("rhel-5").unwrap()],
        &[matrix.capability("xen-pvhvm").unwrap()],
        "2026-11-26".parse().unwrap(),
    );
    let text = grid.rows[0].cells[0].details().unwrap();
    assert_eq!(
        text.reason,
        "In den Kernel 2.6.18 von RHEL 5 zurückportiert seit 5.3."
    );
    assert_eq!(text.title, "Xen-PVHVM-Treiber unter RHEL 5");
    // Standard support ended 03/2017, the paid ELS 11/2020.
    assert_eq!(grid.columns[0].lines[1], "Supportende 11/2020");
}

#[tokio::test]
async fn the_recognition_evidence_is_worded_in_the_readers_language() {
    let html = render_app_in("?kernel=2.6.18-419.el5xen&lang=de", Lang::De).await;
    assert!(
        html.contains("el5 in der Kernelkennung → RHEL 5"),
        "German evidence: {html}"
    );
    assert!(html.contains("Kernelvariante: xen"), "{html}");
    assert!(
        !html.contains("in the kernel string"),
        "no English evidence left"
    );
    assert!(
        !html.contains("<ul lang=\"en\">"),
        "evidence is not marked as English"
    );
    let html = render_app_in("?kernel=2.6.18-419.el5xen", Lang::En).await;
    assert!(html.contains("el5 in the kernel string → RHEL 5"), "{html}");
}

/// Components as the widget renders them: in its language, the glossary with a reducer's
/// dispatcher for its close.
mod glossary_in_widget {
    use pv_matrix::app::components::glossary::{Glossary, GlossaryProps};
    use pv_matrix::app::custom::SharedMatrix;
    use pv_matrix::app::i18n::Lang;
    use pv_matrix::app::state::State;
    use pv_matrix::app::url::QueryParams;
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    pub struct Props {
        pub matrix: SharedMatrix,
        pub lang: Lang,
        pub term: Option<String>,
    }

    #[component]
    pub fn GlossaryInWidget(props: &Props) -> Html {
        let matrix = props.matrix.clone();
        let state = use_reducer(move || State::from_query(matrix, &QueryParams::default()));
        let glossary = GlossaryProps {
            matrix: props.matrix.clone(),
            term: props.term.clone(),
            dispatch: state.dispatcher(),
        };
        html! {
            <ContextProvider<Lang> context={props.lang}><Glossary ..glossary /></ContextProvider<Lang>>
        }
    }

    #[derive(Properties, PartialEq)]
    pub struct DetailsProps {
        pub text: pv_matrix::app::grid::VerdictText,
        pub lang: Lang,
    }

    /// A verdict's details in the widget's language.
    #[component]
    pub fn DetailsIn(props: &DetailsProps) -> Html {
        use pv_matrix::app::components::verdict_details::VerdictDetails;
        html! {
            <ContextProvider<Lang> context={props.lang}>
                <VerdictDetails text={props.text.clone()} on_close={Callback::noop()} />
            </ContextProvider<Lang>>
        }
    }
}

/// Issue 18: every capability's description links its terms, in both languages; the markup
/// never reaches the page as text.
#[tokio::test]
async fn descriptions_link_their_terms_and_no_markup_shows() {
    for lang in Lang::ALL {
        let html = render_app_in("?releases=rhel-6", lang).await;
        assert!(!html.contains("[["), "{html}");
        let terms: Vec<String> = elements(&html, "button")
            .into_iter()
            .filter_map(|b| b.get("data-term").cloned())
            .collect();
        for term in [
            "pv",
            "domu",
            "hvm",
            "pvhvm",
            "pvh",
            "dom0",
            "split-drivers",
            "virtio",
        ] {
            assert!(
                terms.iter().any(|t| t == term),
                "{lang:?}: no link to {term}"
            );
        }
        let glossary = builtin().unwrap();
        assert!(terms.iter().all(|t| glossary.glossary.term(t).is_some()));
        // The page's own way in, and no dialog until it is asked for.
        assert!(html.contains("data-glossary-open"));
        assert!(!html.contains("<dialog"));
    }
}

/// Issue 18: a verdict's details say what the capability is and link the terms of it and of
/// the note.
#[tokio::test]
async fn details_link_the_terms_of_the_description_and_the_note() {
    use pv_matrix::app::custom::SharedMatrix;
    let matrix = SharedMatrix::new(builtin().unwrap().clone());
    for (lang, what) in [(Lang::En, "What it is: "), (Lang::De, "Was es ist: ")] {
        let grid = release_grid(
            lang,
            &matrix,
            &[matrix.release("rhel-5").unwrap()],
            &[matrix.capability("xen-dom0").unwrap()],
            "2026-11-26".parse().unwrap(),
        );
        let text = grid.rows[0].cells[0].details().unwrap();
        assert!(text.note.as_deref().unwrap().contains("[[dom0]]"));
        let html = LocalServerRenderer::<glossary_in_widget::DetailsIn>::with_props(
            glossary_in_widget::DetailsProps { text, lang },
        )
        .render()
        .await;
        assert!(html.contains(what), "{html}");
        assert!(!html.contains("[["), "{html}");
        let terms: Vec<String> = elements(&html, "button")
            .into_iter()
            .filter_map(|b| b.get("data-term").cloned())
            .collect();
        // The description's dom0 and backends, and the note's dom0.
        assert_eq!(terms, ["dom0", "split-drivers", "dom0"], "{html}");
    }
}

/// Issue 18: the glossary dialog has every term with its definition, relation and https
/// sources, the article's claims, and marks the entry a link asked for; in German too.
#[tokio::test]
async fn the_glossary_shows_every_term_and_claim_with_sources() {
    use pv_matrix::app::custom::SharedMatrix;
    let matrix = SharedMatrix::new(builtin().unwrap().clone());
    for (lang, name, claims) in [
        (
            Lang::En,
            "PVHVM (PV on HVM)",
            "The article’s claims, checked",
        ),
        (
            Lang::De,
            "Vorwärtsportierter („xenifizierter“) Kernel",
            "Die Aussagen des Artikels, geprüft",
        ),
    ] {
        let html = LocalServerRenderer::<glossary_in_widget::GlossaryInWidget>::with_props(
            glossary_in_widget::Props {
                matrix: matrix.clone(),
                lang,
                term: Some("pvhvm".into()),
            },
        )
        .render()
        .await;
        assert!(html.contains(name), "{html}");
        assert!(html.contains(claims), "{html}");
        assert!(!html.contains("[["), "{html}");
        let entries: Vec<_> = elements(&html, "section")
            .into_iter()
            .filter(|s| s.contains_key("data-term-entry"))
            .collect();
        assert_eq!(entries.len(), matrix.glossary.terms.len());
        let current: Vec<&str> = entries
            .iter()
            .filter(|s| s["class"].contains("pvm-current"))
            .map(|s| s["data-term-entry"].as_str())
            .collect();
        assert_eq!(current, ["pvhvm"]);
        let claims = elements(&html, "li")
            .into_iter()
            .filter(|li| li.contains_key("data-claim"))
            .count();
        assert_eq!(claims, matrix.glossary.claims.len());
        let links = elements(&html, "a");
        let cited = matrix
            .glossary
            .terms
            .iter()
            .map(|t| t.sources.len())
            .sum::<usize>()
            + matrix
                .glossary
                .claims
                .iter()
                .map(|c| c.sources.len())
                .sum::<usize>();
        assert_eq!(links.len(), cited);
        assert!(links.iter().all(|a| a["href"].starts_with("https://")));
    }
}
