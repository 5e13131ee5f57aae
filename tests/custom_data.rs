//! Custom data from a host page: checked by the built-in data's rules, every problem reported
//! with its path, and everything valid applied on top of the built-in matrix.

use pv_matrix::matrix::embedded::builtin_files;
use pv_matrix::matrix::load::{load_custom, DataFile};
use pv_matrix::matrix::{builtin, evaluate, BasisKind, Matrix, Status};

fn custom(text: &str) -> pv_matrix::matrix::load::Customised {
    load_custom(
        &builtin_files(),
        builtin().unwrap(),
        DataFile {
            path: "#acme-data",
            text,
        },
    )
    .unwrap()
}

fn status(matrix: &Matrix, release: &str, capability: &str) -> Status {
    let release = matrix.release(release).unwrap();
    evaluate(release, matrix.capability(capability).unwrap()).status
}

const VALID: &str = r#"{
  "sources": [{"id": "acme-wiki", "title": "ACME platform wiki", "url": "https://wiki.acme.example/pv"}],
  "capabilities": [{"id": "acme-pv-clock", "name": "ACME PV clock", "hypervisor": "kvm",
    "description": "Our own paravirtual clock.", "kconfig": ["CONFIG_ACME_CLOCK"],
    "mainline": [{"from": "5.0", "status": "yes", "sources": ["acme-wiki"]}]},
    {"id": "xen-dom0", "name": "Again", "hypervisor": "xen", "description": "d", "mainline": []}],
  "distros": [{"id": "acme", "name": "ACME Linux", "end_of_support_meaning": "internal support"}],
  "releases": [{
    "distro": "acme", "id": "acme-1", "name": "ACME Linux 1", "version": "1",
    "released": "2024-03-01", "kernel": "6.1.0", "sources": ["acme-wiki"],
    "statements": [{"capability": "xen-dom0", "status": "no", "kind": "config-disabled",
                    "note": "Built without dom0 support.", "sources": ["acme-wiki"]}]
  }],
  "statements": [{"release": "rhel-8", "capability": "xen-balloon", "status": "yes", "kind": "config-enabled",
                  "note": "Our internal rebuild enables the balloon driver.", "sources": ["acme-wiki"]}]
}"#;

#[test]
fn valid_custom_data_adds_and_overrides() {
    let base = builtin().unwrap();
    assert_eq!(status(base, "rhel-8", "xen-balloon"), Status::No);
    let result = custom(VALID);
    let problems: Vec<String> = result.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        ["#acme-data: capabilities[1].id: \"xen-dom0\" is already a capability"]
    );
    assert_eq!((result.releases, result.statements), (1, 1));
    let m = &result.matrix;
    assert_eq!(status(m, "acme-1", "xen-dom0"), Status::No);
    // A capability of the host's own, decided by mainline for every release.
    assert_eq!(status(m, "acme-1", "acme-pv-clock"), Status::Yes);
    assert_eq!(status(m, "rhel-6", "acme-pv-clock"), Status::No);
    // Mainline 6.1 decides what the release does not state.
    assert_eq!(status(m, "acme-1", "virtio-net-blk"), Status::Yes);
    assert_eq!(status(m, "rhel-8", "xen-balloon"), Status::Yes);
    // Rocky Linux 8 inherits RHEL 8's statements, so it follows the override.
    assert_eq!(status(m, "rocky-8", "xen-balloon"), Status::Yes);
    // The built-in matrix itself is untouched.
    assert_eq!(status(base, "rhel-8", "xen-balloon"), Status::No);
}

#[test]
fn problems_name_their_path_and_the_valid_part_still_applies() {
    let text = r#"{
      "sources": [{"id": "bad", "title": "x", "url": "javascript:alert(1)"},
                  {"id": "ok", "title": "Fine", "url": "https://ok.example/"}],
      "releases": [
        {"distro": "rhel", "id": "rhel-7-acme", "name": "RHEL 7 ACME", "version": "7",
         "released": "2014-06-10", "kernel": "3.10.0", "sources": ["ok"]},
        {"distro": "rhel", "id": "rhel-8-acme", "name": "x", "version": "8",
         "released": "2019-05-07", "kernel": "2.6.x", "sources": ["ok"]},
        {"distro": "nope", "id": "nope-1", "name": "x", "version": "1",
         "released": "2019-05-07", "kernel": "5.0", "sources": ["ok"]},
        {"distro": "rhel", "id": "rhel-9-acme", "aliases": ["rhel-6"], "name": "x", "version": "9",
         "released": "2022-05-17", "kernel": "5.14", "sources": ["bad"], "colour": "red"}
      ],
      "statements": [
        {"release": "rhel-99", "capability": "xen-dom0", "status": "yes", "kind": "backport", "sources": ["ok"]},
        {"release": "rhel-7", "capability": "warp-drive", "status": "yes", "kind": "backport", "sources": ["ok"]},
        {"release": "rhel-7", "capability": "xen-dom0", "status": "partial", "kind": "backport", "sources": ["ok"]}
      ]
    }"#;
    let result = custom(text);
    let problems: Vec<String> = result.problems.iter().map(ToString::to_string).collect();
    let expected = [
        "#acme-data: sources[0].url: \"javascript:alert(1)\" is not an https: URL",
        "#acme-data: releases[1].kernel: \"2.6.x\" is not a kernel version",
        "#acme-data: releases[2].distro: unknown distribution \"nope\"",
        "#acme-data: releases[3].colour: unknown field \"colour\"",
        "#acme-data: releases[3].aliases: \"rhel-6\" is already used by the built-in rhel-6",
        "#acme-data: releases[3].sources[0]: unknown source \"bad\"",
        "#acme-data: statements[0].release: unknown release \"rhel-99\"",
        "#acme-data: statements[1].capability: unknown capability \"warp-drive\"",
        "#acme-data: statements[2].status: a partial status needs a note",
    ];
    for e in expected {
        assert!(
            problems.iter().any(|p| p.starts_with(e)),
            "not reported: {e}\nreported: {problems:#?}"
        );
    }
    // Only the first release was valid; no statement was.
    assert_eq!((result.releases, result.statements), (1, 0));
    assert!(result.matrix.release("rhel-7-acme").is_some());
    assert!(result.matrix.release("rhel-8-acme").is_none());
    assert_eq!(status(&result.matrix, "rhel-7", "xen-dom0"), Status::No);
}

#[test]
fn text_that_is_not_json_leaves_the_built_in_matrix() {
    for text in ["", "<script>alert(1)</script>", "[]", "{\"releases\": 5}"] {
        let result = custom(text);
        assert!(!result.problems.is_empty(), "{text}");
        assert_eq!(&result.matrix, builtin().unwrap(), "{text}");
    }
}

#[test]
fn a_custom_release_can_replace_a_built_in_one() {
    let text = r#"{"releases": [{"distro": "debian", "id": "debian-6.0", "name": "Debian 6.0 (ours)",
        "version": "6.0", "released": "2011-02-06", "kernel": "3.2.0",
        "sources": ["debian-news-squeeze-kernel"]}]}"#;
    let result = custom(text);
    assert_eq!(result.problems, []);
    let release = result.matrix.release("debian-6.0").unwrap();
    assert_eq!(release.name, "Debian 6.0 (ours)");
    assert_eq!(release.kernel.to_string(), "3.2.0");
    assert_eq!(
        result.matrix.releases().count(),
        builtin().unwrap().releases().count()
    );
}

/// Issue 13, defect 3: a custom release that replaced a built-in parent release left its
/// derivatives with the old inherited statements.
#[test]
fn derivatives_inherit_from_a_replaced_parent() {
    let base = builtin().unwrap();
    assert_eq!(status(base, "rocky-8", "xen-pv-guest"), Status::No);
    let text = r#"{"releases": [{"distro": "rhel", "id": "rhel-8", "name": "RHEL 8 (ours)",
        "version": "8", "released": "2019-05-07", "kernel": "4.18",
        "sources": ["endoflife-rhel"],
        "statements": [{"capability": "xen-pv-guest", "status": "yes", "kind": "config-enabled",
            "note": "Our rebuild turns PV guests back on.", "sources": ["endoflife-rhel"]}]}]}"#;
    let result = custom(text);
    assert_eq!(result.problems, []);
    let m = &result.matrix;
    assert_eq!(status(m, "rhel-8", "xen-pv-guest"), Status::Yes);
    assert_eq!(status(m, "rocky-8", "xen-pv-guest"), Status::Yes);
    // The replaced release's other statements are gone from its derivatives too: the
    // replacement says nothing about dom0, so Rocky 8's own shipped config decides there, and
    // the replacement, which has no shipped config, falls back to mainline 4.18.
    let basis = |m: &Matrix, release: &str| {
        let release = m.release(release).unwrap();
        evaluate(release, m.capability("xen-dom0").unwrap())
            .basis
            .kind()
    };
    assert_eq!(basis(base, "rocky-8"), BasisKind::Inherited);
    assert_eq!(basis(m, "rocky-8"), BasisKind::Config);
    assert_eq!(basis(m, "rhel-8"), BasisKind::Mainline);
    assert_ne!(
        status(base, "rhel-8", "xen-dom0"),
        status(m, "rhel-8", "xen-dom0")
    );
}

/// Issue 13, defect 4: a custom release that failed validation still freed the built-in
/// release's aliases, so a later release could take one and two releases answered to it.
#[test]
fn a_rejected_replacement_keeps_the_built_in_names() {
    let text = r#"{"releases": [
        {"distro": "debian", "id": "debian-6.0", "name": "Broken", "version": "6.0",
         "released": "2011-02-06", "kernel": "not a version", "sources": ["debian-news-squeeze-kernel"]},
        {"distro": "debian", "id": "debian-6.1", "aliases": ["debian-squeeze"], "name": "Thief",
         "version": "6.1", "released": "2011-03-06", "kernel": "2.6.32",
         "sources": ["debian-news-squeeze-kernel"]}
    ]}"#;
    let result = custom(text);
    let problems: Vec<String> = result.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].starts_with("#acme-data: releases[0].kernel: "),
        "{problems:#?}"
    );
    assert_eq!(
        problems[1],
        "#acme-data: releases[1].aliases: \"debian-squeeze\" is already used by the built-in debian-6.0"
    );
    let m = &result.matrix;
    assert_eq!(m.release("debian-squeeze").unwrap().id, "debian-6.0");
    assert_eq!(m.release("debian-6.0").unwrap().name, "Debian 6.0");
    assert!(m.release("debian-6.1").is_none());
}

/// Issue 15: a custom statement's `since` names a point release of the release's registry; an
/// unknown one is reported with its path, not ignored.
#[test]
fn a_since_the_release_s_registry_does_not_list_is_reported() {
    let text = r#"{"statements": [
        {"release": "rhel-8", "capability": "xen-pv-guest", "status": "yes", "kind": "backport",
         "since": "8.42", "note": "n", "sources": ["endoflife-rhel"]},
        {"release": "rhel-8", "capability": "xen-dom0", "status": "yes", "kind": "backport",
         "since": "8.6", "note": "n", "sources": ["endoflife-rhel"]}
    ]}"#;
    let result = custom(text);
    let problems: Vec<(&str, &str)> = result
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "statements[0].since");
    assert!(
        problems[0]
            .1
            .starts_with("\"8.42\" is not one of the release's point releases (8.0, 8.1,"),
        "{}",
        problems[0].1
    );
    // The valid one is applied.
    assert_eq!(result.statements, 1);
}

/// Issue 18: a host may add glossary terms and link them, or the built-in ones; a term without
/// a source, a duplicate, and a link to a term that does not exist are reported with their
/// paths, and only those items are left out.
#[test]
fn custom_glossary_terms_are_checked_like_the_built_in_ones() {
    let text = r#"{
      "sources": [{"id": "acme-wiki", "title": "ACME platform wiki", "url": "https://wiki.acme.example/pv"}],
      "glossary": [
        {"id": "acme-vbus", "words": ["vbus"], "sources": ["acme-wiki"],
         "en": {"name": "ACME vbus", "definition": "Our own [[PV]] bus.", "relation": "Like [[virtio]]."}},
        {"id": "acme-nosource", "words": ["nosource"], "sources": [],
         "en": {"name": "x", "definition": "d", "relation": "r"}},
        {"id": "pvh", "words": ["acme PVH"], "sources": ["acme-wiki"],
         "en": {"name": "x", "definition": "d", "relation": "r"}},
        {"id": "acme-dangling", "words": ["dangling"], "sources": ["acme-wiki"],
         "en": {"name": "x", "definition": "Unlike [[acme-nosource]].", "relation": "r"}}
      ],
      "capabilities": [
        {"id": "acme-vbus-net", "name": "ACME vbus network", "hypervisor": "kvm",
         "description": "A PV network card on the [[acme-vbus|vbus]], for [[dom0]] too.", "mainline": []},
        {"id": "acme-broken", "name": "x", "hypervisor": "kvm",
         "description": "Needs [[acme-missing]].", "mainline": []}
      ],
      "statements": [{"release": "rhel-8", "capability": "xen-balloon", "status": "yes",
        "kind": "config-enabled", "note": "Through the [[nowhere|vbus]].", "sources": ["acme-wiki"]}]
    }"#;
    let result = custom(text);
    let problems: Vec<String> = result.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "#acme-data: glossary[1].sources: cites no source",
            "#acme-data: glossary[2].id: \"pvh\" is already a glossary term",
            "#acme-data: glossary[3].en.definition: a term link to \"acme-nosource\", which is no glossary term; add it to the glossary or link a term it has",
            "#acme-data: capabilities[1].description: a term link to \"acme-missing\", which is no glossary term; add it to the glossary or link a term it has",
            "#acme-data: statements[0].note: a term link to \"nowhere\", which is no glossary term; add it to the glossary or link a term it has",
        ]
    );
    let m = &result.matrix;
    let vbus = m
        .glossary
        .term("acme-vbus")
        .expect("the valid term is added");
    assert_eq!(vbus.sources[0].id, "acme-wiki");
    assert!(vbus.de.is_none());
    for left_out in ["acme-nosource", "acme-dangling"] {
        assert!(m.glossary.term(left_out).is_none(), "{left_out}");
    }
    assert_eq!(
        m.glossary.term("pvh"),
        builtin().unwrap().glossary.term("pvh")
    );
    assert!(m.capability("acme-vbus-net").is_some());
    assert!(m.capability("acme-broken").is_none());
    assert_eq!(result.statements, 0);
    // A host's text need not link a term it mentions at its first mention ("PV" above): only
    // the built-in data is held to that.
}
