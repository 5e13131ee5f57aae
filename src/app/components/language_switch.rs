//! Switches the interface language: each language named in itself, the current one pressed.

use yew::prelude::*;

use super::use_lang;
use crate::app::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub on_select: Callback<Lang>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let current = use_lang();
    html! {
        <div class="pvm-languages" role="group" aria-label={current.texts().language}>
            { for Lang::ALL.iter().map(|lang| {
                let onclick = props.on_select.reform({
                    let lang = *lang;
                    move |_: MouseEvent| lang
                });
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
