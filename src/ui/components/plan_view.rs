use yew::prelude::*;

use crate::assessment::{Lang, Outcome, Phase, PlanStep};

/// The plan in the seed's three steps, each step with the passage it comes from. A plain
/// function: it holds no state (see `progress_bar`).
pub fn plan_view(outcome: &Outcome, lang: Lang) -> Html {
    html! {
        <ol class="rc-plan">
            { for Phase::ALL.iter().map(|&phase| html! {
                <li class="rc-phase" data-phase={phase.id()}>
                    <h3>{ phase.title(lang) }</h3>
                    <p class="rc-phase-purpose">{ phase.purpose(lang) }</p>
                    <ul>
                        { for outcome.steps(phase).map(|step| html! {
                            <li data-step={step.id}>
                                { step.text(lang) }
                                if !step.detail.is_empty() {
                                    <ul class="rc-step-details">
                                        { for step.details(lang).map(|d| html! { <li>{ d }</li> }) }
                                    </ul>
                                }
                                <span class="rc-source">{ " " }{ citation(step, lang) }</span>
                            </li>
                        }) }
                    </ul>
                </li>
            }) }
        </ol>
    }
}

/// The source's quote is German in both languages: marked so, for screen readers' voices.
fn citation(step: &PlanStep, lang: Lang) -> Html {
    let (before, quote, after) = step.source.citation_parts(lang);
    html! { <>{ before }<span lang="de">{ quote }</span>{ after }</> }
}
