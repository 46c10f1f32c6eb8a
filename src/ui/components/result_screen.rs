use yew::prelude::*;

use super::plan_view::plan_view;
use super::radar_chart::radar_chart;
use super::restart_button::restart_button;
use super::share_panel::SharePanel;
use crate::assessment::{self, Dimension, Evaluation, Verdict};
use crate::browser;
use crate::share::link;
use crate::ui::hooks::{on_click, AppHandle};
use crate::ui::host_config::HostConfig;
use crate::ui::labels::labels;
use crate::ui::state::{Action, SessionAction, WorkshopAction};

/// A plain function, not a component (see `progress_bar`); `heading` is the app's focus target.
pub fn result_screen(app: &AppHandle, config: &HostConfig, heading: NodeRef) -> Html {
    let l = labels(app.prefs.lang);
    let lang = app.prefs.lang;

    let outcome = match assessment::evaluate(&app.session.answers) {
        Evaluation::Complete(outcome) => outcome,
        Evaluation::Incomplete { missing } => {
            return html! {
                <section class="rc-screen rc-result-missing">
                    <h1 id="rc-title" tabindex="-1" ref={heading}>{ l.t("missing-title") }</h1>
                    <ul>
                        { for missing.iter().filter_map(|id| assessment::question(id)).map(|q| html! {
                            <li><button type="button" class="rc-link" onclick={on_click(app, Action::Session(SessionAction::Edit(q.id)))}>{ q.title(lang) }</button></li>
                        }) }
                    </ul>
                </section>
            };
        }
    };

    let scores: Vec<u8> = Dimension::ALL.iter().map(|&d| outcome.score(d)).collect();
    let print = Callback::from(|_: MouseEvent| browser::print());

    html! {
        <section class="rc-screen rc-result" data-verdict={outcome.verdict.slug()}>
            <p class="rc-eyebrow">
                { match (app.session.from_link, app.session.company.is_empty(), &app.session.participant) {
                    // Someone else's answers, from their link (which carries no company name).
                    (true, _, _) => l.t("shared-result-title").to_string(),
                    // A workshop participant's, named on screen and on their print-out.
                    (false, _, Some(name)) => l.fill("result-for", &[("name", name)]),
                    (false, true, None) => l.t("result-title").to_string(),
                    (false, false, None) => l.fill("result-for", &[("name", &app.session.company)]),
                } }
            </p>
            <h1 id="rc-title" tabindex="-1" ref={heading} class="rc-verdict">{ outcome.verdict.headline(lang) }</h1>
            <p class="rc-summary">{ outcome.summary(lang) }</p>
            if app.session.from_link && app.session.restart_returns_own_answers() {
                <p class="rc-hint rc-own-kept rc-no-print">{ l.t("own-answers-kept") }</p>
            }

            <div class="rc-result-grid">
                // First, so that on paper the text flows around and under it; on screen the
                // stylesheet puts it beside or after the text.
                <figure class="rc-chart">
                    { radar_chart(std::slice::from_ref(&scores), lang, l.t("chart-title")) }
                    <figcaption>{ format!("{} · {}: {}", l.t("chart-caption"), l.t("overall"), outcome.overall) }</figcaption>
                </figure>
                <div class="rc-result-text">
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
                    // The chart's figures for screen readers, right after the reasons (before the
                    // type's heading). A table is as wide as its content: clipped by a block around
                    // it, so it cannot widen the page.
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
                    if let Some(archetype) = outcome.archetype {
                        <div class="rc-archetype" data-archetype={archetype.id()}>
                            <h2>{ l.t("archetype-title") }</h2>
                            <p><strong>{ archetype.title(lang) }</strong>{ " " }{ archetype.description(lang) }</p>
                        </div>
                    }
                </div>
            </div>

            <h2>{ l.t("plan-title") }</h2>
            { plan_view(&outcome, lang) }

            if !outcome.to_change.is_empty() {
                <h2>{ l.t("to-change-title") }</h2>
                <ul class="rc-to-change">
                    { for outcome.to_change.iter().map(|r| html! { <li data-reason={r.id}>{ r.text(lang) }</li> }) }
                </ul>
            }

            if config.branding.cta.is_some() || config.branding.contact.is_some() {
                <aside class="rc-cta" aria-label={l.t("contact-title")}>
                    if let Some(name) = &config.branding.name {
                        <p class="rc-cta-owner">{ name }</p>
                    }
                    if let Some(cta) = &config.branding.cta {
                        <a class="rc-cta-button rc-no-print" href={cta.url.clone()} target="_blank" rel="noopener">{ cta.text.clone() }</a>
                    }
                    if let Some(contact) = &config.branding.contact {
                        // A web page opens beside the check (in the snippet's frame it would replace it).
                        <p>{ l.t("contact") }{ ": " }<a href={contact.href()} target={contact.is_web().then_some("_blank")} rel="noopener">{ contact.label().to_string() }</a></p>
                    }
                </aside>
            }

            if let Some(name) = &app.session.participant {
                <div class="rc-participant-done rc-no-print">
                    <p>{ l.fill("answering-as", &[("name", name)]) }</p>
                    if let Some(error) = &app.room.error {
                        <p class="rc-error" role="alert">{ error.text(lang) }</p>
                    }
                    <button type="button" class="rc-primary" onclick={on_click(app, Action::Workshop(WorkshopAction::FinishParticipant))}>{ l.t("add-to-workshop") }</button>
                </div>
            } else {
                <SharePanel url={format!("{}#r={}", browser::page_address(), link::encode(&app.session.answers))} {lang} />
            }

            <div class="rc-nav rc-no-print">
                <button type="button" class="rc-secondary" onclick={on_click(app, Action::Session(SessionAction::Back))}>{ l.t("edit-answers") }</button>
                <button type="button" class="rc-secondary" onclick={print}>{ l.t("print") }</button>
                { restart_button(app, "rc-primary") }
            </div>
        </section>
    }
}
