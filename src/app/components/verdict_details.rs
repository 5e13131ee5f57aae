//! Why a verdict is what it is: the reason, the mainline context, the kernel, and the sources.

use yew::prelude::*;

use crate::app::text::{basis_label, mainline_reason, reason, status_icon, status_word};
use crate::app::Shared;
use crate::matrix::load::is_https_url;
use crate::matrix::{evaluate, Basis, Capability, Certainty, Release};

#[derive(Properties, PartialEq)]
pub struct VerdictDetailsProps {
    pub release: Shared<Release>,
    pub capability: Shared<Capability>,
    pub on_close: Callback<()>,
}

#[component]
pub fn VerdictDetails(props: &VerdictDetailsProps) -> Html {
    let (release, capability) = (props.release.0, props.capability.0);
    let verdict = evaluate(release, capability);
    let kernel = release.kernel.to_string();
    let flavour = match verdict.basis {
        Basis::Distro(statement) => statement.flavour.as_deref(),
        _ => None,
    };
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="pvm-details pvm-pinned" data-details={format!("{}/{}", release.id, capability.id)}>
            <h3>
                { format!("{} on {}: ", capability.name, release.name) }
                <span class={classes!("pvm-badge", format!("pvm-{}", verdict.status.as_str()))}>
                    <span aria-hidden="true">{ status_icon(verdict.status) }</span>
                    { " " }{ status_word(verdict.status) }
                </span>
            </h3>
            <p class="pvm-reason">{ reason(&verdict, release) }</p>
            if let Some(note) = verdict.note() {
                <p class="pvm-note" lang="en">{ note }</p>
            }
            if verdict.certainty == Certainty::Unverified {
                <p class="pvm-uncertain-note">
                    { "* Unverified: this comes from a weaker source or is inferred; treat it as likely, not certain." }
                </p>
            }
            <dl>
                <dt>{ "Decided by" }</dt>
                <dd>{ basis_label(&verdict.basis) }</dd>
                if !matches!(verdict.basis, Basis::Mainline) {
                    <dt>{ "Mainline alone" }</dt>
                    <dd>
                        { mainline_reason(&verdict.mainline, &release.name, &kernel) }
                        { format!(" Base kernel alone: {}.", status_word(verdict.mainline.status()).to_lowercase()) }
                    </dd>
                }
                <dt>{ "Kernel" }</dt>
                <dd>{ match flavour { Some(f) => format!("{kernel}, {f}"), None => kernel.clone() } }</dd>
                if !capability.kconfig.is_empty() {
                    <dt>{ "Kconfig" }</dt>
                    <dd>{ for capability.kconfig.iter().map(|k| html! { <><code>{ k.replace('|', " or ") }</code>{ " " }</> }) }</dd>
                }
            </dl>
            <h4>{ "Sources" }</h4>
            <ul class="pvm-sources">
                { for verdict.sources().iter().map(|source| html! {
                    <li>
                        if is_https_url(&source.url) {
                            <a href={source.url.clone()} target="_blank" rel="noopener noreferrer">{ &source.title }</a>
                        } else {
                            { &source.title }
                        }
                    </li>
                }) }
            </ul>
            <button type="button" class="pvm-link-button" onclick={on_close}>{ "Close" }</button>
        </div>
    }
}
