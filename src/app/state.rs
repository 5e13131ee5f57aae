//! The page state and the actions that change it. Pure: no browser calls in here.

use std::rc::Rc;

use yew::Reducible;

use super::url::ResolvedSelection;
use crate::matrix::{Matrix, Release};

/// One verdict cell: a release and a capability.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellId {
    pub release: String,
    pub capability: String,
}

/// Everything the page shows that the user can change.
#[derive(Clone, Debug)]
pub struct State {
    pub matrix: &'static Matrix,
    /// Selected releases, in the order they were picked.
    pub selected: Vec<&'static Release>,
    /// The cell whose reason and sources are open.
    pub open: Option<CellId>,
    /// Release ids from the link that match no release.
    pub unknown_ids: Vec<String>,
}

/// What the user (or the browser's history) can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select a release, or deselect it when selected.
    Toggle(String),
    /// Deselect every release.
    Clear,
    /// Open a cell's details, or close them when open.
    ToggleCell(CellId),
    /// Replace the selection with one read from a link (on load, or back/forward).
    Load(ResolvedSelection),
    /// Hide the notice about unknown ids.
    DismissUnknown,
}

/// Compares by identity: the matrix and its releases are shared, never copied, so comparing
/// them by value would walk the whole data set on every action.
impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.matrix, other.matrix)
            && self.selected.len() == other.selected.len()
            && self
                .selected
                .iter()
                .zip(&other.selected)
                .all(|(a, b)| std::ptr::eq(*a, *b))
            && self.open == other.open
            && self.unknown_ids == other.unknown_ids
    }
}

impl State {
    /// The state for a selection read from a link.
    pub fn new(matrix: &'static Matrix, selection: ResolvedSelection) -> Self {
        State {
            matrix,
            selected: selection.releases,
            open: None,
            unknown_ids: selection.unknown,
        }
    }

    /// Whether a release is selected.
    pub fn is_selected(&self, id: &str) -> bool {
        self.selected.iter().any(|r| r.id == id)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Toggle(id) => {
                if next.is_selected(&id) {
                    next.selected.retain(|r| r.id != id);
                    if next.open.as_ref().is_some_and(|cell| cell.release == id) {
                        next.open = None;
                    }
                } else if let Some(release) = next.matrix.release(&id) {
                    next.selected.push(release);
                }
            }
            Action::Clear => {
                next.selected.clear();
                next.open = None;
            }
            Action::ToggleCell(cell) => {
                next.open = if next.open.as_ref() == Some(&cell) {
                    None
                } else {
                    Some(cell)
                };
            }
            Action::Load(selection) => {
                next = State::new(next.matrix, selection);
            }
            Action::DismissUnknown => next.unknown_ids.clear(),
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
    use crate::app::url::{resolve, QueryParams};
    use crate::matrix::builtin;

    fn state(query: &str) -> Rc<State> {
        let matrix = builtin().unwrap();
        Rc::new(State::new(
            matrix,
            resolve(matrix, &QueryParams::parse(query)),
        ))
    }

    fn ids(state: &State) -> Vec<&str> {
        state.selected.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn toggling_adds_at_the_end_and_removes() {
        let s = state("?releases=rhel-5");
        let s = s.reduce(Action::Toggle("debian-6.0".into()));
        assert_eq!(ids(&s), ["rhel-5", "debian-6.0"]);
        let s = s.reduce(Action::Toggle("rhel-5".into()));
        assert_eq!(ids(&s), ["debian-6.0"]);
    }

    #[test]
    fn toggling_an_unknown_id_changes_nothing() {
        let s = state("?releases=rhel-5");
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
        assert_eq!(s.open.as_ref(), Some(&cell));
        let s = s.reduce(Action::Toggle("rhel-6".into()));
        assert_eq!(s.open.as_ref(), Some(&cell));
        let s = s.reduce(Action::Toggle("rhel-5".into()));
        assert_eq!(s.open, None);
    }

    #[test]
    fn clear_and_load() {
        let s = state("?releases=rhel-5,nope").reduce(Action::Clear);
        assert!(s.selected.is_empty());
        assert_eq!(s.unknown_ids, ["nope"]);
        let s = s.reduce(Action::DismissUnknown);
        assert!(s.unknown_ids.is_empty());
        let matrix = builtin().unwrap();
        let s = s.reduce(Action::Load(resolve(
            matrix,
            &QueryParams::parse("?releases=fedora-16"),
        )));
        assert_eq!(ids(&s), ["fedora-16"]);
    }
}
