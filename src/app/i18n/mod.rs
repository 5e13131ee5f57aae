//! The interface's languages: English and German. Every string the interface shows is a field
//! of [`Texts`], and each language is one `Texts` value ([`en::TEXTS`], [`de::TEXTS`]), so a
//! key missing in one language does not compile. Sentences with parts filled in are templates
//! with numbered holes (`{0}`, `{1}`), filled by [`fill`], so each language orders its words
//! as it needs; a test checks that both languages use the same holes.
//!
//! The data (capability names and descriptions, notes of sources) is written in English; the
//! German catalog names and describes each capability by its id, and words the mainline stages'
//! short hints by their English text ([`de::STAGE_HINTS`]). Free-text notes stay English and are
//! marked `lang="en"` where they are shown.

pub mod de;
pub mod en;

use crate::matrix::glossary::{Claim, ClaimText, Term, TermText};
use crate::matrix::{Capability, Date, Hypervisor, ParseKernelVersionErrorKind, Stage, Status};

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 code, as in `?lang=` and the `lang` attribute: `en`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's own name, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// Reads a language tag such as `de`, `de-AT`, `DE` or `en_US` by its primary subtag (what
    /// comes before the first `-` or `_`, ASCII whitespace around the tag stripped, in any
    /// case); `None` for a language the interface does not speak, or for what is not one tag
    /// (`fr, de`). Part of the one rule for the interface language, see [`Lang::first_spoken`].
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim_ascii()
            .split(['-', '_'])
            .next()
            .unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else if primary.eq_ignore_ascii_case("de") {
            Some(Lang::De)
        } else {
            None
        }
    }

    /// The first of `tags` that the interface speaks ([`Lang::from_tag`]); `None` when it
    /// speaks none of them.
    ///
    /// This is the one rule for the interface language: the tags are the explicit choice
    /// (`?lang=` in the page's link, the `lang` attribute of `<pv-matrix>`) followed by the
    /// reader's languages (`navigator.languages`, then `navigator.language`), and the answer is
    /// English when this gives `None`. The widget applies it in two steps: the state reads the
    /// explicit tag (and reports one it does not speak), the browser glue the reader's
    /// languages. Two copies in JavaScript choose the words shown before the WebAssembly has
    /// loaded (the inline script of `index.html`, `chooseLanguage` in `static/embed.js`);
    /// `e2e/language-rule.test.mjs` checks that all three answer the table in
    /// `e2e/fixtures/language-rule.json` alike, and `tests/language_rule.rs` this function.
    pub fn first_spoken(tags: impl IntoIterator<Item = impl AsRef<str>>) -> Option<Lang> {
        tags.into_iter()
            .find_map(|tag| Lang::from_tag(tag.as_ref()))
    }

    /// The strings of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::De => &de::TEXTS,
        }
    }

    /// A day in this language's usual form: `2026-11-26` in English, `26.11.2026` in German.
    pub fn date(self, date: Date) -> String {
        match self {
            Lang::En => date.to_string(),
            Lang::De => format!("{:02}.{:02}.{:04}", date.day, date.month, date.year),
        }
    }

    /// A month: `2026-11` in English, `11/2026` in German.
    pub fn year_month(self, date: Date) -> String {
        match self {
            Lang::En => date.year_month(),
            Lang::De => format!("{:02}/{:04}", date.month, date.year),
        }
    }

    /// A capability's name in this language (the data's name in English).
    pub fn capability_name(self, capability: &Capability) -> &str {
        match (self, de::capability(&capability.id)) {
            (Lang::De, Some((name, _))) => name,
            _ => &capability.name,
        }
    }

    /// A capability's one-sentence description in this language.
    pub fn capability_description(self, capability: &Capability) -> &str {
        match (self, de::capability(&capability.id)) {
            (Lang::De, Some((_, description))) => description,
            _ => &capability.description,
        }
    }

    /// A mainline stage's hint in this language: the data's words in English, the German
    /// catalog's in German; `None` when the stage has none or German has no words for it.
    pub fn stage_hint(self, stage: &Stage) -> Option<&str> {
        let hint = stage.hint.as_deref()?;
        match self {
            Lang::En => Some(hint),
            Lang::De => de::stage_hint(hint),
        }
    }

    /// A glossary term's words in this language (German where the data has it, else English).
    pub fn term_text(self, term: &Term) -> &TermText {
        match (self, &term.de) {
            (Lang::De, Some(de)) => de,
            _ => &term.en,
        }
    }

    /// A claim of the article, and what the kernel history shows, in this language.
    pub fn claim_text(self, claim: &Claim) -> &ClaimText {
        match (self, &claim.de) {
            (Lang::De, Some(de)) => de,
            _ => &claim.en,
        }
    }

    /// A hypervisor group's name in this language.
    pub fn hypervisor_name(self, hypervisor: &Hypervisor) -> &str {
        match (self, de::hypervisor(&hypervisor.id)) {
            (Lang::De, Some(name)) => name,
            _ => &hypervisor.name,
        }
    }
}

/// Fills the numbered holes `{0}` to `{9}` of a template with `args`; other text stays.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let hole = rest.as_bytes().get(start + 1..start + 3);
        match hole {
            Some([digit @ b'0'..=b'9', b'}']) => {
                out.push_str(args.get(usize::from(digit - b'0')).copied().unwrap_or(""));
                rest = &rest[start + 3..];
            }
            _ => {
                out.push('{');
                rest = &rest[start + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

macro_rules! texts {
    ($($(#[$doc:meta])* $key:ident),* $(,)?) => {
        /// Every string of the interface in one language. A field is a plain text or a
        /// template with numbered holes for [`fill`].
        #[derive(Debug)]
        pub struct Texts {
            $($(#[$doc])* pub $key: &'static str,)*
        }

        #[cfg(test)]
        impl Texts {
            /// Every key with its text, for the catalog tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

texts! {
    status_yes, status_partial, status_no, status_unknown,
    meaning_yes, meaning_partial, meaning_no, meaning_unknown,
    /// `{0}`: a month.
    supported_until,
    /// `{0}`: a month.
    support_ended,
    /// `{0}`: a phase (ELS), `{1}`: a month.
    supported_phase,
    /// `{0}`: a phase (ELS), `{1}`: a month.
    supported_phase_paid,
    support_unknown,
    // Reasons. `{0}` names the release or system unless said otherwise.
    /// `{0}` release, `{1}` flavour, `{2}` kernel version.
    reason_other_flavour,
    flavour_other,
    /// `{0}` release, `{1}` since phrase, `{2}` mainline sentence.
    reason_later_update,
    mainline_undetermined,
    /// `{0}` version, `{1}` who, `{2}` kernel.
    mainline_not_yet,
    /// `{0}` version, `{1}` stage version, `{2}` who, `{3}` kernel.
    mainline_present_stage,
    /// `{0}` version, `{1}` who, `{2}` kernel.
    mainline_present,
    /// `{0}` version, `{1}` who, `{2}` kernel.
    mainline_removed,
    this_system, this_kernel,
    /// `{0}` parent release, `{1}` its reason.
    reason_inherited,
    /// `{0}` release, `{1}` flavour, `{2}` since phrase.
    reason_vendor_no,
    /// `{0}` release, `{1}` flavour, `{2}` since phrase.
    reason_vendor,
    /// `{0}` release, `{1}` kernel, `{2}` since phrase.
    reason_backport,
    /// `{0}` release, `{1}` since phrase.
    reason_config_enabled,
    /// `{0}` release, `{1}` since phrase.
    reason_config_disabled,
    /// `{0}` release, `{1}` flavour, `{2}` since phrase.
    reason_policy_yes,
    /// `{0}` release, `{1}` since phrase.
    reason_policy_no,
    /// `{0}` release, `{1}` since phrase.
    reason_policy_partial,
    /// `{0}` release, `{1}` kernel package, `{2}` the settings that decided.
    reason_shipped_config,
    /// `{0}` Kconfig symbol.
    symbol_absent,
    /// `{0}` mainline version, `{1}` who, `{2}` kernel.
    config_backported,
    /// `{0}` mainline version, `{1}` kernel.
    config_backported_here,
    /// `{0}` architecture, `{1}` release.
    fit_lacks,
    /// `{0}` release, `{1}` architecture.
    fit_whole,
    /// `{0}` architecture, `{1}` release.
    fit_part,
    /// `{0}` architecture.
    hint_only_arch,
    arch_i386, arch_x86_64,
    /// `{0}` point release.
    since_exact,
    /// `{0}` point release.
    since_at_most,
    hint_via, hint_patched_kernel, hint_backport, hint_distro_config, hint_config_off,
    hint_distro, hint_needs, hint_other_flavour, hint_later_update, hint_no_data, hint_from,
    hint_since, hint_gone, hint_shipped_built, hint_shipped_off, hint_shipped_absent,
    hint_shipped_partial, hint_shipped_backported,
    basis_shipped_config, basis_mainline, basis_other_flavour, basis_later_update, basis_inherited, basis_vendor,
    basis_backport, basis_config_enabled, basis_config_disabled, basis_policy, basis_config,
    // Column heads and details.
    /// `{0}` release.
    this_system_of,
    /// `{0}` kernel version.
    kernel_of_release,
    this_config, this_kernel_head, absent_from_config, version_not_in_config,
    /// `{0}` Kconfig requirement.
    not_in_config,
    or,
    /// `{0}` the options that decided.
    decided_by_config,
    hint_not_in_config,
    /// `{0}` capability.
    title_in_config,
    unknown_version,
    setting_built_in, setting_module, setting_not_set, setting_value,
    /// `{0}` capability, `{1}` release or system.
    title_on,
    /// `{0}` mainline sentence, `{1}` verdict word.
    mainline_alone,
    /// `{0}` kernel, `{1}` flavour.
    kernel_flavour,
    // Components.
    differs,
    compare_label,
    /// `{0}`, `{1}`: releases.
    compare_same,
    /// `{0}`, `{1}`: releases.
    compare_from_to,
    /// `{0}`: capabilities.
    compare_gain,
    /// `{0}`: capabilities.
    compare_loss,
    /// `{0}`: capabilities.
    compare_unclear,
    compare_empty, only_differences, caption_compare,
    data_error,
    export_view, link_copied, copy_link,
    hypervisors_label, hypervisor, statuses_label, status,
    legend, unverified_badge, unverified_meaning,
    caption_matrix, matrix_region, capability,
    minimum, minimum_question, minimum_empty, minimum_region,
    /// `{0}`: capabilities.
    caption_minimum,
    distribution, earliest, its_support, earliest_supported, none_in_matrix, none_supported,
    /// `{0}` month, `{1}` support phrase.
    released,
    pick_releases, find_release, find_placeholder, show_releases, show_all, show_any_support,
    show_standard,
    /// `{0}`: the search text.
    no_supported_match,
    /// `{0}`: the search text.
    no_match,
    /// `{0}`: release.
    remove,
    selected_label,
    /// `{0}`: how many.
    selected_count,
    none_selected, clear_all,
    confidence_certain, confidence_likely, confidence_guess, confidence_unrecognised,
    system_hint_before, system_hint_after,
    config_unknown_version,
    /// `{0}`: kernel version.
    config_for_version,
    /// `{0}`: "for Linux x", `{1}`: how many options.
    config_summary,
    /// `{0}`: the symbols set more than once.
    config_conflicts,
    config_note,
    check_system, your_system, caption_system,
    /// `{0}` release, `{1}` update phrase.
    recognised,
    /// `{0}`: point release.
    update,
    /// `{0}`: kernel version.
    kernel_unrecognised,
    nothing_to_evaluate,
    /// `{0}`: confidence words.
    how_sure,
    input_empty, input_unrecognised,
    /// `{0}` the input, `{1}` what is wrong with it.
    bad_kernel,
    bad_kernel_empty, bad_kernel_no_numbers, bad_kernel_empty_number, bad_kernel_too_few,
    bad_kernel_too_many, bad_kernel_too_large,
    /// `{0}`: the character.
    bad_kernel_character,
    bad_kernel_suffix,
    /// `{0}`: the unknown items.
    unknown_ids,
    id_release, id_capability, id_hypervisor, id_status, id_language,
    dismiss,
    // The host's custom data.
    /// `{0}` where it came from, `{1}` why it could not be read.
    custom_unreadable,
    custom_no_script, custom_other_site, custom_not_url, custom_request_failed,
    /// `{0}`: the HTTP status.
    custom_http,
    /// `{0}` where it came from, `{1}` releases, `{2}` statements (counted).
    custom_applied,
    /// `{0}`: a count.
    custom_releases_one, custom_releases_many, custom_statements_one, custom_statements_many,
    /// `{0}`: the problems (counted).
    custom_problems,
    custom_problem_one, custom_problem_many,
    /// `{0}`: how many more problems there are.
    custom_more,
    custom_whole_document,
    // The crash state.
    crash_message, crash_reload,
    unverified_hidden, unverified_note,
    decided_by, mainline_alone_label, kernel, kconfig, sources, close,
    views, view_matrix, view_system, view_compare, view_minimum,
    /// `{0}`: the data date.
    data_as_of,
    language,
    /// The project page's title and introduction (index.html has the English ones).
    page_title,
    page_intro,
    /// `{0}` releases, `{1}` capabilities.
    live_matrix,
    // Exports.
    col_release, col_capability, col_status, col_verdict, col_reason, col_sources,
    col_distribution, col_earliest, col_support, col_earliest_supported, col_data_as_of,
    none,
    /// `{0}`: the data date.
    export_data_as_of,
    // The interface layer of issue 13.
    scroll_hint,
    copy_markdown, markdown_copied, markdown_copy_refused,
    // What a verdict rests on (issue 14): a prediction from the mainline kernel version alone.
    predicted_badge, predicted_meaning, predicted_hidden, predicted_note, col_basis,
    col_certainty,
    // h-core
    // Recognition evidence (`text::evidence`).
    /// `{0}`: the kernel version.
    evidence_no_suffix,
    /// `{0}` the tag (`el8uek`), `{1}` the kernel version.
    evidence_oracle_uek,
    /// `{0}` the tag (`el6`, `fc39`), `{1}` the release.
    evidence_release_tag,
    /// `{0}` the tag, `{1}` the release (a Red Hat family release).
    evidence_release_tag_rebuilds,
    /// `{0}` the tag, `{1}` the family.
    evidence_unknown_release_tag,
    /// `{0}`: the point release.
    evidence_update,
    /// `{0}` the release, `{1}` its point release.
    evidence_kernel_build_point,
    /// `{0}` the release.
    evidence_kernel_build,
    /// `{0}` the release.
    evidence_update_not_recognised,
    /// `{0}` the point release, `{1}` the release, `{2}` its support phrase.
    point_support,
    open_full,
    /// `{0}`: the flavour.
    evidence_flavour,
    /// `{0}` the build number (`150500`), `{1}` the release.
    evidence_suse_codestream,
    /// `{0}`: the build number.
    evidence_unknown_suse_codestream,
    /// `{0}`: the vendor suffix.
    evidence_unknown_suffix,
    /// `{0}` flavour, `{1}` family, `{2}` release, `{3}` the release's kernel.
    evidence_flavour_series,
    /// `{0}` flavour, `{1}` family, `{2}` kernel version.
    evidence_flavour_without_release,
    // The glossary (issue 18).
    glossary_open, glossary_intro, glossary_terms, glossary_claims, glossary_claims_intro,
    glossary_claim, glossary_finding, what_it_is, glossary_loading, glossary_unavailable,
    /// `{0}`: why, naming the file.
    glossary_failed,
    evidence_ubuntu_hwe,
    /// `{0}`: the releases.
    evidence_same_series,
    /// `{0}`: the release.
    evidence_os_release_overrides,
    /// `{0}` ID, `{1}` VERSION_ID, `{2}` the release.
    evidence_os_release,
    /// `{0}` ID, `{1}` VERSION_ID.
    evidence_unknown_os_release,
    family_red_hat, family_fedora, family_debian, family_ubuntu, family_suse,
    family_amazon,
    /// A pasted kernel config that does not mention a required symbol. `{0}`: the
    /// requirements it does not mention.
    config_cannot_tell,
    // Marks on a compared capability (`text::compare_summary`).
    change_partly, change_unverified,
    /// `{0}` capability, `{1}` its marks ("partly, unverified").
    change_marked,
    // Cell hints (`text::cell_hint`).
    /// `{0}`: the flavour.
    hint_with_flavour,
    hint_vendor_no,
    /// `{0}`: a point phrase (`hint_point_exact`, `hint_point_at_most`) or nothing.
    hint_distro_no,
    /// `{0}`: a point phrase or nothing.
    hint_distro_partial,
    /// `{0}`: a point release.
    hint_point_exact,
    /// `{0}`: a point release.
    hint_point_at_most,
    /// `{0}` the stage's hint, `{1}` the kernel version it holds from.
    hint_stage_since,
    /// `{0}`: the kernel version.
    hint_restricted_since,
    // h-browser
    /// Shown when the browser refused to put the link on the clipboard; the link is then shown
    /// in a field beside it.
    link_copy_refused,
    /// The accessible name of that field.
    link_to_view,
    // The data's words, fetched when first needed (`app::words`).
    words_loading,
    /// `{0}`: the file and what went wrong.
    words_failed,
    words_unavailable,
    // "Embed this view" (issue 16): the `<pv-matrix>` snippet of the view, on the page.
    embed_view,
    /// The accessible name of the snippet's field.
    embed_snippet,
    copy_snippet, snippet_copied, snippet_copy_refused,
    /// Where to read how a site loads the element's script, once for all its pages.
    embed_help,
}

impl Texts {
    /// The word for a status, as shown in cells and the legend.
    pub fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Yes => self.status_yes,
            Status::Partial => self.status_partial,
            Status::No => self.status_no,
            Status::Unknown => self.status_unknown,
        }
    }

    /// What a status means, for the legend.
    pub fn meaning(&self, status: Status) -> &'static str {
        match status {
            Status::Yes => self.meaning_yes,
            Status::Partial => self.meaning_partial,
            Status::No => self.meaning_no,
            Status::Unknown => self.meaning_unknown,
        }
    }

    /// What is wrong with a kernel version.
    pub fn bad_kernel_kind(&self, kind: &ParseKernelVersionErrorKind) -> String {
        use ParseKernelVersionErrorKind as K;
        match kind {
            K::Empty => self.bad_kernel_empty.to_owned(),
            K::NoNumbers => self.bad_kernel_no_numbers.to_owned(),
            K::EmptyNumber => self.bad_kernel_empty_number.to_owned(),
            K::TooFewNumbers => self.bad_kernel_too_few.to_owned(),
            K::TooManyNumbers => self.bad_kernel_too_many.to_owned(),
            K::NumberTooLarge => self.bad_kernel_too_large.to_owned(),
            K::UnexpectedCharacter(c) => fill(self.bad_kernel_character, &[&format!("'{c}'")]),
            K::SuffixTooLong => self.bad_kernel_suffix.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::builtin;

    /// The holes `{0}`..`{9}` a template uses.
    fn holes(text: &str) -> Vec<u8> {
        let mut found: Vec<u8> = text
            .as_bytes()
            .windows(3)
            .filter(|w| w[0] == b'{' && w[1].is_ascii_digit() && w[2] == b'}')
            .map(|w| w[1])
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    #[test]
    fn every_key_has_a_text_in_both_languages_with_the_same_holes() {
        let en = en::TEXTS.entries();
        let de = de::TEXTS.entries();
        assert_eq!(en.len(), de.len());
        for ((key, english), (_, german)) in en.iter().zip(&de) {
            assert!(!english.trim().is_empty(), "English {key} is empty");
            assert!(!german.trim().is_empty(), "German {key} is empty");
            assert_eq!(holes(english), holes(german), "{key}: holes differ");
        }
    }

    #[test]
    fn every_capability_and_hypervisor_has_a_german_name_and_description() {
        let matrix = builtin().unwrap();
        for capability in &matrix.capabilities {
            let (name, description) = de::capability(&capability.id)
                .unwrap_or_else(|| panic!("no German name for {}", capability.id));
            assert!(
                !name.is_empty() && !description.is_empty(),
                "{}",
                capability.id
            );
        }
        for (id, ..) in de::CAPABILITIES {
            assert!(
                matrix.capability(id).is_some(),
                "German entry {id} is not a capability"
            );
        }
        for hypervisor in &matrix.hypervisors {
            assert!(
                de::hypervisor(&hypervisor.id).is_some(),
                "{}",
                hypervisor.id
            );
        }
    }

    /// Issue 18: every built-in glossary term and claim has German words, and the German
    /// texts link the same terms as the English ones (capability descriptions included).
    #[test]
    fn german_texts_link_the_terms_the_english_ones_do() {
        use crate::matrix::glossary::{spans, term_id, Span};
        let linked = |text: &str| -> Vec<String> {
            let mut ids: Vec<String> = spans(text)
                .filter_map(|span| match span {
                    Span::Link { target, .. } => Some(term_id(target)),
                    Span::Text(_) => None,
                })
                .collect();
            ids.sort();
            ids.dedup();
            ids
        };
        let matrix = builtin().unwrap();
        for capability in &matrix.capabilities {
            let german = Lang::De.capability_description(capability);
            assert_eq!(
                linked(german),
                linked(&capability.description),
                "{}",
                capability.id
            );
        }
        assert!(!matrix.glossary.terms.is_empty());
        for term in &matrix.glossary.terms {
            let de = term.de.as_ref().unwrap_or_else(|| panic!("{}", term.id));
            for (english, german) in [
                (&term.en.definition, &de.definition),
                (&term.en.relation, &de.relation),
            ] {
                assert_eq!(linked(german), linked(english), "{}", term.id);
            }
        }
        for claim in &matrix.glossary.claims {
            let de = claim.de.as_ref().unwrap_or_else(|| panic!("{}", claim.id));
            assert_eq!(
                linked(&de.finding),
                linked(&claim.en.finding),
                "{}",
                claim.id
            );
        }
    }

    #[test]
    fn every_stage_hint_has_german_words_and_every_german_hint_is_used() {
        let matrix = builtin().unwrap();
        let hints: Vec<&str> = matrix
            .capabilities
            .iter()
            .flat_map(|c| &c.mainline)
            .filter_map(|s| s.hint.as_deref())
            .collect();
        for hint in &hints {
            assert!(
                de::stage_hint(hint).is_some(),
                "no German for the hint {hint:?}"
            );
        }
        for (english, german) in de::STAGE_HINTS {
            assert!(
                hints.contains(english),
                "{english:?} is no hint in the data"
            );
            assert!(!german.trim().is_empty(), "{english:?}");
        }
    }

    #[test]
    fn tags_and_dates() {
        for (tag, lang) in [
            ("de", Some(Lang::De)),
            ("de-AT", Some(Lang::De)),
            ("DE_ch", Some(Lang::De)),
            ("en-US", Some(Lang::En)),
            ("en", Some(Lang::En)),
            ("fr", None),
            ("", None),
            ("deu", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
        let day: Date = "2026-03-05".parse().unwrap();
        assert_eq!(Lang::En.date(day), "2026-03-05");
        assert_eq!(Lang::De.date(day), "05.03.2026");
        assert_eq!(Lang::De.year_month(day), "03/2026");
    }

    #[test]
    fn fill_puts_arguments_in_their_holes() {
        assert_eq!(fill("{1} before {0}", &["a", "b"]), "b before a");
        assert_eq!(fill("{a} {9} {", &["x"]), "{a}  {");
    }
}
