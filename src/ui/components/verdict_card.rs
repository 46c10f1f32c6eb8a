use yew::prelude::*;

use crate::assessment::{decisive, Lang, Outcome};
use crate::ui::labels::labels;

#[derive(Properties, PartialEq)]
pub struct VerdictCardProps {
    pub outcome: Outcome,
    pub lang: Lang,
    /// The app's focus target: the plain verdict.
    pub heading: NodeRef,
}

/// The verdict where the result is read first: the seed's sentence as its name, the verdict in
/// plain words, one sentence of why, and what decided it in numbers.
#[component]
pub fn VerdictCard(props: &VerdictCardProps) -> Html {
    let (o, lang) = (&props.outcome, props.lang);
    let l = labels(lang);
    html! {
        <div class="rc-verdict-card">
            <p class="rc-verdict-name">{ l.fill("verdict-name", &[("name", o.verdict.headline(lang))]) }</p>
            <h1 id="rc-title" tabindex="-1" ref={props.heading.clone()} class="rc-verdict">{ o.plain(lang) }</h1>
            <p class="rc-summary">{ o.summary(lang) }</p>
            <h2 class="rc-decided-title">{ l.t("decided-title") }</h2>
            <ul class="rc-decisive">
                { for decisive(o).iter().map(|d| html! {
                    <li class={classes!(matches!(d, crate::assessment::Decisive::KnockOut { .. }).then_some("rc-knockout"))}
                        data-dimension={d.dimension().map(|d| d.id())}>{ d.text(lang) }</li>
                }) }
            </ul>
        </div>
    }
}
