use yew::prelude::*;

use crate::assessment::Lang;
use crate::ui::hooks::use_host_config;
use crate::ui::labels::labels;

#[derive(Properties, PartialEq)]
pub struct CtaBoxProps {
    pub lang: Lang,
    /// `top` under the verdict, `end` after the plan: the stylesheet and print tell them apart.
    pub place: &'static str,
}

/// The consultancy's call to action and contact, from the host's configuration; nothing when
/// the host set neither.
#[component]
pub fn CtaBox(props: &CtaBoxProps) -> Html {
    let config = use_host_config();
    let l = labels(props.lang);
    let branding = &config.branding;
    if branding.cta.is_none() && branding.contact.is_none() {
        return html! {};
    }
    // One landmark: the box at the end repeats the one at the top, and two complementary
    // landmarks of one name leave a screen reader's list of them ambiguous.
    let top = props.place == "top";
    html! {
        <@{if top { "aside" } else { "div" }} class={classes!("rc-cta", format!("rc-cta-{}", props.place))} aria-label={top.then(|| l.t("contact-title"))}>
            if let Some(name) = &branding.name {
                <p class="rc-cta-owner">{ name }</p>
            }
            if let Some(cta) = &branding.cta {
                <a class="rc-cta-button rc-no-print" href={cta.url.clone()} target="_blank" rel="noopener">{ cta.text.clone() }</a>
            }
            if let Some(contact) = &branding.contact {
                // A web page opens beside the check (in the snippet's frame it would replace it).
                <p>{ l.t("contact") }{ ": " }<a href={contact.href()} target={contact.is_web().then_some("_blank")} rel="noopener">{ contact.label().to_string() }</a></p>
            }
        </@>
    }
}
