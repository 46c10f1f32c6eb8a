use yew::prelude::*;

use crate::assessment::{Lang, Outcome, Phase, PlanStep};
use crate::ui::labels::labels;

/// Steps of each phase shown before "show all": the plan lists them most important first.
pub const MAIN_STEPS_PER_PHASE: usize = 1;

#[derive(Properties, PartialEq)]
pub struct PlanViewProps {
    pub outcome: Outcome,
    pub lang: Lang,
}

/// The plan in the seed's three steps: the main actions of each phase, the rest one tap away;
/// each step's source on request. On paper everything, the sources as notes.
#[component]
pub fn PlanView(props: &PlanViewProps) -> Html {
    let (outcome, lang) = (&props.outcome, props.lang);
    let l = labels(lang);
    let all = use_state(|| false);
    let sources = use_state(|| false);
    let hidden = outcome.plan.len()
        - Phase::ALL
            .iter()
            .map(|&p| outcome.steps(p).count().min(MAIN_STEPS_PER_PHASE))
            .sum::<usize>();
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_: MouseEvent| flag.set(!*flag))
    };
    html! {
        <>
            <ol class={classes!("rc-plan", (*sources).then_some("rc-sources-shown"))}>
                { for Phase::ALL.iter().map(|&phase| html! {
                    <li class="rc-phase" data-phase={phase.id()}>
                        <h3>{ phase.title(lang) }</h3>
                        <p class="rc-phase-purpose">{ phase.purpose(lang) }</p>
                        <ul>
                            { for outcome.steps(phase).enumerate().map(|(i, step)| {
                                let more = i >= MAIN_STEPS_PER_PHASE;
                                html! {
                                    <li data-step={step.id} class={classes!(more.then_some("rc-step-more"), (more && !*all).then_some("rc-screen-hidden"))}>
                                        { step.text(lang) }
                                        if !step.detail.is_empty() {
                                            <ul class="rc-step-details">
                                                { for step.details(lang).map(|d| html! { <li>{ d }</li> }) }
                                            </ul>
                                        }
                                        <span class="rc-source">{ " " }{ citation(step, lang) }</span>
                                    </li>
                                }
                            }) }
                        </ul>
                    </li>
                }) }
            </ol>
            <p class="rc-plan-tools rc-no-print">
                if hidden > 0 {
                    <button type="button" class="rc-link" aria-expanded={all.to_string()} onclick={toggle(&all)}>
                        { if *all { l.t("plan-less").to_string() } else { l.fill("plan-more", &[("n", &outcome.plan.len().to_string())]) } }
                    </button>
                }
                <button type="button" class="rc-link" aria-pressed={sources.to_string()} onclick={toggle(&sources)}>
                    { if *sources { l.t("sources-hide") } else { l.t("sources-show") } }
                </button>
            </p>
        </>
    }
}

/// The source's quote is German in both languages: marked so, for screen readers' voices.
fn citation(step: &PlanStep, lang: Lang) -> Html {
    let (before, quote, after) = step.source.citation_parts(lang);
    html! { <>{ before }<span lang="de">{ quote }</span>{ after }</> }
}
