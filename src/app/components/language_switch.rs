//! Switches the interface language: each language named in itself, the current one pressed.

use yew::prelude::*;

use super::{use_lang, Dispatch};
use crate::app::i18n::Lang;
use crate::app::state::Action;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub dispatch: Dispatch,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let current = use_lang();
    html! {
        <div class="pvm-languages" role="group" aria-label={current.texts().language}>
            { for Lang::ALL.iter().map(|lang| {
                let onclick = {
                    let (dispatch, lang) = (props.dispatch.clone(), *lang);
                    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetLang(lang)))
                };
                html! {
                    <button type="button" class="pvm-toggle" lang={lang.code()}
                        aria-pressed={(*lang == current).to_string()} data-lang={lang.code()} {onclick}>
                        { lang.name() }
                    </button>
                }
            }) }
        </div>
    }
}
