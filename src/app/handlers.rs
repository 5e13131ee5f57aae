//! The widget's callbacks, made once: a callback that stays the same lets an unchanged child
//! skip rendering (Yew compares callbacks by identity).

use yew::prelude::*;

use super::i18n::Lang;
use super::state::{Action, CellId, State, View};
use crate::matrix::Status;

/// Every callback the widget hands down, each dispatching one action.
#[derive(Clone)]
pub struct Handlers {
    pub on_toggle: Callback<String>,
    pub on_toggle_compare: Callback<String>,
    pub on_kernel: Callback<String>,
    pub on_need: Callback<String>,
    pub on_hypervisor: Callback<String>,
    pub on_status: Callback<Status>,
    pub on_clear: Callback<()>,
    pub on_clear_compare: Callback<()>,
    pub on_dismiss: Callback<()>,
    pub on_view: Callback<View>,
    pub on_open: Callback<CellId>,
    pub on_lang: Callback<Lang>,
}

impl Handlers {
    /// Callbacks that dispatch to the widget's reducer.
    pub fn new(dispatcher: UseReducerDispatcher<State>) -> Self {
        let with = |make: fn(String) -> Action| {
            let dispatcher = dispatcher.clone();
            Callback::from(move |id: String| dispatcher.dispatch(make(id)))
        };
        let plain = |action: Action| {
            let dispatcher = dispatcher.clone();
            Callback::from(move |()| dispatcher.dispatch(action.clone()))
        };
        let status = dispatcher.clone();
        let view = dispatcher.clone();
        let open = dispatcher.clone();
        let lang = dispatcher.clone();
        Handlers {
            on_toggle: with(Action::Toggle),
            on_toggle_compare: with(Action::ToggleCompare),
            on_kernel: with(Action::SetKernel),
            on_need: with(Action::ToggleNeed),
            on_hypervisor: with(Action::ToggleHypervisor),
            on_status: Callback::from(move |s: Status| status.dispatch(Action::ToggleStatus(s))),
            on_clear: plain(Action::Clear),
            on_clear_compare: plain(Action::ClearCompare),
            on_dismiss: plain(Action::DismissUnknown),
            on_view: Callback::from(move |v: View| view.dispatch(Action::SetView(v))),
            on_open: Callback::from(move |cell: CellId| open.dispatch(Action::ToggleCell(cell))),
            on_lang: Callback::from(move |l: Lang| lang.dispatch(Action::SetLang(l))),
        }
    }
}
