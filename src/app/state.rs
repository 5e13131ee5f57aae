//! The page state and the actions that change it. Pure: no browser calls in here.

use std::rc::Rc;

use yew::Reducible;

use super::i18n::Lang;
use super::url::{QueryParams, DEFAULT_RELEASES};
use crate::app::custom::SharedMatrix;
use crate::matrix::{CapabilityId, Matrix, ReleaseId, Status};

/// The views of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Releases against capabilities.
    Matrix,
    /// One system, from a kernel string, os-release or a kernel config.
    System,
    /// Releases side by side, differences highlighted.
    Compare,
    /// The earliest release of each distribution with a set of capabilities.
    Minimum,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 4] = [View::Matrix, View::System, View::Compare, View::Minimum];
}

/// One verdict cell: a release and a capability.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellId {
    /// The column: a release id, or `kernel` for the system checked.
    pub release: String,
    pub capability: CapabilityId,
}

/// What kind of thing a link names that the matrix does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Release,
    Capability,
    Hypervisor,
    Status,
    Language,
}

/// Everything the page shows that the user can change. Releases and capabilities are held by
/// their canonical ids (an alias in a link is resolved on the way in).
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Compared by identity first (`Rc` of an `Eq` type), so comparing states stays cheap.
    pub matrix: SharedMatrix,
    pub view: View,
    /// The matrix view's releases, in the order they were picked.
    pub selected: Vec<ReleaseId>,
    /// Whether the system view shows the matrix of `selected` too (the link named releases).
    pub system_with_matrix: bool,
    /// The compare view's releases.
    pub compare: Vec<ReleaseId>,
    /// The system view's input: a kernel string, os-release contents or a kernel config.
    pub kernel: String,
    /// The minimum-release view's capabilities.
    pub need: Vec<CapabilityId>,
    /// Capabilities shown; empty shows all (an embedding page names the few it is about).
    pub capabilities: Vec<CapabilityId>,
    /// Hypervisor groups shown; empty shows all.
    pub hypervisors: Vec<String>,
    /// Statuses shown; empty shows all.
    pub statuses: Vec<Status>,
    /// The cell whose reason and sources are open.
    pub open: Option<CellId>,
    /// Whether the compare view shows only the capabilities whose verdicts differ.
    pub only_differences: bool,
    /// Ids from the link that match nothing, for a notice.
    pub unknown: Vec<(IdKind, String)>,
    /// The interface language the link or the language switch chose; `None` leaves it to the
    /// element's attribute or the browser.
    pub lang: Option<Lang>,
    /// The glossary dialog, when open: at the entry of the term a link named, or at its top
    /// (`Some(None)`). Not in the link: a page or host opens it at a reader's request only.
    pub glossary: Option<Option<String>>,
}

/// What the user (or the browser's history) can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select a release for the matrix, or deselect it.
    Toggle(String),
    /// Deselect every release of the matrix.
    Clear,
    /// Add a release to the comparison, or remove it.
    ToggleCompare(String),
    /// Remove every release from the comparison.
    ClearCompare,
    /// Replace the system view's input.
    SetKernel(String),
    /// Add a capability to the minimum-release question, or remove it.
    ToggleNeed(String),
    /// Show or hide a hypervisor group (all shown when none is chosen).
    ToggleHypervisor(String),
    /// Show or hide capabilities with a status (all shown when none is chosen).
    ToggleStatus(Status),
    SetView(View),
    /// Open a cell's details, or close them when open.
    ToggleCell(CellId),
    /// Replace the state with one read from a link (back and forward).
    Load(QueryParams),
    /// Hide the notice about unknown ids.
    DismissUnknown,
    /// Switch the interface language.
    SetLang(Lang),
    /// Show only the rows that differ in the compare view, or all of them.
    ToggleOnlyDifferences,
    /// Read the widget's link or attributes again, against another matrix (the host's custom
    /// data changed): ids that only the new data knows are found now, and none is lost.
    UseMatrix(SharedMatrix, QueryParams),
    /// Open the glossary, at a term's entry (a term link) or at its top.
    ShowGlossary(Option<String>),
    /// The glossary dialog closed (Escape or its Close button).
    CloseGlossary,
    /// The same matrix with its words (notes and sources) arrived: nothing else changes.
    AddWords(SharedMatrix),
}

impl State {
    /// The state a link describes; ids that match nothing are collected for a notice.
    pub fn from_query(matrix: SharedMatrix, params: &QueryParams) -> Self {
        let mut unknown = Vec::new();
        let mut note = |kind: IdKind, id: &str| {
            let notice = (kind, id.to_owned());
            if !unknown.contains(&notice) {
                unknown.push(notice);
            }
        };
        let mut releases = |ids: &[String]| -> Vec<ReleaseId> {
            let mut found: Vec<ReleaseId> = Vec::new();
            for id in ids {
                match matrix.release(id) {
                    Some(r) if !found.contains(&r.id) => found.push(r.id.clone()),
                    Some(_) => {}
                    None => note(IdKind::Release, id),
                }
            }
            found
        };
        let default: Vec<String> = DEFAULT_RELEASES.iter().map(|s| (*s).to_owned()).collect();
        let selected = releases(params.releases.as_deref().unwrap_or(&default));
        let compare = releases(params.compare.as_deref().unwrap_or_default());
        let mut capabilities_of = |ids: &[String]| -> Vec<CapabilityId> {
            let mut found: Vec<CapabilityId> = Vec::new();
            for id in ids {
                match matrix.capability(id) {
                    Some(c) if !found.contains(&c.id) => found.push(c.id.clone()),
                    Some(_) => {}
                    None => note(IdKind::Capability, id),
                }
            }
            found
        };
        let need = capabilities_of(params.need.as_deref().unwrap_or_default());
        let capabilities = capabilities_of(&params.capabilities);
        let mut hypervisors = Vec::new();
        for id in &params.hypervisors {
            if matrix.hypervisors.iter().any(|h| h.id == *id) {
                if !hypervisors.contains(id) {
                    hypervisors.push(id.clone());
                }
            } else {
                note(IdKind::Hypervisor, id);
            }
        }
        let mut statuses = Vec::new();
        for word in &params.statuses {
            match word.parse::<Status>() {
                Ok(status) if !statuses.contains(&status) => statuses.push(status),
                Ok(_) => {}
                Err(_) => note(IdKind::Status, word),
            }
        }
        let lang = params.lang.as_deref().and_then(|tag| {
            let lang = Lang::from_tag(tag);
            if lang.is_none() && !tag.is_empty() {
                note(IdKind::Language, tag);
            }
            lang
        });
        let view = if params.compare.is_some() {
            View::Compare
        } else if params.need.is_some() {
            View::Minimum
        } else if params.kernel.is_some() {
            View::System
        } else {
            View::Matrix
        };
        State {
            matrix,
            view,
            selected,
            system_with_matrix: params.releases.is_some(),
            compare,
            kernel: params.kernel.clone().unwrap_or_default(),
            need,
            capabilities,
            hypervisors,
            statuses,
            open: None,
            only_differences: false,
            unknown,
            lang,
            glossary: None,
        }
    }

    /// The part of the state the view model depends on: not which cell is open, nor the
    /// notice. Opening a cell keeps the view model, and so its tables, the same `Rc`s, and
    /// every row whose cell did not open skips rendering by identity.
    pub fn shown(&self) -> State {
        State {
            open: None,
            unknown: Vec::new(),
            glossary: None,
            ..self.clone()
        }
    }

    /// Whether the system view's input is a pasted kernel configuration rather than a kernel
    /// string or os-release: a link cannot carry it.
    pub fn kernel_is_config(&self) -> bool {
        self.kernel.contains("CONFIG_")
    }

    /// The link for this state: the active view's parameters and the filters, canonical ids.
    pub fn to_params(&self) -> QueryParams {
        let mut params = QueryParams {
            capabilities: strings(&self.capabilities),
            hypervisors: self.hypervisors.clone(),
            statuses: self
                .statuses
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect(),
            lang: self.lang.map(|lang| lang.code().to_owned()),
            ..QueryParams::default()
        };
        match self.view {
            View::Matrix => params.releases = Some(strings(&self.selected)),
            View::System => {
                // A pasted kernel config is too long for a link and may be private: the link
                // keeps the view with an empty input, so it still reads back as this view.
                params.kernel = Some(if self.kernel_is_config() {
                    String::new()
                } else {
                    self.kernel.clone()
                });
                if self.system_with_matrix {
                    params.releases = Some(strings(&self.selected));
                }
            }
            View::Compare => params.compare = Some(strings(&self.compare)),
            View::Minimum => params.need = Some(strings(&self.need)),
        }
        params
    }
}

/// Ids as the link writes them.
fn strings<T: AsRef<str>>(ids: &[T]) -> Vec<String> {
    ids.iter().map(|id| id.as_ref().to_owned()).collect()
}

/// Adds the release named by `id_or_alias` to a list by its canonical id, or removes it when
/// it is there.
fn toggle_release(list: &mut Vec<ReleaseId>, matrix: &Matrix, id_or_alias: &str) {
    if let Some(release) = matrix.release(id_or_alias) {
        toggle_item(list, release.id.clone());
    }
}

/// Adds `item` to a list, or removes it when it is there.
fn toggle_item<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let matrix = next.matrix.clone();
        match action {
            Action::Toggle(id) => {
                toggle_release(&mut next.selected, &matrix, &id);
                let open_column = next.open.as_ref().map(|cell| cell.release.clone());
                if open_column.is_some_and(|column| !next.selected.iter().any(|r| *r == column)) {
                    next.open = None;
                }
            }
            Action::Clear => {
                next.selected.clear();
                next.open = None;
            }
            Action::ToggleCompare(id) => toggle_release(&mut next.compare, &matrix, &id),
            Action::ClearCompare => next.compare.clear(),
            Action::SetKernel(text) => next.kernel = text,
            Action::ToggleNeed(id) => {
                if let Some(capability) = matrix.capability(&id) {
                    toggle_item(&mut next.need, capability.id.clone());
                }
            }
            Action::ToggleHypervisor(id) => {
                if matrix.hypervisors.iter().any(|h| h.id == id) {
                    toggle_item(&mut next.hypervisors, id);
                }
            }
            Action::ToggleStatus(status) => toggle_item(&mut next.statuses, status),
            Action::SetView(view) => {
                next.view = view;
                next.open = None;
            }
            Action::ToggleCell(cell) => {
                next.open = if next.open.as_ref() == Some(&cell) {
                    None
                } else {
                    Some(cell)
                };
            }
            Action::Load(params) => {
                next = State::from_query(matrix, &params);
            }
            Action::DismissUnknown => next.unknown.clear(),
            Action::SetLang(lang) => next.lang = Some(lang),
            Action::ToggleOnlyDifferences => next.only_differences = !next.only_differences,
            Action::UseMatrix(other, params) => {
                if other != matrix {
                    next = State::from_query(other, &params);
                }
            }
            Action::ShowGlossary(term) => next.glossary = Some(term),
            Action::CloseGlossary => next.glossary = None,
            Action::AddWords(complete) => next.matrix = complete,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::builtin;

    fn state(query: &str) -> Rc<State> {
        Rc::new(State::from_query(
            SharedMatrix::new(builtin().unwrap().clone()),
            &QueryParams::parse(query),
        ))
    }

    fn ids(releases: &[ReleaseId]) -> Vec<String> {
        strings(releases)
    }

    #[test]
    fn no_parameter_means_the_article_releases() {
        let s = state("");
        assert_eq!(s.view, View::Matrix);
        assert_eq!(ids(&s.selected), DEFAULT_RELEASES);
        assert!(s.unknown.is_empty());
    }

    #[test]
    fn the_link_picks_the_view() {
        assert_eq!(state("?releases=rhel-5").view, View::Matrix);
        assert_eq!(state("?kernel=6.1.0").view, View::System);
        assert_eq!(state("?compare=rhel-5,rhel-6").view, View::Compare);
        assert_eq!(state("?need=xen-dom0").view, View::Minimum);
    }

    #[test]
    fn aliases_resolve_and_unknown_ids_are_reported() {
        let s = state("?releases=debian-squeeze,RHEL-6,nope-1,debian-6.0,nope-1&need=nah&status=maybe&hypervisors=qemu&lang=fr");
        assert_eq!(ids(&s.selected), ["debian-6.0", "rhel-6"]);
        let unknown: Vec<(IdKind, &str)> =
            s.unknown.iter().map(|(k, id)| (*k, id.as_str())).collect();
        assert_eq!(
            unknown,
            [
                (IdKind::Release, "nope-1"),
                (IdKind::Capability, "nah"),
                (IdKind::Hypervisor, "qemu"),
                (IdKind::Status, "maybe"),
                (IdKind::Language, "fr"),
            ]
        );
        assert_eq!(s.lang, None);
    }

    #[test]
    fn toggling_adds_at_the_end_and_removes() {
        let s = state("?releases=rhel-5");
        let s = s.reduce(Action::Toggle("debian-6.0".into()));
        assert_eq!(ids(&s.selected), ["rhel-5", "debian-6.0"]);
        let s = s.reduce(Action::Toggle("rhel-5".into()));
        assert_eq!(ids(&s.selected), ["debian-6.0"]);
        let same = s.clone().reduce(Action::Toggle("nope".into()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    /// Issue 13, defect 6: the grid handed to the tables was new on every render, so its
    /// identity never saved one. The view model now depends only on what it shows.
    #[test]
    fn opening_a_cell_or_dismissing_the_notice_keeps_what_is_shown() {
        let s = state("?releases=rhel-5,nope");
        let cell = CellId {
            release: "rhel-5".into(),
            capability: "xen-dom0".into(),
        };
        let opened = s.clone().reduce(Action::ToggleCell(cell));
        let dismissed = opened.clone().reduce(Action::DismissUnknown);
        assert_ne!(*s, *opened);
        assert_eq!(s.shown(), opened.shown());
        assert_eq!(s.shown(), dismissed.shown());
        assert_ne!(
            s.shown(),
            s.clone().reduce(Action::Toggle("rhel-6".into())).shown()
        );
    }

    /// Found in review (issue 13): custom data that arrived after the widget was made left the
    /// ids only it knows as unknown, and their columns missing.
    #[test]
    fn new_custom_data_finds_the_ids_only_it_knows() {
        use crate::app::custom::{load_matrix, CustomInput};
        let query = QueryParams::parse("?releases=rhel-6,acme-1");
        let s = Rc::new(State::from_query(load_matrix(None).unwrap().matrix, &query));
        assert_eq!(ids(&s.selected), ["rhel-6"]);
        assert_eq!(s.unknown, [(IdKind::Release, "acme-1".to_owned())]);
        let text = r#"{"sources": [{"id": "acme", "title": "ACME", "url": "https://acme.example/"}],
            "distros": [{"id": "acme", "name": "ACME Linux", "end_of_support_meaning": "x"}],
            "releases": [{"distro": "acme", "id": "acme-1", "name": "ACME 1", "version": "1",
                "released": "2024-03-01", "kernel": "6.1.0", "sources": ["acme"]}]}"#;
        let custom = CustomInput {
            label: "#acme".into(),
            text: Ok(text.into()),
        };
        let matrix = load_matrix(Some(&custom)).unwrap().matrix;
        let s = s.reduce(Action::UseMatrix(matrix, query));
        assert_eq!(ids(&s.selected), ["rhel-6", "acme-1"]);
        assert!(s.unknown.is_empty());
    }

    /// Issue 13, defect 8: toggling by an alias added a second column for the same release.
    #[test]
    fn toggling_by_an_alias_toggles_the_release_once() {
        let s = state("?releases=debian-6.0");
        let s = s.reduce(Action::Toggle("debian-squeeze".into()));
        assert_eq!(ids(&s.selected), Vec::<String>::new());
        let s = s.reduce(Action::Toggle("DEBIAN-SQUEEZE".into()));
        let s = s.reduce(Action::ToggleCompare("debian-squeeze".into()));
        let s = s.reduce(Action::ToggleCompare("debian-6.0".into()));
        assert_eq!(ids(&s.selected), ["debian-6.0"]);
        assert!(s.compare.is_empty());
    }

    #[test]
    fn removing_a_release_closes_its_open_cell() {
        let cell = CellId {
            release: "rhel-5".into(),
            capability: "xen-dom0".into(),
        };
        let s = state("?releases=rhel-5,rhel-6").reduce(Action::ToggleCell(cell.clone()));
        let s = s.reduce(Action::Toggle("rhel-6".into()));
        assert_eq!(s.open.as_ref(), Some(&cell));
        let s = s.reduce(Action::Toggle("rhel-5".into()));
        assert_eq!(s.open, None);
    }

    #[test]
    fn every_view_round_trips_through_its_link() {
        for query in [
            "?releases=ubuntu-11.10,sles-11-sp1",
            "?releases=",
            "?releases=rhel-6&hypervisors=xen,kvm&status=no,partial",
            "?releases=rhel-6&capabilities=xen-dom0,xen-pvhvm",
            "?kernel=5.15.0-91-generic",
            "?releases=rhel-6&kernel=2.6.32-754.el6",
            "?compare=rhel-5,rhel-6",
            "?need=xen-dom0,virtio-scsi",
            "?releases=rhel-6&lang=de",
            "?compare=rhel-5,rhel-6&lang=en",
        ] {
            let s = state(query);
            assert_eq!(s.to_params().to_query(), query, "{query}");
            let again = State::from_query(s.matrix.clone(), &s.to_params());
            assert!(again == *s, "{query}");
        }
    }

    #[test]
    fn filters_and_need_toggle() {
        let s = state("?need=xen-dom0")
            .reduce(Action::ToggleNeed("virtio-scsi".into()))
            .reduce(Action::ToggleNeed("xen-dom0".into()))
            .reduce(Action::ToggleHypervisor("xen".into()))
            .reduce(Action::ToggleHypervisor("not-one".into()))
            .reduce(Action::ToggleStatus(Status::No));
        assert_eq!(
            s.to_params().to_query(),
            "?need=virtio-scsi&hypervisors=xen&status=no"
        );
    }

    #[test]
    fn the_language_switch_goes_into_the_link() {
        let s = state("?releases=rhel-6");
        assert_eq!(s.lang, None);
        let s = s.reduce(Action::SetLang(Lang::De));
        assert_eq!(s.to_params().to_query(), "?releases=rhel-6&lang=de");
        assert_eq!(state("?lang=DE-at").lang, Some(Lang::De));
    }

    #[test]
    fn a_pasted_config_stays_out_of_the_link() {
        let s = state("?kernel=6.1.0").reduce(Action::SetKernel("CONFIG_XEN=y\n".into()));
        assert_eq!(s.to_params().to_query(), "?kernel=");
    }

    /// Issue 18: the glossary opens at a term, moves to another, closes; it is neither in the
    /// link nor in what the view model depends on.
    #[test]
    fn the_glossary_opens_at_a_term_and_stays_out_of_the_link() {
        let s = state("?releases=rhel-6");
        let opened = s.clone().reduce(Action::ShowGlossary(Some("pvhvm".into())));
        assert_eq!(opened.glossary, Some(Some("pvhvm".to_owned())));
        assert_eq!(opened.to_params(), s.to_params());
        assert_eq!(opened.shown(), s.shown());
        let top = opened.reduce(Action::ShowGlossary(None));
        assert_eq!(top.glossary, Some(None));
        assert_eq!(top.reduce(Action::CloseGlossary).glossary, None);
    }

    /// Found by `scripts/fuzz` (tests/fuzz-regressions/query/31e19ae1.txt): the link of the
    /// system view with a pasted config was `?`, which reads back as the matrix view.
    #[test]
    fn the_link_of_a_pasted_config_reads_back_as_the_system_view() {
        let s = state("?kernel=CONFIG_XEN%3Dy");
        let again = State::from_query(s.matrix.clone(), &s.to_params());
        assert_eq!(again.view, View::System);
        assert_eq!(again.to_params(), s.to_params());
    }
}
