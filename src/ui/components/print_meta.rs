use yew::prelude::*;

use super::share_panel::qr_view;
use crate::assessment::Lang;
use crate::browser;
use crate::ui::labels::labels;

#[derive(Properties, PartialEq)]
pub struct PrintMetaProps {
    pub lang: Lang,
    pub url: String,
    pub company: Option<String>,
    /// The articles the plan's steps cite: on paper as notes, on screen one tap away.
    #[prop_or_default]
    pub sources: Vec<&'static str>,
}

/// On paper only: when the result was made, for whom, and the way back to it online (the link
/// and its QR code).
#[component]
pub fn PrintMeta(props: &PrintMetaProps) -> Html {
    let l = labels(props.lang);
    let date = browser::today(props.lang.code());
    let qr = (!props.url.is_empty())
        .then(|| qr_view(&props.url, l.t("qr-title")))
        .flatten();
    html! {
        <div class="rc-print-meta rc-print-only">
            <p>
                { l.fill("print-made", &[("date", &date)]) }
                if let Some(company) = &props.company {
                    { " · " }{ company }
                }
            </p>
            if !props.url.is_empty() {
                <p class="rc-print-link">{ l.t("print-link") }{ ": " }<span>{ &props.url }</span></p>
            }
            if !props.sources.is_empty() {
                <p class="rc-print-sources">{ l.fill("print-sources", &[("titles", &props.sources.join("; "))]) }</p>
            }
            if let Some(svg) = qr {
                { svg }
            }
        </div>
    }
}
