//! The page state and the actions that change it. Pure: no browser calls in here.

use std::rc::Rc;

use yew::Reducible;

use super::i18n::Lang;
use super::url::{QueryParams, DEFAULT_RELEASES};
use crate::matrix::{Capability, Matrix, Release, Status};

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
    pub release: String,
    pub capability: String,
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

/// Everything the page shows that the user can change.
#[derive(Clone, Debug)]
pub struct State {
    pub matrix: &'static Matrix,
    pub view: View,
    /// The matrix view's releases, in the order they were picked.
    pub selected: Vec<&'static Release>,
    /// Whether the system view shows the matrix of `selected` too (the link named releases).
    pub system_with_matrix: bool,
    /// The compare view's releases.
    pub compare: Vec<&'static Release>,
    /// The system view's input: a kernel string, os-release contents or a kernel config.
    pub kernel: String,
    /// The minimum-release view's capabilities.
    pub need: Vec<&'static Capability>,
    /// Capabilities shown; empty shows all (an embedding page names the few it is about).
    pub capabilities: Vec<&'static Capability>,
    /// Hypervisor groups shown; empty shows all.
    pub hypervisors: Vec<String>,
    /// Statuses shown; empty shows all.
    pub statuses: Vec<Status>,
    /// The cell whose reason and sources are open.
    pub open: Option<CellId>,
    /// Ids from the link that match nothing, for a notice.
    pub unknown: Vec<(IdKind, String)>,
    /// The interface language the link or the language switch chose; `None` leaves it to the
    /// element's attribute or the browser.
    pub lang: Option<Lang>,
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
}

/// Compares by identity: the matrix and its releases are shared, never copied, so comparing
/// them by value would walk the whole data set on every action.
impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        fn same<T>(a: &[&T], b: &[&T]) -> bool {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| std::ptr::eq(*x, *y))
        }
        std::ptr::eq(self.matrix, other.matrix)
            && self.view == other.view
            && same(&self.selected, &other.selected)
            && self.system_with_matrix == other.system_with_matrix
            && same(&self.compare, &other.compare)
            && self.kernel == other.kernel
            && same(&self.need, &other.need)
            && same(&self.capabilities, &other.capabilities)
            && self.hypervisors == other.hypervisors
            && self.statuses == other.statuses
            && self.open == other.open
            && self.unknown == other.unknown
            && self.lang == other.lang
    }
}

impl State {
    /// The state a link describes; ids that match nothing are collected for a notice.
    pub fn from_query(matrix: &'static Matrix, params: &QueryParams) -> Self {
        let mut unknown = Vec::new();
        let mut releases = |ids: &[String]| -> Vec<&'static Release> {
            let mut found: Vec<&'static Release> = Vec::new();
            for id in ids {
                match matrix.release(id) {
                    Some(r) if !found.iter().any(|f| std::ptr::eq(*f, r)) => found.push(r),
                    Some(_) => {}
                    None => {
                        let notice = (IdKind::Release, id.clone());
                        if !unknown.contains(&notice) {
                            unknown.push(notice);
                        }
                    }
                }
            }
            found
        };
        let default: Vec<String> = DEFAULT_RELEASES.iter().map(|s| (*s).to_owned()).collect();
        let selected = releases(params.releases.as_deref().unwrap_or(&default));
        let compare = releases(params.compare.as_deref().unwrap_or_default());
        let mut capabilities_of = |ids: &[String]| -> Vec<&'static Capability> {
            let mut found: Vec<&'static Capability> = Vec::new();
            for id in ids {
                match matrix.capability(id) {
                    Some(c) if !found.iter().any(|f| f.id == c.id) => found.push(c),
                    Some(_) => {}
                    None => unknown.push((IdKind::Capability, id.clone())),
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
                unknown.push((IdKind::Hypervisor, id.clone()));
            }
        }
        let mut statuses = Vec::new();
        for word in &params.statuses {
            match word.parse::<Status>() {
                Ok(status) if !statuses.contains(&status) => statuses.push(status),
                Ok(_) => {}
                Err(_) => unknown.push((IdKind::Status, word.clone())),
            }
        }
        let lang = params.lang.as_deref().and_then(|tag| {
            let lang = Lang::from_tag(tag);
            if lang.is_none() && !tag.is_empty() {
                unknown.push((IdKind::Language, tag.to_owned()));
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
            unknown,
            lang,
        }
    }

    /// The link for this state: the active view's parameters and the filters, canonical ids.
    pub fn to_params(&self) -> QueryParams {
        let ids = |releases: &[&Release]| releases.iter().map(|r| r.id.clone()).collect();
        let mut params = QueryParams {
            capabilities: self.capabilities.iter().map(|c| c.id.clone()).collect(),
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
            View::Matrix => params.releases = Some(ids(&self.selected)),
            View::System => {
                // A pasted kernel config is too long for a link and may be private: the link
                // keeps the view with an empty input, so it still reads back as this view.
                params.kernel = Some(if self.kernel.contains("CONFIG_") {
                    String::new()
                } else {
                    self.kernel.clone()
                });
                if self.system_with_matrix {
                    params.releases = Some(ids(&self.selected));
                }
            }
            View::Compare => params.compare = Some(ids(&self.compare)),
            View::Minimum => {
                params.need = Some(self.need.iter().map(|c| c.id.clone()).collect());
            }
        }
        params
    }
}

/// Adds the release with `id` to a list, or removes it when it is there.
fn toggle(list: &mut Vec<&'static Release>, matrix: &'static Matrix, id: &str) {
    if list.iter().any(|r| r.id == id) {
        list.retain(|r| r.id != id);
    } else if let Some(release) = matrix.release(id) {
        list.push(release);
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
        let matrix = next.matrix;
        match action {
            Action::Toggle(id) => {
                toggle(&mut next.selected, matrix, &id);
                if next.open.as_ref().is_some_and(|cell| cell.release == id) {
                    next.open = None;
                }
            }
            Action::Clear => {
                next.selected.clear();
                next.open = None;
            }
            Action::ToggleCompare(id) => toggle(&mut next.compare, matrix, &id),
            Action::ClearCompare => next.compare.clear(),
            Action::SetKernel(text) => next.kernel = text,
            Action::ToggleNeed(id) => {
                if let Some(capability) = matrix.capability(&id) {
                    match next.need.iter().position(|c| c.id == id) {
                        Some(i) => {
                            next.need.remove(i);
                        }
                        None => next.need.push(capability),
                    }
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
            builtin().unwrap(),
            &QueryParams::parse(query),
        ))
    }

    fn ids(releases: &[&Release]) -> Vec<String> {
        releases.iter().map(|r| r.id.clone()).collect()
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
            let again = State::from_query(s.matrix, &s.to_params());
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

    /// Found by `scripts/fuzz` (tests/fuzz-regressions/query/31e19ae1.txt): the link of the
    /// system view with a pasted config was `?`, which reads back as the matrix view.
    #[test]
    fn the_link_of_a_pasted_config_reads_back_as_the_system_view() {
        let s = state("?kernel=CONFIG_XEN%3Dy");
        let again = State::from_query(s.matrix, &s.to_params());
        assert_eq!(again.view, View::System);
        assert_eq!(again.to_params(), s.to_params());
    }
}
