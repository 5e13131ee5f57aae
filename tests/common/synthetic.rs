//! A synthetic custom-data document ten times the size of the built-in matrix, for the scale
//! test, the benchmarks and `examples/synthetic_data.rs`. Deterministic: the same text each time.

use std::fmt::Write;

/// Releases and capabilities the document adds to the built-in ones (75 and 31), to reach about
/// 600 releases and 60 capabilities.
pub const RELEASES: usize = 540;
pub const CAPABILITIES: usize = 30;

/// The document: one source, ten distributions, `CAPABILITIES` capabilities with two mainline
/// stages each, and `RELEASES` releases with a dozen statements each.
pub fn document() -> String {
    let mut out = String::from("{\n  \"sources\": [{\"id\": \"synthetic\", \"title\": \"Synthetic data\", \"url\": \"https://example.org/synthetic\"}],\n");
    out.push_str("  \"capabilities\": [\n");
    let hypervisors = ["xen", "kvm", "hyperv", "vmware"];
    for c in 0..CAPABILITIES {
        let _ = writeln!(
            out,
            "    {{\"id\": \"synthetic-cap-{c}\", \"name\": \"Synthetic capability {c}\", \"hypervisor\": \"{}\", \"description\": \"A capability made up for the scale test.\", \"kconfig\": [\"CONFIG_SYNTHETIC_{c}\"], \"mainline\": [{{\"from\": \"3.{c}\", \"status\": \"partial\", \"note\": \"first stage\", \"sources\": [\"synthetic\"]}}, {{\"from\": \"5.{c}\", \"status\": \"yes\", \"sources\": [\"synthetic\"]}}]}}{}",
            hypervisors[c % hypervisors.len()],
            if c + 1 < CAPABILITIES { "," } else { "" }
        );
    }
    out.push_str("  ],\n  \"distros\": [\n");
    for d in 0..10 {
        let _ = writeln!(
            out,
            "    {{\"id\": \"synth{d}\", \"name\": \"Synthetic Linux {d}\", \"end_of_support_meaning\": \"made up\"}}{}",
            if d < 9 { "," } else { "" }
        );
    }
    out.push_str("  ],\n  \"releases\": [\n");
    let statuses = ["yes", "no", "partial", "unknown"];
    for r in 0..RELEASES {
        let (d, n) = (r % 10, r / 10);
        let _ = write!(
            out,
            "    {{\"distro\": \"synth{d}\", \"id\": \"synth{d}-{n}\", \"name\": \"Synthetic {d} release {n}\", \"version\": \"{n}\", \"released\": \"{}-{:02}-01\", \"kernel\": \"{}.{}.0\", \"sources\": [\"synthetic\"], \"point_releases\": [",
            2005 + n % 20,
            1 + r % 12,
            2 + n % 5,
            n % 20
        );
        // The release itself, then the point releases its statements start in.
        for p in 0..13 {
            let version = if p == 0 {
                n.to_string()
            } else {
                format!("{n}.{}", p - 1)
            };
            let _ = write!(
                out,
                "{}{{\"version\": \"{version}\", \"sources\": [\"synthetic\"]}}",
                if p > 0 { ", " } else { "" }
            );
        }
        out.push_str("], \"statements\": [");
        for s in 0..12 {
            let status = statuses[(r + s) % statuses.len()];
            let capability = if s % 2 == 0 {
                format!("synthetic-cap-{}", (r + s) % CAPABILITIES)
            } else {
                [
                    "xen-dom0",
                    "xen-pvhvm",
                    "virtio-net-blk",
                    "hyperv-drivers",
                    "vmware-pvscsi",
                    "kvm-clock",
                ][s / 2]
                    .to_owned()
            };
            let _ = write!(
                out,
                "{}{{\"capability\": \"{capability}\", \"status\": \"{status}\", \"kind\": \"backport\", \"since\": \"{n}.{s}\", \"note\": \"made up\", \"sources\": [\"synthetic\"]}}",
                if s > 0 { ", " } else { "" }
            );
        }
        let _ = writeln!(out, "]}}{}", if r + 1 < RELEASES { "," } else { "" });
    }
    out.push_str("  ]\n}\n");
    out
}
