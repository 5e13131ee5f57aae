//! The data lint: the built-in data validates, and the loader reports every kind of problem,
//! all at once, naming file and entry.

use pv_matrix::matrix::embedded::builtin_files;
use pv_matrix::matrix::load::{load, DataFile, DataFiles};

#[test]
fn builtin_data_has_no_problems() {
    if let Err(error) = load(&builtin_files()) {
        panic!("{error}");
    }
}

const CAPABILITIES: &str = r#"{
  "data_as_of": "2026-02-30",
  "hypervisors": [{ "id": "xen", "name": "Xen" }, { "id": "xen", "name": "Xen again" }],
  "capabilities": [
    {
      "id": "xen-dom0", "name": "Xen dom0", "hypervisor": "xen", "description": "d",
      "kconfig": ["CONFIG_XEN_DOM0"],
      "mainline": [
        { "from": "3.0", "status": "yes", "hint": "a hint far too long to fit under a verdict", "sources": ["good"] },
        { "from": "2.6.37", "status": "partial", "sources": ["good"] }
      ]
    },
    {
      "id": "Bad Id", "name": "x", "hypervisor": "kvm", "description": "",
      "mainline": [{ "from": "2.6.x", "status": "maybe", "sources": [] }]
    }
  ]
}"#;

const SOURCES: &str = r#"{ "sources": [
  { "id": "good", "title": "Good", "url": "https://example.org/" },
  { "id": "plain", "title": "Plain", "url": "http://example.org/" },
  { "id": "script", "title": "Script", "url": "javascript:alert(1)" }
] }"#;

const DISTRO: &str = r#"{
  "id": "demo", "name": "Demo", "end_of_support_meaning": "m",
  "phases": [{ "id": "els", "name": "Extended (ELS)", "meaning": "m", "paid": true }],
  "releases": [
    {
      "id": "demo-1", "name": "Demo 1", "version": "1", "codename": "Alpha",
      "released": "2010-05-01", "end_of_support": "2009-01-01", "kernel": "2.6.32",
      "sources": ["good"],
      "support": [{ "phase": "lts", "until": "2012-01-01", "sources": ["good"] }],
      "point_releases": [
        { "version": "1.0", "released": "2010-05-01", "kernels": ["2.6.32-71"], "sources": ["good"] },
        { "version": "1.1", "released": "2010-04-01", "kernels": ["2.6.32"], "sources": ["good"] },
        { "version": "1.1", "released": "2010-06-01", "kernels": ["2.6.32-71"], "sources": ["good"],
          "support": [{ "phase": "els", "until": "2010-05-01", "sources": ["good"] }], "maintained_until": "2011-01-01" }
      ],
      "statements": [
        { "capability": "xen-dom0", "status": "partial", "kind": "backport", "since": "1.0", "sources": ["good"] },
        { "capability": "xen-dom0", "status": "yes", "kind": "rumour", "since": "5 3", "sources": ["missing"] },
        { "capability": "nope", "status": "yes", "kind": "backport", "since": "<=9.9", "sources": [] }
      ]
    },
    {
      "id": "other-2", "name": "Demo 2", "version": "2", "aliases": ["demo-alpha"],
      "released": "2011", "kernel": "x", "sources": ["good"]
    }
  ]
}"#;

const KCONFIGS: &str = r#"{ "configs": [
  { "release": "demo-9", "package": "p", "arch": "x86_64", "title": "t", "url": "https://e/", "version": "2.6.32" },
  { "release": "demo-1", "package": "p", "arch": "x86_64", "title": "t", "url": "http://e/", "version": "2.6.18",
    "built_in": ["CONFIG_XEN_DOM0", "CONFIG_TYPO"], "not_set": ["CONFIG_XEN_DOM0"] },
  { "release": "demo-1", "package": "p", "arch": "x86_64", "title": "t", "url": "https://e/", "version": "2.6.32-5-amd64" }
] }"#;

#[test]
fn exactly_the_expected_problems_are_reported_each_with_its_place() {
    let files = DataFiles {
        capabilities: DataFile {
            path: "caps.json",
            text: CAPABILITIES,
        },
        sources: DataFile {
            path: "sources.json",
            text: SOURCES,
        },
        distros: vec![
            DataFile {
                path: "demo.json",
                text: DISTRO,
            },
            DataFile {
                path: "broken.json",
                text: "{ \"id\": ",
            },
            DataFile {
                path: "shape.json",
                text: r#"{"id": "s", "name": "S", "end_of_support_meaning": "m",
                          "releases": [{"id": 5}], "extra": true}"#,
            },
        ],
        kconfigs: DataFile {
            path: "kconfigs.json",
            text: KCONFIGS,
        },
        glossary: None,
        provenance: true,
        words: true,
    };
    let error = load(&files).unwrap_err();
    // Exactly these, each with its file, path and whole message (hint included): a problem
    // that goes missing, changes its place or wording, or appears unexpectedly fails the test.
    // The order is not part of the promise, so both sides are sorted.
    let expected = [
        ("caps.json", "data_as_of", "\"2026-02-30\" is not a date (YYYY-MM-DD): that month has 28 days"),
        ("caps.json", "hypervisors[1].id", "duplicate hypervisor id \"xen\" (first at hypervisors[0].id)"),
        ("caps.json", "capabilities[0].mainline[0].hint", "\"a hint far too long to fit under a verdict\" is not a short hint: a few words on one line, at most 32 characters (the note says the rest)"),
        ("caps.json", "capabilities[0].mainline[1].status", "a partial status needs a note saying what is missing"),
        ("caps.json", "capabilities[0].mainline[1].from", "2.6.37 does not come after the previous stage's 3.0"),
        ("caps.json", "capabilities[1].id", "\"Bad Id\" is not a lower-case id (letters, digits, '-', '.')"),
        ("caps.json", "capabilities[1].hypervisor", "unknown hypervisor \"kvm\""),
        ("caps.json", "capabilities[1].description", "empty description"),
        ("caps.json", "capabilities[1].mainline[0].from", "\"2.6.x\" is not a kernel version: unexpected '.'"),
        ("caps.json", "capabilities[1].mainline[0].status", "\"maybe\" is not a status (yes, partial, no, unknown)"),
        ("caps.json", "capabilities[1].mainline[0].sources", "cites no source"),
        ("sources.json", "sources[1].url", "\"http://example.org/\" is not an https: URL"),
        ("sources.json", "sources[2].url", "\"javascript:alert(1)\" is not an https: URL"),
        ("sources.json", "sources[1]", "source \"plain\" is never cited; remove it or cite it"),
        ("sources.json", "sources[2]", "source \"script\" is never cited; remove it or cite it"),
        ("demo.json", "releases[0].end_of_support", "2009-01-01 is not after the release date 2010-05-01"),
        ("demo.json", "releases[0].statements[0].status", "a partial status needs a note saying what is missing"),
        ("demo.json", "releases[0].statements[1].capability", "a second statement for \"xen-dom0\""),
        ("demo.json", "releases[0].statements[1].kind", "\"rumour\" is not a kind (vendor-kernel, backport, config-enabled, config-disabled, distro-policy)"),
        ("demo.json", "releases[0].statements[1].since", "\"5 3\" is not a point release such as \"5.3\" or \"<=6.8\""),
        ("demo.json", "releases[0].statements[1].sources[0]", "unknown source \"missing\"; add it to the sources"),
        ("demo.json", "releases[0].statements[2].capability", "unknown capability \"nope\""),
        ("demo.json", "releases[0].statements[2].sources", "cites no source"),
        ("demo.json", "releases[0].support[0].phase", "unknown phase \"lts\"; the distribution's phases list it"),
        ("demo.json", "releases[0].point_releases[1].released", "2010-04-01 is before the previous point release's 2010-05-01"),
        ("demo.json", "releases[0].point_releases[1].kernels[0]", "\"2.6.32\" is not a kernel build prefix such as \"2.6.32-754\""),
        ("demo.json", "releases[0].point_releases[2].version", "\"1.1\" is listed twice"),
        ("demo.json", "releases[0].point_releases[2].support[0].until", "2010-05-01 is not after the support before it"),
        ("demo.json", "releases[0]", "kernel build \"2.6.32-71\" is claimed by demo-1 1.0 and by demo-1 1.1"),
        ("demo.json", "releases[0].statements[0].since", "\"1.0\" is the release's first point release: leave `since` out"),
        ("demo.json", "releases[0].statements[2].since", "\"9.9\" is not one of the release's point releases (1.0, 1.1, 1.1)"),
        ("demo.json", "releases[1].id", "\"other-2\" does not start with the distribution id \"demo-\""),
        ("demo.json", "releases[1].aliases", "\"demo-alpha\" is already used by demo.json: releases[0]"),
        ("demo.json", "releases[1].released", "\"2011\" is not a date (YYYY-MM-DD): expected four digits, a dash, two digits, a dash and two digits"),
        ("demo.json", "releases[1].kernel", "\"x\" is not a kernel version: it should start with numbers such as 2.6.32 or 6.1"),
        ("broken.json", "", "not valid JSON at line 1, column 9: the text ends where a value should be"),
        ("shape.json", "releases[0].id", "expected a string, found a number"),
        ("shape.json", "releases[0].name", "missing"),
        ("shape.json", "releases[0].version", "missing"),
        ("shape.json", "releases[0].released", "missing"),
        ("shape.json", "releases[0].kernel", "missing"),
        ("shape.json", "releases[0].sources", "missing"),
        ("shape.json", "extra", "unknown field \"extra\""),
        ("kconfigs.json", "configs[0].release", "unknown release \"demo-9\""),
        ("kconfigs.json", "configs[1].version", "2.6.18 is not of the release's kernel series 2.6.32; a later or hardware-enablement kernel's configuration says nothing about the release's own"),
        ("kconfigs.json", "configs[1].url", "must be an https: URL"),
        ("kconfigs.json", "configs[1].built_in[1]", "\"CONFIG_TYPO\" is not a symbol any capability names"),
        ("kconfigs.json", "configs[1].not_set[0]", "\"CONFIG_XEN_DOM0\" is listed twice"),
        ("kconfigs.json", "configs[2].release", "a second configuration for \"demo-1\""),
    ];
    let mut expected: Vec<(&str, &str, &str)> = expected.to_vec();
    let mut reported: Vec<(&str, &str, &str)> = error
        .problems
        .iter()
        .map(|p| (p.file.as_str(), p.path.as_str(), p.message.as_str()))
        .collect();
    expected.sort_unstable();
    reported.sort_unstable();
    let missing: Vec<_> = expected.iter().filter(|e| !reported.contains(e)).collect();
    let unexpected: Vec<_> = reported.iter().filter(|r| !expected.contains(r)).collect();
    assert_eq!(
        reported, expected,
        "\nnot reported: {missing:#?}\nreported but not expected: {unexpected:#?}"
    );
}

const INHERIT_CAPABILITIES: &str = r#"{
  "data_as_of": "2026-11-26",
  "hypervisors": [{ "id": "xen", "name": "Xen" }],
  "capabilities": [
    { "id": "xen-dom0", "name": "Xen dom0", "hypervisor": "xen", "description": "d",
      "mainline": [{ "from": "3.0", "status": "yes", "sources": ["s"] }] },
    { "id": "xen-pvhvm", "name": "PVHVM", "hypervisor": "xen", "description": "d",
      "mainline": [{ "from": "2.6.36", "status": "yes", "sources": ["s"] }] }
  ]
}"#;

const INHERIT_SOURCES: &str =
    r#"{ "sources": [{ "id": "s", "title": "S", "url": "https://example.org/" }] }"#;

const PARENT: &str = r#"{
  "id": "up", "name": "Upstream", "end_of_support_meaning": "m",
  "releases": [{
    "id": "up-1", "name": "Up 1", "version": "1", "released": "2010-01-01", "kernel": "2.6.32",
    "sources": ["s"],
    "point_releases": [
      { "version": "1.0", "released": "2010-01-01", "sources": ["s"] },
      { "version": "1.1", "released": "2010-06-01", "sources": ["s"] }
    ],
    "statements": [
      { "capability": "xen-dom0", "status": "no", "kind": "config-disabled", "sources": ["s"] },
      { "capability": "xen-pvhvm", "status": "yes", "kind": "backport", "since": "1.1", "sources": ["s"] }
    ]
  }]
}"#;

fn inherit_files(child: &'static str) -> DataFiles<'static> {
    DataFiles {
        capabilities: DataFile {
            path: "caps.json",
            text: INHERIT_CAPABILITIES,
        },
        sources: DataFile {
            path: "sources.json",
            text: INHERIT_SOURCES,
        },
        distros: vec![
            // The child's file comes first: inheritance must not depend on file order.
            DataFile {
                path: "child.json",
                text: child,
            },
            DataFile {
                path: "up.json",
                text: PARENT,
            },
        ],
        kconfigs: DataFile {
            path: "kconfigs.json",
            text: r#"{ "configs": [] }"#,
        },
        glossary: None,
        provenance: true,
        words: true,
    }
}

#[test]
fn derivatives_inherit_statements_they_do_not_override() {
    let child = r#"{
      "id": "down", "name": "Downstream", "end_of_support_meaning": "m",
      "releases": [{
        "id": "down-1", "name": "Down 1", "version": "1", "released": "2010-02-01",
        "kernel": "2.6.32", "sources": ["s"], "inherits": "up-1",
        "statements": [
          { "capability": "xen-dom0", "status": "partial", "kind": "vendor-kernel",
            "note": "add-on kernel", "sources": ["s"] }
        ]
      }]
    }"#;
    let matrix = load(&inherit_files(child)).unwrap_or_else(|e| panic!("{e}"));
    let down = matrix.release("down-1").unwrap();
    let dom0 = down.statement("xen-dom0").unwrap();
    assert_eq!(dom0.note.as_deref(), Some("add-on kernel"));
    assert!(dom0.inherited_from.is_none(), "its own statement wins");
    let pvhvm = down.statement("xen-pvhvm").unwrap();
    let parent = pvhvm.inherited_from.as_ref().expect("inherited");
    assert_eq!(
        (parent.release.as_str(), parent.name.as_str()),
        ("up-1", "Up 1")
    );
}

#[test]
fn inheriting_from_nothing_itself_or_a_derivative_is_reported() {
    let child = r#"{
      "id": "down", "name": "Downstream", "end_of_support_meaning": "m",
      "releases": [
        { "id": "down-1", "name": "D1", "version": "1", "released": "2010-02-01",
          "kernel": "2.6.32", "sources": ["s"], "inherits": "up-9" },
        { "id": "down-2", "name": "D2", "version": "2", "released": "2010-02-01",
          "kernel": "2.6.32", "sources": ["s"], "inherits": "down-2" },
        { "id": "down-3", "name": "D3", "version": "3", "released": "2010-02-01",
          "kernel": "2.6.32", "sources": ["s"], "inherits": "down-4" },
        { "id": "down-4", "name": "D4", "version": "4", "released": "2010-02-01",
          "kernel": "2.6.32", "sources": ["s"], "inherits": "up-1" }
      ]
    }"#;
    let problems: Vec<String> = load(&inherit_files(child))
        .unwrap_err()
        .problems
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "child.json: releases[0].inherits: unknown release \"up-9\"",
            "child.json: releases[1].inherits: a release cannot inherit from itself",
            "child.json: releases[2].inherits: \"down-4\" inherits from \"up-1\" itself; inherit from the original",
        ]
    );
}

const GLOSSARY_CAPABILITIES: &str = r#"{
  "data_as_of": "2026-11-26",
  "hypervisors": [{ "id": "xen", "name": "Xen" }],
  "capabilities": [
    { "id": "xen-dom0", "name": "Xen dom0", "hypervisor": "xen",
      "description": "Boots as dom0, then as [[dom0]], with [[backends]] and [[ unclosed",
      "mainline": [{ "from": "3.0", "status": "partial", "note": "[[PV]] guest, then [[]]", "sources": ["s"] }] }
  ]
}"#;

const GLOSSARY_DISTRO: &str = r#"{
  "id": "up", "name": "Upstream", "end_of_support_meaning": "m",
  "releases": [{
    "id": "up-1", "name": "Up 1", "version": "1", "released": "2010-01-01", "kernel": "2.6.32",
    "sources": ["s"],
    "statements": [
      { "capability": "xen-dom0", "status": "no", "kind": "config-disabled",
        "note": "[[Dom0]] kernel with pv drivers, the [[xenified|XenLinux]] patch", "sources": ["s"] }
    ]
  }]
}"#;

const GLOSSARY: &str = r#"{
  "terms": [
    { "id": "dom0", "words": ["dom0", "initial domain"],
      "en": { "name": "dom0", "definition": "The first [[domU|guest]].", "relation": "Serves [[nope]]." },
      "de": { "name": "dom0", "definition": "", "relation": "Bedient Gäste." },
      "sources": [] },
    { "id": "dom0", "words": ["Initial Domain"],
      "en": { "name": "again", "definition": "d", "relation": "r" }, "sources": ["s"] },
    { "id": "PV", "words": ["PV", "pv drivers"],
      "en": { "name": "PV", "definition": "d", "relation": "r" }, "sources": ["missing"] }
  ],
  "claims": [
    { "id": "dom0-2.6.37", "en": { "claim": "c", "finding": "[[dom0]] from 2.6.37" }, "sources": [] }
  ]
}"#;

/// Issue 18: the glossary is linted like the rest. A term without a source, a link to a term
/// that does not exist and a term mentioned before it is linked are reported with their paths.
#[test]
fn glossary_problems_are_reported_with_their_paths() {
    let files = DataFiles {
        capabilities: DataFile {
            path: "caps.json",
            text: GLOSSARY_CAPABILITIES,
        },
        sources: DataFile {
            path: "sources.json",
            text: INHERIT_SOURCES,
        },
        distros: vec![DataFile {
            path: "up.json",
            text: GLOSSARY_DISTRO,
        }],
        kconfigs: DataFile {
            path: "kconfigs.json",
            text: r#"{ "configs": [] }"#,
        },
        glossary: Some(DataFile {
            path: "glossary.json",
            text: GLOSSARY,
        }),
        provenance: true,
        words: true,
    };
    let problems: Vec<String> = load(&files)
        .unwrap_err()
        .problems
        .iter()
        .map(ToString::to_string)
        .collect();
    let expected = [
        "glossary.json: terms[1].id: duplicate term id \"dom0\" (first at terms[0].id)",
        "glossary.json: terms[1].words[0]: \"Initial Domain\" already names the term \"dom0\"",
        "glossary.json: terms[0].en.definition: a term link to \"domU\", which is no glossary term; add it to the glossary or link a term it has",
        "glossary.json: terms[0].en.relation: a term link to \"nope\", which is no glossary term; add it to the glossary or link a term it has",
        "glossary.json: terms[0].de.definition: empty definition",
        "glossary.json: terms[0].sources: cites no source",
        "glossary.json: terms[2].id: \"PV\" is not a lower-case id (letters, digits, '-', '.')",
        "glossary.json: terms[2].sources[0]: unknown source \"missing\"; add it to the sources",
        "glossary.json: claims[0].sources: cites no source",
        "caps.json: capabilities[0].description: \"dom0\" is the glossary term \"dom0\": link its first mention, [[dom0]]",
        "caps.json: capabilities[0].description: a term link to \"backends\", which is no glossary term; add it to the glossary or link a term it has",
        "caps.json: capabilities[0].description: \"[[\" without \"]]\": a term link is [[term]] or [[term|words]]",
        "caps.json: capabilities[0].mainline[0].note: a term link to \"PV\", which is no glossary term; add it to the glossary or link a term it has",
        "caps.json: capabilities[0].mainline[0].note: an empty term link",
        "up.json: releases[0].statements[0].note: \"pv drivers\" is the glossary term \"PV\": link its first mention, [[PV|pv drivers]]",
        "up.json: releases[0].statements[0].note: a term link to \"xenified\", which is no glossary term; add it to the glossary or link a term it has",
    ];
    assert_eq!(problems, expected);
}
