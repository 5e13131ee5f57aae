//! One component per file; each only maps its props to HTML.

pub mod app;
pub mod capability_row;
pub mod compare_view;
pub mod custom_data_notice;
pub mod data_error;
pub mod embed_view;
pub mod export_bar;
pub mod filter_bar;
pub mod glossary;
pub mod language_switch;
pub mod legend;
pub mod marked;
pub mod matrix_table;
pub mod minimum_view;
pub mod release_option;
pub mod release_picker;
pub mod system_check;
pub mod unknown_ids_notice;
pub mod verdict_cell;
pub mod verdict_details;
pub mod view_tabs;
pub mod widget;

use yew::prelude::*;

use crate::app::browser;
use crate::app::i18n::{fill, Lang};
use crate::app::state::State;

/// What a component is handed to change the state: the widget's reducer, which compares by
/// identity, so handing it down never costs a render.
pub type Dispatch = UseReducerDispatcher<State>;

/// Whether the widget's matrix has its words (notes, the titles and addresses of sources), and
/// how to ask for them: provided by the root to every component below it.
#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    pub state: WordsState,
    /// Starts fetching them (once per page); nothing when they are here or on their way.
    pub request: Callback<()>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum WordsState {
    Here,
    Loading,
    /// Why they could not be had, naming the file.
    Failed(AttrValue),
}

/// The line a view shows while it waits for the words: that they are `loading`, or why they did
/// not come (`unavailable` when the failure gave no reason, else `failed` with the reason).
pub fn words_awaited(
    state: &WordsState,
    loading: &'static str,
    unavailable: &'static str,
    failed: &'static str,
) -> Html {
    match state {
        WordsState::Failed(why) => html! {
            <p class="pvm-words" role="alert" data-words="failed">
                { if why.is_empty() { unavailable.to_owned() } else { fill(failed, &[why]) } }
            </p>
        },
        _ => html! {
            <p class="pvm-words" role="status" data-words="loading">{ loading }</p>
        },
    }
}

/// The words' state and how to ask for them; without a provider (a component rendered alone),
/// they are here.
#[hook]
pub fn use_words() -> Words {
    use_context::<Words>().unwrap_or(Words {
        state: WordsState::Here,
        request: Callback::noop(),
    })
}

/// The interface language, provided by the widget to every component below it.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Puts what `text` makes on the clipboard when clicked; `answer` is `None` until the browser
/// has answered, then whether it took the text.
pub fn copy_on_click(
    answer: &UseStateHandle<Option<bool>>,
    text: impl Fn() -> String + 'static,
) -> Callback<MouseEvent> {
    let answer = answer.clone();
    Callback::from(move |_: MouseEvent| {
        answer.set(None);
        let answer = answer.clone();
        browser::copy_text(&text(), move |done| answer.set(Some(done)));
    })
}
