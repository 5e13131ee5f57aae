//! The glossary: the words the data uses (PV, HVM, dom0, pvops, ...), each explained with its
//! sources, and the markup that links a text to them.
//!
//! A capability's description, a stage's note or a statement's note links a term as
//! `[[term]]` (shown as written, `[[PVHVM]]` links `pvhvm`) or `[[term|words]]` (shows the
//! words: `[[split-drivers|backends]]`). Term ids are matched in any case. [`spans`] reads the
//! markup for the interface, [`plain`] drops it for the exports, and [`check`] is the data
//! lint's rule: every link names a term, and in the built-in data a text links a term it
//! mentions (by one of the term's `words`) at its first mention.

use std::borrow::Cow;

use super::source::Source;

/// The glossary of the data: its terms, and the original article's claims set against the
/// kernel history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Glossary {
    pub terms: Vec<Term>,
    pub claims: Vec<Claim>,
}

impl Glossary {
    /// Looks a term up by id (lower case, as [`term_id`] makes it).
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }
}

/// One term: what it is, how it relates to the others, and where that comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// Lower-case id, what links name: `pvhvm`.
    pub id: String,
    /// The words that name it in a text (`PVHVM`, `PV on HVM`), matched in any case.
    pub words: Vec<String>,
    pub en: TermText,
    /// The German words; custom data may leave them out (the English ones are shown).
    pub de: Option<TermText>,
    pub sources: Vec<Source>,
}

/// A term's words in one language; `definition` and `relation` may link other terms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TermText {
    pub name: String,
    pub definition: String,
    pub relation: String,
}

/// A claim of the article the matrix started from, and what the kernel history shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub id: String,
    pub en: ClaimText,
    pub de: Option<ClaimText>,
    pub sources: Vec<Source>,
}

/// A claim's words in one language; `finding` may link terms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimText {
    pub claim: String,
    pub finding: String,
}

/// A piece of a marked-up text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span<'a> {
    Text(&'a str),
    /// `[[target|label]]`; the label is the target when none is given.
    Link {
        target: &'a str,
        label: &'a str,
    },
}

/// The pieces of a marked-up text, in order. An unclosed `[[` stays text (the lint reports it).
pub fn spans(text: &str) -> Spans<'_> {
    Spans { rest: text }
}

/// See [`spans`].
pub struct Spans<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Spans<'a> {
    type Item = Span<'a>;

    fn next(&mut self) -> Option<Span<'a>> {
        if self.rest.is_empty() {
            return None;
        }
        let start = self.rest.find("[[").unwrap_or(self.rest.len());
        let end = self.rest[start..].find("]]").map(|end| start + end);
        let (piece, rest) = match end {
            Some(end) if start == 0 => {
                let inner = &self.rest[2..end];
                let (target, label) = inner.split_once('|').unwrap_or((inner, inner));
                (Span::Link { target, label }, &self.rest[end + 2..])
            }
            Some(_) => (Span::Text(&self.rest[..start]), &self.rest[start..]),
            None => (Span::Text(self.rest), ""),
        };
        self.rest = rest;
        Some(piece)
    }
}

/// The id a link target names: `PVHVM` names `pvhvm`.
pub fn term_id(target: &str) -> String {
    target.trim().to_ascii_lowercase()
}

/// The text as it reads, links replaced by their words: for exports and tooltips.
pub fn plain(text: &str) -> Cow<'_, str> {
    if !text.contains("[[") {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        spans(text)
            .map(|span| match span {
                Span::Text(text) => text,
                Span::Link { label, .. } => label,
            })
            .collect(),
    )
}

/// A term's id and the words that name it: what [`check`] matches texts against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermWords {
    pub id: String,
    pub words: Vec<String>,
}

impl TermWords {
    pub fn of(id: &str, words: &[String]) -> Self {
        TermWords {
            id: id.to_owned(),
            words: words.to_vec(),
        }
    }

    /// Every term of a glossary.
    pub fn all(glossary: &Glossary) -> Vec<TermWords> {
        glossary
            .terms
            .iter()
            .map(|t| TermWords::of(&t.id, &t.words))
            .collect()
    }
}

/// What is wrong with a marked-up text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextProblem {
    /// A `[[` without its `]]`.
    Unclosed,
    /// `[[]]`, or a link without words to show.
    Empty,
    /// A link to a term the glossary does not have.
    UnknownTerm(String),
    /// A term mentioned (by `word`, as written) before any link to it.
    Unlinked { word: String, term: String },
}

/// Checks a marked-up text against the terms: every link names one of them, and, when
/// `require_links`, each term the text mentions is linked at (or before) its first mention.
pub fn check(text: &str, terms: &[TermWords], require_links: bool) -> Vec<TextProblem> {
    let mut problems = Vec::new();
    let mut linked: Vec<String> = Vec::new();
    for span in spans(text) {
        match span {
            Span::Link { target, label } => {
                let id = term_id(target);
                if id.is_empty() || label.trim().is_empty() {
                    problems.push(TextProblem::Empty);
                } else if terms.iter().any(|t| t.id == id) {
                    linked.push(id);
                } else {
                    problems.push(TextProblem::UnknownTerm(target.to_owned()));
                }
            }
            Span::Text(text) => {
                if text.contains("[[") {
                    problems.push(TextProblem::Unclosed);
                }
                // The WebAssembly build never asks (the data lint runs natively): no scanner in it.
                if !require_links || cfg!(target_arch = "wasm32") {
                    continue;
                }
                for (word, term) in mentions(text, terms) {
                    let seen = problems.iter().any(
                        |p| matches!(p, TextProblem::Unlinked { term: t, .. } if *t == term.id),
                    );
                    if !seen && !linked.contains(&term.id) {
                        problems.push(TextProblem::Unlinked {
                            word: word.to_owned(),
                            term: term.id.clone(),
                        });
                    }
                }
            }
        }
    }
    problems
}

/// Whether a byte continues a word: letters, digits, `_` and `-` (so `virtio-net` is not a
/// mention of `virtio`, nor `CONFIG_XEN_PV` of `PV`).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// The terms a plain text mentions, in order: at each word start the longest of the terms'
/// words that stands there as a whole word (`PV drivers` before `PV`), as written or with its
/// first letter capitalised (`Dom0` at the start of a sentence; `VIRTIO`, the Kconfig symbol,
/// is not `virtio`).
fn mentions<'t, 'w>(text: &'t str, terms: &'w [TermWords]) -> Vec<(&'t str, &'w TermWords)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if at > 0 && is_word_byte(bytes[at - 1]) {
            at += 1;
            continue;
        }
        let longest = terms
            .iter()
            .flat_map(|term| term.words.iter().map(move |word| (word, term)))
            .filter(|(word, _)| {
                let end = at + word.len();
                end <= bytes.len()
                    && written(&bytes[at..end], word.as_bytes())
                    && bytes.get(end).is_none_or(|b| !is_word_byte(*b))
            })
            .max_by_key(|(word, _)| word.len());
        match longest {
            Some((word, term)) => {
                found.push((&text[at..at + word.len()], term));
                at += word.len();
            }
            None => at += 1,
        }
    }
    found
}

/// Whether `found` is `word` as written, or with its first letter capitalised.
fn written(found: &[u8], word: &[u8]) -> bool {
    match (found.split_first(), word.split_first()) {
        (Some((f, found)), Some((w, word))) => {
            (f == w || *f == w.to_ascii_uppercase()) && found == word
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms() -> Vec<TermWords> {
        let words = |w: &[&str]| w.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        vec![
            TermWords::of("pv", &words(&["PV", "paravirtualized"])),
            TermWords::of("pv-drivers", &words(&["PV drivers"])),
            TermWords::of("virtio", &words(&["virtio"])),
            TermWords::of("dom0", &words(&["dom0"])),
        ]
    }

    #[test]
    fn spans_and_plain_text() {
        let text = "A [[PVHVM]] guest with [[split-drivers|backends]] and [[ unclosed";
        assert_eq!(
            spans(text).collect::<Vec<_>>(),
            [
                Span::Text("A "),
                Span::Link {
                    target: "PVHVM",
                    label: "PVHVM"
                },
                Span::Text(" guest with "),
                Span::Link {
                    target: "split-drivers",
                    label: "backends"
                },
                Span::Text(" and [[ unclosed"),
            ]
        );
        assert_eq!(plain(text), "A PVHVM guest with backends and [[ unclosed");
        assert!(matches!(plain("no links"), Cow::Borrowed("no links")));
        assert_eq!(term_id("PVHVM"), "pvhvm");
    }

    /// One case a line: the text, and the problems `check` finds with links required.
    #[test]
    fn the_first_mention_of_a_term_is_linked() {
        let cases: &[(&str, &[TextProblem])] = &[
            ("[[PV]] disk and PV network", &[]),
            (
                "PV disk and [[PV]] network",
                &[TextProblem::Unlinked {
                    word: "PV".into(),
                    term: "pv".into(),
                }],
            ),
            // The longest word wins: "PV drivers" is the other term, not PV.
            (
                "PV drivers, then [[PV]]",
                &[TextProblem::Unlinked {
                    word: "PV drivers".into(),
                    term: "pv-drivers".into(),
                }],
            ),
            // Whole words only (`-` and `_` continue a word), as written or capitalised.
            (
                "virtio-net over CONFIG_XEN_PV, depends on VIRTIO, pv and dom0s",
                &[],
            ),
            (
                "Dom0's backends",
                &[TextProblem::Unlinked {
                    word: "Dom0".into(),
                    term: "dom0".into(),
                }],
            ),
            (
                "[[nope]] and [[|x]]",
                &[TextProblem::UnknownTerm("nope".into()), TextProblem::Empty],
            ),
            (
                "[[dom0",
                &[
                    TextProblem::Unclosed,
                    TextProblem::Unlinked {
                        word: "dom0".into(),
                        term: "dom0".into(),
                    },
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(check(text, &terms(), true), *expected, "{text}");
        }
        // Without the rule (custom data) only the links are checked.
        assert_eq!(
            check("PV and [[nope]]", &terms(), false),
            [TextProblem::UnknownTerm("nope".into())]
        );
    }
}
