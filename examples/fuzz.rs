//! A fuzz harness on stable Rust: proptest generates inputs for each target for a bounded time
//! and checks the properties in `tests/common/fuzz_checks.rs`. A failing input is shrunk to a
//! minimal one, printed and saved to `tests/fuzz-regressions/<target>/<hash>.txt`, which
//! `tests/fuzz_regressions.rs` then replays in every `cargo test`.
//!
//! Usage: `scripts/fuzz [seconds per target, default 30] [target...]`, which runs
//! `cargo run --profile fuzz --example fuzz -- ...` (the release profile aborts on a panic,
//! so the fuzz profile unwinds to catch it). `FUZZ_SEED=<n>` repeats a run's inputs.
//! See docs/fuzzing.md.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/common/fuzz_checks.rs"]
mod fuzz_checks;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    harness::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod harness {
    use std::cell::Cell;
    use std::fs;
    use std::path::Path;
    use std::process::ExitCode;
    use std::sync::Mutex;
    use std::time::{Duration, Instant};

    use proptest::prelude::*;
    use proptest::strategy::BoxedStrategy;
    use proptest::test_runner::{Config, RngSeed, TestError, TestRunner};
    use pv_matrix::matrix::builtin;
    use pv_matrix::matrix::embedded::builtin_files;

    use crate::fuzz_checks::{Target, TARGETS};

    /// Cases per call of the runner; the clock is checked between batches.
    const BATCH: u32 = 64;

    /// The last panic's message and place, recorded instead of printed while fuzzing.
    static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

    pub fn main() -> ExitCode {
        let mut args = std::env::args().skip(1).peekable();
        let seconds = match args.peek().map(|a| a.parse::<f64>()) {
            Some(Ok(s)) => {
                args.next();
                s
            }
            _ => 30.0,
        };
        let wanted: Vec<String> = args.collect();
        if let Some(unknown) = wanted
            .iter()
            .find(|w| !TARGETS.iter().any(|t| t.name == w.as_str()))
        {
            let names: Vec<_> = TARGETS.iter().map(|t| t.name).collect();
            eprintln!(
                "unknown target {unknown:?}; the targets: {}",
                names.join(", ")
            );
            return ExitCode::from(2);
        }
        let seed: u64 = std::env::var("FUZZ_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos() as u64)
            });
        std::panic::set_hook(Box::new(|info| {
            if let Ok(mut last) = LAST_PANIC.lock() {
                *last = info.to_string();
            }
        }));
        println!("fuzzing {seconds} s per target, FUZZ_SEED={seed}");
        println!(
            "{:<12} {:>10} {:>10} {:>9}",
            "target", "cases", "cases/s", "failures"
        );
        let mut failed = false;
        for target in TARGETS
            .iter()
            .filter(|t| wanted.is_empty() || wanted.iter().any(|w| w == t.name))
        {
            let strategy = strategy(target.name);
            let (cases, elapsed, failure) =
                fuzz(target, strategy, Duration::from_secs_f64(seconds), seed);
            println!(
                "{:<12} {:>10} {:>10.0} {:>9}",
                target.name,
                cases,
                cases as f64 / elapsed.as_secs_f64().max(1e-9),
                u8::from(failure.is_some())
            );
            if let Some((input, reason)) = failure {
                failed = true;
                report(target, &input, &reason);
            }
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    /// Runs one target until its time is up or it fails; the failure is the shrunk input and
    /// what it broke. Cases count every input checked, shrinking steps included.
    fn fuzz(
        target: &Target,
        strategy: BoxedStrategy<String>,
        time: Duration,
        seed: u64,
    ) -> (u64, Duration, Option<(String, String)>) {
        let cases = Cell::new(0u64);
        let start = Instant::now();
        let mut batch = 0u64;
        while start.elapsed() < time {
            // A runner counts its successes across runs, so each batch gets a fresh one, seeded
            // from the run's seed and the batch number.
            let mut runner = TestRunner::new(Config {
                cases: BATCH,
                failure_persistence: None,
                max_shrink_time: 60_000,
                max_shrink_iters: 100_000,
                rng_seed: RngSeed::Fixed(seed.wrapping_add(batch)),
                ..Config::default()
            });
            batch += 1;
            let outcome = runner.run(&strategy, |input| {
                cases.set(cases.get() + 1);
                (target.check)(&input).map_err(TestCaseError::fail)
            });
            match outcome {
                Ok(()) => {}
                Err(TestError::Fail(reason, input)) => {
                    return (
                        cases.get(),
                        start.elapsed(),
                        Some((input, reason.to_string())),
                    );
                }
                Err(TestError::Abort(reason)) => {
                    let reason = format!("the runner gave up: {reason}");
                    return (cases.get(), start.elapsed(), Some((String::new(), reason)));
                }
            }
        }
        (cases.get(), start.elapsed(), None)
    }

    /// Prints a failure and saves its input as a regression file.
    fn report(target: &Target, input: &str, reason: &str) {
        // Run it once more so the recorded panic is this input's.
        let replay = std::panic::catch_unwind(|| (target.check)(input));
        let why = match replay {
            Err(_) => LAST_PANIC.lock().map(|p| p.clone()).unwrap_or_default(),
            Ok(Err(broken)) => broken,
            Ok(Ok(())) => format!("{reason} (passed when replayed)"),
        };
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz-regressions")
            .join(target.name);
        let path = dir.join(format!("{:08x}.txt", short_hash(input)));
        let saved = fs::create_dir_all(&dir).and_then(|()| fs::write(&path, input));
        println!("\n{} FAILED: {why}", target.name);
        println!("  minimal input ({} bytes): {input:?}", input.len());
        match saved {
            Ok(()) => println!("  saved to {}", path.display()),
            Err(e) => println!("  could not save it to {}: {e}", path.display()),
        }
    }

    /// FNV-1a folded to 32 bits: a stable short name for an input.
    fn short_hash(text: &str) -> u32 {
        let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        (hash ^ (hash >> 32)) as u32
    }

    fn strategy(target: &str) -> BoxedStrategy<String> {
        match target {
            "kernel" => kernel_text(),
            "os-release" => pasted_system(),
            "kconfig" => kernel_config(),
            "query" => query_string(),
            "json" => json_text(),
            "custom-data" => custom_document(),
            other => unreachable!("no strategy for {other}"),
        }
    }

    /// Kernel strings as `uname -r` writes them, near misses, and anything at all; several on
    /// lines so the ordering is checked between them.
    fn kernel_text() -> BoxedStrategy<String> {
        let one = prop_oneof![
            "[vV ]?[0-9]{1,3}(\\.[0-9]{1,4}){0,5}\\.?([-+_~.][-_+~.a-zA-Z0-9]{0,30})?",
            "[0-9]{1,25}\\.[0-9]{1,25}(\\.[0-9]{1,3})?-[0-9]{1,45}(\\.el[0-9]{1,2}(_[0-9])?)?",
            "[0-9.]{0,12}[-_+~.a-zA-Z0-9 \t]{0,24}",
            prop::sample::select(REAL_KERNELS.to_vec()).prop_map(str::to_owned),
            any::<String>(),
        ];
        prop::collection::vec(one, 1..4)
            .prop_map(|lines| lines.join("\n"))
            .boxed()
    }

    const REAL_KERNELS: [&str; 12] = [
        "2.6.32-754.35.1.el6.x86_64",
        "2.6.18-419.el5xen",
        "4.18.0-513.5.1.el8_9.x86_64",
        "5.14.0-362.8.1.el9_3.x86_64",
        "6.5.6-300.fc39.x86_64",
        "5.10.0-0.deb10.16-amd64",
        "4.19.0-26-amd64",
        "5.15.0-91-generic",
        "5.14.21-150500.55.44-default",
        "3.0.101-63-xen",
        "5.15.0-205.149.5.1.el8uek.x86_64",
        "6.6.6-arch1-1",
    ];

    /// What people paste into the system check: os-release lines (quoted, unquoted, CRLF,
    /// comments, huge values), `uname` lines, and anything at all.
    fn pasted_system() -> BoxedStrategy<String> {
        let key = prop_oneof![
            prop::sample::select(vec![
                "ID",
                "VERSION_ID",
                "PRETTY_NAME",
                "NAME",
                "ID_LIKE",
                "VERSION",
                " ID ",
            ])
            .prop_map(str::to_owned),
            "[A-Z_]{1,12}",
        ];
        let value = prop_oneof![
            prop::sample::select(vec![
                "rhel",
                "centos",
                "almalinux",
                "rocky",
                "ol",
                "fedora",
                "debian",
                "ubuntu",
                "sles",
                "sled",
                "sles_sap",
                "RHEL",
                "",
            ])
            .prop_map(str::to_owned),
            "[0-9]{1,3}(\\.[0-9]{1,3})?(-[Ss][Pp][0-9]{1,3})?",
            "[-a-zA-Z0-9._ =#]{0,20}",
            (any::<char>(), 0..50_000usize).prop_map(|(c, n)| c.to_string().repeat(n)),
            any::<String>(),
        ];
        let quote = prop::sample::select(vec!["", "\"", "'", "\"'"]);
        let line = prop_oneof![
            4 => (key, quote, value).prop_map(|(k, q, v)| format!("{k}={q}{v}{q}")),
            1 => "#[ -~]{0,20}",
            1 => prop::sample::select(REAL_KERNELS.to_vec()).prop_map(str::to_owned),
            1 => prop::sample::select(REAL_KERNELS.to_vec())
                .prop_map(|k| format!("Linux host {k} #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux")),
            1 => "[ -~]{0,30}",
            1 => any::<String>(),
        ];
        joined_lines(line, 8, &["\n", "\r\n", "\r", "\n\n"])
    }

    /// Up to `most` lines joined by one of `separators`, and now and then anything at all.
    fn joined_lines(
        line: impl Strategy<Value = String> + 'static,
        most: usize,
        separators: &[&'static str],
    ) -> BoxedStrategy<String> {
        let separator = prop::sample::select(separators.to_vec());
        prop_oneof![
            4 => (prop::collection::vec(line, 0..most), separator)
                .prop_map(|(lines, sep)| lines.join(sep)),
            1 => any::<String>(),
        ]
        .boxed()
    }

    /// Kernel configurations: `CONFIG_X=y|m|n|value`, `# CONFIG_X is not set`, the header
    /// with a version, the symbols the data names, and garbage.
    fn kernel_config() -> BoxedStrategy<String> {
        let symbols: Vec<String> = builtin()
            .map(|m| {
                m.capabilities
                    .iter()
                    .flat_map(|c| &c.kconfig)
                    .flat_map(|r| r.split('|'))
                    .map(|s| s.trim().to_owned())
                    .collect()
            })
            .unwrap_or_default();
        let symbol = prop_oneof![
            prop::sample::select(symbols),
            "CONFIG_[A-Z0-9_]{1,20}",
            "[ A-Z_]{0,12}",
        ];
        let line = prop_oneof![
            4 => (symbol.clone(), prop_oneof![
                prop::sample::select(vec!["y", "m", "n", "\"\"", "\"y\"", " y", "Y"])
                    .prop_map(str::to_owned),
                "[0-9x]{0,8}",
                "\"[^\"\n]{0,20}\"",
            ]).prop_map(|(s, v)| format!("{s}={v}")),
            2 => symbol.prop_map(|s| format!("# {s} is not set")),
            1 => "[ -~]{0,20}".prop_map(|v| format!("# Linux/x86 {v} Kernel Configuration")),
            1 => "#[ -~]{0,30}",
            1 => any::<String>(),
        ];
        joined_lines(line, 12, &["\n", "\r\n"])
    }

    /// Query strings: the widget's parameters with ids from the data, percent escapes (valid,
    /// broken, encoded UTF-8), `+`, empty pairs, script-shaped payloads, and anything at all.
    fn query_string() -> BoxedStrategy<String> {
        let mut ids: Vec<String> = Vec::new();
        if let Ok(m) = builtin() {
            ids.extend(m.releases().flat_map(|r| {
                std::iter::once(r.id.as_str().to_owned()).chain(r.aliases.iter().cloned())
            }));
            ids.extend(m.capabilities.iter().map(|c| c.id.as_str().to_owned()));
            ids.extend(m.hypervisors.iter().map(|h| h.id.clone()));
        }
        ids.extend(["yes", "no", "partial", "unknown", "RHEL-6", " rhel-6 "].map(String::from));
        let key = prop_oneof![
            prop::sample::select(vec![
                "releases",
                "compare",
                "need",
                "kernel",
                "capabilities",
                "hypervisors",
                "status",
                "x",
                "",
                "kern%65l",
                "releases%3D",
            ])
            .prop_map(str::to_owned),
            "[a-z%0-9]{0,8}",
        ];
        let piece = prop_oneof![
            4 => prop::sample::select(ids),
            1 => "%[0-9A-Fa-fZz+]{0,2}",
            1 => "(%[C-F][0-9A-F]%[89AB][0-9A-F]){1,2}",
            1 => prop::sample::select(vec![
                "<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>",
                "javascript:alert(1)", "%3Cscript%3E", "CONFIG_XEN=y", "5.15.0-91-generic",
                "ID%3Drhel%0AVERSION_ID%3D8.9", "+", "++", "%2C", ",", "&", "=", "?",
            ])
            .prop_map(str::to_owned),
            1 => "[ -~]{0,12}",
            1 => any::<String>(),
        ];
        let value = prop::collection::vec(piece, 0..5).prop_map(|p| p.join(","));
        let pair = prop_oneof![
            6 => (key, value).prop_map(|(k, v)| format!("{k}={v}")),
            1 => Just(String::new()),
            1 => "[=&?]{1,3}",
        ];
        prop_oneof![
            5 => ("[?]?", prop::collection::vec(pair, 0..7))
                .prop_map(|(q, pairs)| format!("{q}{}", pairs.join("&"))),
            1 => any::<String>(),
        ]
        .boxed()
    }

    /// The built-in data files' texts, the starting points of mutations.
    fn data_texts() -> Vec<&'static str> {
        let files = builtin_files();
        let mut texts = vec![files.capabilities.text, files.sources.text];
        texts.extend(files.distros.iter().map(|f| f.text));
        texts
    }

    /// One change to a text; positions are taken modulo its length.
    #[derive(Clone, Debug)]
    enum Mutation {
        FlipByte(usize, u8),
        Truncate(usize),
        Delete(usize, usize),
        Insert(usize, String),
        /// Copies `len` bytes from the first position to the second.
        Splice(usize, usize, usize),
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            (any::<usize>(), 1..=255u8).prop_map(|(at, x)| Mutation::FlipByte(at, x)),
            any::<usize>().prop_map(Mutation::Truncate),
            (any::<usize>(), 1..200usize).prop_map(|(at, n)| Mutation::Delete(at, n)),
            (
                any::<usize>(),
                prop_oneof![
                    prop::sample::select(vec![
                        "{",
                        "}",
                        "[",
                        "]",
                        ",",
                        ":",
                        "\"",
                        "\\",
                        "\\u",
                        "\\ud800",
                        "null",
                        "1e999",
                        "-0",
                        "\"\":\"\",",
                        "\u{0}",
                        "é",
                        "😀",
                        "\r\n",
                    ])
                    .prop_map(str::to_owned),
                    any::<String>(),
                ]
            )
                .prop_map(|(at, s)| Mutation::Insert(at, s)),
            (any::<usize>(), 1..400usize, any::<usize>())
                .prop_map(|(from, n, to)| Mutation::Splice(from, n, to)),
        ]
    }

    /// Applies changes to bytes; what is not UTF-8 afterwards is read lossily, as a host's
    /// text would be.
    fn mutate(text: &str, mutations: &[Mutation]) -> String {
        let mut bytes = text.as_bytes().to_vec();
        for m in mutations {
            let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
            let len = bytes.len();
            match m {
                Mutation::FlipByte(i, x) if len > 0 => bytes[i % len] ^= x,
                Mutation::FlipByte(..) => {}
                Mutation::Truncate(i) => bytes.truncate(at(*i, len)),
                Mutation::Delete(i, n) => {
                    let start = at(*i, len);
                    bytes.drain(start..(start + n).min(len));
                }
                Mutation::Insert(i, s) => {
                    let start = at(*i, len);
                    bytes.splice(start..start, s.bytes());
                }
                Mutation::Splice(from, n, to) => {
                    let start = at(*from, len);
                    let chunk = bytes[start..(start + n).min(len)].to_vec();
                    let to = at(*to, len);
                    bytes.splice(to..to, chunk);
                }
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    fn mutated(texts: Vec<&'static str>) -> impl Strategy<Value = String> {
        (
            prop::sample::select(texts),
            prop::collection::vec(mutation(), 1..5),
        )
            .prop_map(|(text, ms)| mutate(text, &ms))
    }

    /// Any JSON value as serde_json models it, written compactly or pretty.
    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<f64>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(5, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// Deep nesting around a value: arrays, objects, or both, closed or not.
    fn nested() -> impl Strategy<Value = String> {
        (0..200usize, any::<bool>(), any::<bool>()).prop_map(|(depth, objects, closed)| {
            let (open, close) = if objects {
                ("{\"a\":", "}")
            } else {
                ("[", "]")
            };
            let tail = if closed {
                close.repeat(depth)
            } else {
                String::new()
            };
            format!("{}1{tail}", open.repeat(depth))
        })
    }

    fn json_text() -> BoxedStrategy<String> {
        prop_oneof![
            3 => mutated(data_texts()),
            2 => (json_value(), any::<bool>()).prop_map(|(v, pretty)| {
                if pretty {
                    serde_json::to_string_pretty(&v).unwrap_or_default()
                } else {
                    v.to_string()
                }
            }),
            1 => nested(),
            1 => "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,24}",
            1 => "-?(0|[1-9][0-9]{0,400})(\\.[0-9]{1,20})?([eE][+-]?[0-9]{1,5})?",
            1 => any::<String>(),
        ]
        .boxed()
    }

    /// A valid custom document (the format of docs/embedding.md, as in tests/custom_data.rs).
    const VALID_CUSTOM: &str = r#"{
  "sources": [{"id": "acme-wiki", "title": "ACME platform wiki", "url": "https://wiki.acme.example/pv"}],
  "distros": [{"id": "acme", "name": "ACME Linux", "end_of_support_meaning": "internal support"}],
  "releases": [{
    "distro": "acme", "id": "acme-1", "name": "ACME Linux 1", "version": "1",
    "released": "2024-03-01", "kernel": "6.1.0", "sources": ["acme-wiki"],
    "statements": [{"capability": "xen-dom0", "status": "no", "kind": "config-disabled",
                    "note": "Built without dom0 support.", "sources": ["acme-wiki"]}]
  },
  {"distro": "debian", "id": "debian-6.0", "name": "Debian 6.0 (ours)", "aliases": ["debian-squeeze"],
   "version": "6.0", "released": "2011-02-06", "kernel": "3.2.0", "inherits": "rhel-6",
   "sources": ["debian-news-squeeze-kernel"]},
  {"distro": "rhel", "id": "rhel-6-acme", "name": "RHEL 6 ACME", "version": "6", "inherits": "rhel-6",
   "released": "2011-01-01", "kernel": "2.6.32-754.el6", "sources": ["acme-wiki"]}],
  "statements": [{"release": "rhel-8", "capability": "xen-balloon", "status": "yes", "kind": "config-enabled",
                  "note": "Our internal rebuild enables the balloon driver.", "sources": ["acme-wiki"]},
                 {"release": "rhel-6", "capability": "xen-dom0", "status": "partial", "kind": "backport",
                  "since": "6.10", "note": "Ours.", "sources": ["acme-wiki"]}]
}"#;

    /// Custom documents: mutations of a valid one, and documents built from the members the
    /// format knows with values drawn from the data's ids and from anywhere.
    fn custom_document() -> BoxedStrategy<String> {
        use serde_json::{Map, Value};
        let mut ids: Vec<String> = Vec::new();
        if let Ok(m) = builtin() {
            ids.extend(m.releases().flat_map(|r| {
                std::iter::once(r.id.as_str().to_owned()).chain(r.aliases.iter().cloned())
            }));
            ids.extend(m.capabilities.iter().map(|c| c.id.as_str().to_owned()));
            ids.extend(m.distros.iter().map(|d| d.id.clone()));
        }
        ids.extend(
            [
                "acme",
                "acme-1",
                "acme-wiki",
                "debian-news-squeeze-kernel",
                "yes",
                "no",
                "partial",
                "unknown",
                "backport",
                "config-enabled",
                "config-disabled",
                "vendor-kernel",
                "2024-03-01",
                "2011-02-30",
                "6.1.0",
                "2.6.32-754.el6",
                "3.0",
                "6.10",
                "https://wiki.acme.example/",
                "http://x",
                "javascript:alert(1)",
                "",
                " ",
                "RHEL-6",
                "<img src=x onerror=alert(1)>",
            ]
            .map(String::from),
        );
        let text = prop_oneof![4 => prop::sample::select(ids), 1 => any::<String>()];
        let scalar = prop_oneof![
            6 => text.clone().prop_map(Value::String),
            1 => prop::collection::vec(text.clone().prop_map(Value::String), 0..3)
                .prop_map(Value::Array),
            1 => Just(Value::Null),
            1 => any::<bool>().prop_map(Value::Bool),
            1 => any::<i32>().prop_map(Value::from),
        ];
        let member = prop::sample::select(vec![
            "id",
            "name",
            "distro",
            "version",
            "released",
            "end_of_support",
            "kernel",
            "sources",
            "statements",
            "aliases",
            "inherits",
            "capability",
            "status",
            "kind",
            "note",
            "since",
            "uncertain",
            "title",
            "url",
            "release",
            "end_of_support_meaning",
            "codename",
            "flavours",
            "flavour",
            "notes",
            "colour",
        ]);
        let object = |members: Vec<(&str, Value)>| {
            Value::Object(
                members
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v))
                    .collect::<Map<String, Value>>(),
            )
        };
        // Statements and flavours inside releases are objects too.
        let inner = prop::collection::vec((member.clone(), scalar.clone()), 0..8).prop_map(object);
        let value = prop_oneof![
            4 => scalar,
            1 => prop::collection::vec(inner, 0..3).prop_map(Value::Array),
        ];
        let item = prop::collection::vec((member, value), 0..10).prop_map(object);
        let list = prop::collection::vec(item, 0..4).prop_map(Value::Array);
        let section = prop::sample::select(vec![
            "sources",
            "distros",
            "releases",
            "statements",
            "other",
        ]);
        let generated = prop::collection::vec((section, list), 0..5).prop_map(|sections| {
            Value::Object(
                sections
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v))
                    .collect::<Map<String, Value>>(),
            )
            .to_string()
        });
        prop_oneof![
            3 => mutated(vec![VALID_CUSTOM]),
            3 => generated,
            1 => any::<String>(),
        ]
        .boxed()
    }
}
