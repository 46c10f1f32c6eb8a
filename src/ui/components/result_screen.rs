use yew::prelude::*;

use super::cta_box::CtaBox;
use super::handback::Handback;
use super::lead_form::LeadForm;
use super::plan_view::PlanView;
use super::print_meta::PrintMeta;
use super::radar_chart::radar_chart;
use super::restart_button::restart_button;
use super::share_panel::SharePanel;
use super::shared_banner::SharedBanner;
use super::verdict_card::VerdictCard;
use crate::assessment::{self, decisive, Dimension, Evaluation, Verdict};
use crate::browser;
use crate::share::{link, params};
use crate::ui::hooks::{on_click, use_app, use_host_config};
use crate::ui::labels::labels;
use crate::ui::state::{Action, SessionAction};

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    /// The app's focus target.
    pub heading: NodeRef,
}

/// The result, read on a phone first: who it is for, the verdict and what decided it, the
/// consultancy's offer, the plan's main steps, the chart; the reasons in detail one tap away.
#[component]
pub fn ResultScreen(props: &ResultScreenProps) -> Html {
    let app = use_app();
    let config = use_host_config();
    let lang = app.prefs.lang;
    let l = labels(lang);
    let session = &app.session;
    // A participant's result stays out of the room's sight until they show it.
    let shown = use_state(|| false);
    let with_company = use_state(|| false);
    let details = use_state(|| false);
    let heading = props.heading.clone();

    let outcome = match assessment::evaluate(&session.answers) {
        Evaluation::Complete(outcome) => outcome,
        Evaluation::Incomplete { missing } => {
            return html! {
                <section class="rc-screen rc-result-missing">
                    <h1 id="rc-title" tabindex="-1" ref={heading}>{ l.t("missing-title") }</h1>
                    <ul>
                        { for missing.iter().filter_map(|id| assessment::question(id)).map(|q| html! {
                            <li><button type="button" class="rc-link" onclick={on_click(&app, Action::Session(SessionAction::Edit(q.id)))}>{ q.title_for(&session.answers, lang) }</button></li>
                        }) }
                    </ul>
                </section>
            };
        }
    };

    let scores: Vec<u8> = Dimension::ALL.iter().map(|&d| outcome.score(d)).collect();
    let minimums: Vec<u8> = Dimension::ALL
        .iter()
        .map(|&d| assessment::decisive::minimum(d))
        .collect();
    let print = Callback::from(|_: MouseEvent| browser::print());
    let code = link::encode(&session.answers);
    // Whose name the link carries: the sender's, passed on; the person's own only if they
    // chose to send it.
    let (company, sent_company) = session.result_company(*with_company);
    let company = company.map(str::to_owned);
    let url = params::result_link(
        &config.link_base(browser::page_address),
        &code,
        sent_company,
    );
    let company_toggle = (!session.from_link && company.is_some()).then(|| {
        let with_company = with_company.clone();
        (
            *with_company,
            Callback::from(move |on: bool| with_company.set(on)),
        )
    });
    let toggle_details = {
        let details = details.clone();
        Callback::from(move |_: MouseEvent| details.set(!*details))
    };
    let participant = session.participant.clone();
    let hidden = participant.is_some() && !*shown;
    let on_show = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(true))
    };
    let eyebrow = match (session.from_link, &company, &participant) {
        (true, _, _) => l.t("shared-result-title").to_string(),
        // A workshop participant's, named on screen and on their print-out.
        (false, _, Some(name)) => l.fill("result-for", &[("name", name)]),
        (false, None, None) => l.t("result-title").to_string(),
        (false, Some(company), None) => l.fill("result-for", &[("name", company)]),
    };
    let mut sources: Vec<&'static str> = Vec::new();
    for step in &outcome.plan {
        let title = step.source.title(lang);
        if !sources.contains(&title) {
            sources.push(title);
        }
    }
    let decided_dimensions: Vec<&'static str> = decisive(&outcome)
        .iter()
        .filter_map(|d| d.dimension())
        .map(|d| d.id())
        .collect();

    html! {
        <section class={classes!("rc-screen", "rc-result", hidden.then_some("rc-result-hidden"))} data-verdict={outcome.verdict.slug()}>
            if let Some(name) = participant {
                <Handback {lang} {name} shown={*shown} {on_show} heading={heading.clone()} />
            }
            if session.from_link {
                <SharedBanner {lang} company={session.link_company.clone()} />
            }
            <p class="rc-eyebrow">{ eyebrow }</p>
            if session.from_link && session.restart_returns_own_answers() {
                <p class="rc-hint rc-own-kept rc-no-print">{ l.t("own-answers-kept") }</p>
            }
            if !hidden {
            <div class="rc-result-body">
                <VerdictCard outcome={outcome.clone()} {lang} heading={heading.clone()} />
                <CtaBox {lang} place="top" />
                // A prospect asks right where the consultancy's offer is read; a workshop
                // participant at the facilitator's laptop is nobody's lead.
                if session.participant.is_none() {
                    <LeadForm {lang} outcome={outcome.clone()} url={AttrValue::from(url.clone())} />
                }
                if let Some(archetype) = outcome.archetype {
                    <div class="rc-archetype" data-archetype={archetype.id()}>
                        <h2>{ l.t("archetype-title") }</h2>
                        <p><strong>{ archetype.title(lang) }</strong>{ " " }{ archetype.description(lang) }</p>
                        <p class="rc-hint">{ l.fill("archetype-reference", &[("name", archetype.seed_name(lang))]) }</p>
                    </div>
                }
                if !outcome.to_change.is_empty() {
                    <div class="rc-change-block">
                        <h2>{ l.t("to-change-title") }</h2>
                        <ul class="rc-to-change">
                            { for outcome.to_change.iter().map(|r| html! { <li data-reason={r.id}>{ r.text(lang) }</li> }) }
                        </ul>
                    </div>
                }
                <div class="rc-plan-block">
                    <h2>{ l.t("plan-title") }</h2>
                    <PlanView outcome={outcome.clone()} {lang} />
                </div>

                <figure class="rc-chart" data-decided={decided_dimensions.join(" ")}>
                    { radar_chart(std::slice::from_ref(&scores), &minimums, lang, l.t("chart-title")) }
                    <figcaption>{ format!("{} · {}: {}", l.t("chart-caption"), l.t("overall"), outcome.overall) }<br />{ l.t("chart-minimum") }</figcaption>
                </figure>
                // The chart's figures for screen readers. A table is as wide as its content:
                // clipped by a block around it, so it cannot widen the page.
                <div class="rc-sr-only">
                    <table>
                        <caption>{ l.t("chart-title") }</caption>
                        <thead><tr><th scope="col">{ l.t("dimension") }</th><th scope="col">{ l.t("score") }</th></tr></thead>
                        <tbody>
                            { for Dimension::ALL.iter().zip(&scores).map(|(d, s)| html! {
                                <tr><th scope="row">{ d.title(lang) }</th><td>{ *s }</td></tr>
                            }) }
                            <tr><th scope="row">{ l.t("overall") }</th><td>{ outcome.overall }</td></tr>
                        </tbody>
                    </table>
                </div>

                <p class="rc-no-print">
                    <button type="button" class="rc-link" aria-expanded={details.to_string()} aria-controls="rc-details" onclick={toggle_details}>{ l.t("details-show") }</button>
                </p>
                <div id="rc-details" class={classes!("rc-details", (!*details).then_some("rc-screen-hidden"))}>
                    <h2>{ l.t("reasons-title") }</h2>
                    <ul class="rc-reasons">
                        { for outcome.deciding_reasons().map(|r| html! {
                            <li class={classes!(r.knock_out.then_some("rc-knockout"))} data-reason={r.id}>{ r.text(lang) }</li>
                        }) }
                    </ul>
                    if outcome.other_weak_reasons().next().is_some() {
                        <h3>{ if outcome.verdict == Verdict::DoIt { l.t("caveats-title") } else { l.t("more-reasons-title") } }</h3>
                        <ul class="rc-reasons rc-reasons-more">
                            { for outcome.other_weak_reasons().map(|r| html! { <li data-reason={r.id}>{ r.text(lang) }</li> }) }
                        </ul>
                    }
                </div>

                <CtaBox {lang} place="end" />
                if session.participant.is_none() {
                    <SharePanel url={AttrValue::from(url.clone())} {lang} someone_elses={session.from_link} {company_toggle} />
                }
                <PrintMeta {lang} url={url} company={company} {sources} />
            </div>
            }

            <div class="rc-nav rc-no-print">
                <button type="button" class="rc-secondary" onclick={on_click(&app, Action::Session(SessionAction::Back))}>{ l.t("edit-answers") }</button>
                <button type="button" class="rc-secondary" onclick={print}>{ l.t("print") }</button>
                { restart_button(&app, "rc-secondary rc-restart") }
            </div>
        </section>
    }
}
