use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::confirm_button::ConfirmButton;
use super::radar_chart::{radar_chart, series_swatch};
use super::share_panel::SharePanel;
use crate::assessment::{self, Dimension, Lang};
use crate::browser;
use crate::ui::hooks::{on_click, use_app, use_focus_on_change, use_host_config, AppHandle};
use crate::ui::labels::labels;
use crate::ui::state::{Action, SessionAction, WorkshopAction};
use crate::workshop::{
    compare, encode_link, knocked_out, who_answered, AddError, Comparison, Input, TeamReason,
    MAX_NAME_CHARS,
};

fn text_input(value: &UseStateHandle<String>) -> Callback<InputEvent> {
    let value = value.clone();
    Callback::from(move |e: InputEvent| {
        value.set(e.target_unchecked_into::<HtmlInputElement>().value())
    })
}

/// The workshop's two forms: a refusal is shown in the one that was sent.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    AddLink,
    AnswerHere,
}

impl Form {
    /// The id of the refusal shown in the form, which its input at fault points to.
    fn error_id(self) -> &'static str {
        match self {
            Form::AddLink => "rc-add-link-error",
            Form::AnswerHere => "rc-answer-here-error",
        }
    }
}

/// The form sent last, and how many sends there were: a refusal repeated word for word is a
/// new message, announced again.
type Sent = (Option<Form>, u32);

/// Dispatches an action built from the form's inputs. They keep what was typed: when the
/// workshop refuses it, the person corrects it rather than pasting it again.
fn on_submit(
    app: &AppHandle,
    (sent, form): (&UseStateHandle<Sent>, Form),
    inputs: Vec<UseStateHandle<String>>,
    action: fn(Vec<String>) -> Action,
) -> Callback<SubmitEvent> {
    let (app, sent) = (app.clone(), sent.clone());
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        sent.set((Some(form), sent.1.wrapping_add(1)));
        app.dispatch(action(inputs.iter().map(|i| (**i).clone()).collect()));
    })
}

/// The first element in `root` that `selector` finds.
fn first_in(root: &NodeRef, selector: &str) -> Option<web_sys::Element> {
    root.cast::<web_sys::Element>()
        .and_then(|r| r.query_selector(selector).ok().flatten())
}

fn focus(element: Option<web_sys::Element>) {
    if let Some(el) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// A refusal inside its form, tied to the field at fault (`aria-describedby`); a new element
/// for each send (`key`), so a screen reader announces a repeated refusal again.
fn form_error(error: Option<&AddError>, (id, send): (&'static str, u32), lang: Lang) -> Html {
    error.map_or_else(Html::default, |e| {
        html! { <><p key={send} {id} class="rc-error" role="alert">{ e.text(lang) }</p></> }
    })
}

fn comparison_view(app: &AppHandle, comparison: &Comparison) -> Html {
    let lang = app.prefs.lang;
    let l = labels(lang);
    let names = app.room.workshop.names();
    let series: Vec<Vec<u8>> = comparison
        .outcomes
        .iter()
        .map(|o| Dimension::ALL.iter().map(|&d| o.score(d)).collect())
        .collect();
    let (for_it, against) = comparison.verdict_counts;
    html! {
        <div class="rc-comparison">
            // The room's first screen: the team's verdict, the chart and the table side by side.
            <div class="rc-presentation">
            <section class="rc-team" data-verdict={comparison.team_verdict.slug()}>
                <h2>{ l.t("team-verdict-title") }</h2>
                <p class="rc-verdict-name">{ l.fill("verdict-name", &[("name", comparison.team_verdict.headline(lang))]) }</p>
                <p class="rc-verdict">{ comparison.team_verdict.plain(lang) }</p>
                <p>{ format!("{for_it} × {} · {against} × {}", assessment::Verdict::DoIt.headline(lang), assessment::Verdict::LeaveIt.headline(lang)) }</p>
                <ul class="rc-reasons">
                    { for comparison.team_reasons.iter().map(|r| {
                        // Whose knock-out it is: the room knows whom to ask.
                        let who = match r {
                            TeamReason::KnockOut { id, .. } => {
                                let people: Vec<&str> = knocked_out(comparison, id).iter().filter_map(|&i| names.get(i).copied()).collect();
                                format!(" ({})", l.fill("knocked-out-by", &[("names", &people.join(", "))]))
                            }
                            TeamReason::Votes { .. } => String::new(),
                        };
                        html! { <li class={classes!(r.blocks().then_some("rc-knockout"))}>{ r.text(lang) }{ who }</li> }
                    }) }
                </ul>
            </section>

            <div class="rc-result-grid">
                <figure class="rc-chart">
                    { radar_chart(&series, &[], lang, l.t("spreads-title")) }
                    <figcaption>
                        <ul class="rc-legend">
                            { for names.iter().enumerate().map(|(i, name)| html! {
                                <li>{ series_swatch(i) }{ *name }</li>
                            }) }
                        </ul>
                    </figcaption>
                </figure>
                // Wide tables scroll sideways on a phone: the region takes keyboard focus to scroll.
                <div class="rc-table-wrap" tabindex="0" role="region" aria-label={l.t("spreads-title")}>
                    <h2 class="rc-spreads-title">{ l.t("spreads-title") }</h2>
                    <table class="rc-spreads">
                        <thead>
                            <tr>
                                <th scope="col">{ l.t("dimension") }</th>
                                // The spread first: on a phone the people's columns scroll, it stays.
                                <th scope="col">{ l.t("spread-heading") }</th>
                                { for names.iter().map(|n| html! { <th scope="col">{ *n }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for comparison.dimensions.iter().enumerate().map(|(d, spread)| html! {
                                <tr data-dimension={spread.dimension.id()}>
                                    <th scope="row">{ spread.dimension.title(lang) }</th>
                                    <td class="rc-spread">{ spread.spread }</td>
                                    { for series.iter().map(|s| html! { <td>{ s[d] }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </div>
            </div>

            <h2>{ l.t("disagreements-title") }</h2>
            if comparison.outcomes.len() == 1 {
                <p>{ l.t("nothing-to-compare") }</p>
            } else if comparison.disagreements.is_empty() {
                <p>{ l.t("no-disagreements") }</p>
            } else {
                <ol class="rc-disagreements">
                    { for comparison.disagreements.iter().map(|d| html! {
                        <li data-dimension={d.dimension.id()}>
                            <h3>{ l.fill("disagreement-heading", &[("dimension", d.dimension.title(lang)), ("spread", &d.spread.to_string())]) }</h3>
                            <p class="rc-prompt">{ d.prompt(lang) }</p>
                            <p class="rc-hint">{ l.t("answered-differently") }</p>
                            <ul class="rc-who-answered">
                                { for d.question_ids.iter().filter_map(|id| assessment::question(id)).map(|q| html! {
                                    <li>
                                        <strong>{ q.title(lang) }</strong>
                                        <ul>
                                            { for who_answered(&app.room.workshop, q.id).into_iter().map(|(answer, people)| {
                                                let names: Vec<&str> = people.iter().filter_map(|&i| names.get(i).copied()).collect();
                                                let answer = if answer.is_empty() {
                                                    l.t("answer-none").to_string()
                                                } else {
                                                    answer.iter().map(|o| q.option_label(o, lang)).collect::<Vec<_>>().join(", ")
                                                };
                                                html! { <li>{ l.fill("who-answered", &[("names", &names.join(", ")), ("answer", &answer)]) }</li> }
                                            }) }
                                        </ul>
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ol>
            }
        </div>
    }
}

#[component]
pub fn WorkshopScreen() -> Html {
    let app = use_app();
    let config = use_host_config();
    let lang: Lang = app.prefs.lang;
    let l = labels(lang);
    let heading = use_focus_on_change(());
    let (link_name, link, next_name) = (
        use_state(String::new),
        use_state(String::new),
        use_state(String::new),
    );

    // A participant was added: the link form is done. One was removed: the focus, which was
    // on the removed row's button, goes to the next row's (or the list's heading).
    let (participants_heading, participants_list) = (use_node_ref(), use_node_ref());
    let removed_at = use_mut_ref(|| None::<usize>);
    let previous_len = use_mut_ref(|| app.room.workshop.len());
    let taken_in = app.taken_in;
    {
        let (link_name, link) = (link_name.clone(), link.clone());
        let (heading, list, removed_at) = (
            participants_heading.clone(),
            participants_list.clone(),
            removed_at.clone(),
        );
        use_effect_with(app.room.workshop.len(), move |&len| {
            // Cleared when someone was added here, not on a removal or its undo, nor when
            // another tab added someone: a half-typed name and link stay.
            let focus_row = removed_at.borrow_mut().take();
            if len > previous_len.replace(len) && focus_row.is_none() && !taken_in {
                link_name.set(String::new());
                link.set(String::new());
            }
            if let Some(index) = focus_row {
                let row = index.min(len.saturating_sub(1)) + 1;
                let next = first_in(&list, &format!("li:nth-child({row}) button"));
                focus(next.or_else(|| heading.cast::<web_sys::Element>()));
            }
        });
    }

    // A participant's turn discarded here: the focus was inside the part that went.
    {
        let heading = participants_heading.clone();
        let answering_before = use_mut_ref(|| app.session.participant.is_some());
        use_effect_with(app.session.participant.is_some(), move |&answering| {
            let ended = answering_before.replace(answering) && !answering;
            if ended && !taken_in {
                if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    // A refusal goes to the form that was sent, and the focus to the field at fault, so the
    // person corrects it there; one from elsewhere (a participant's finished turn) stays above.
    let sent = use_state(|| (None::<Form>, 0));
    let error = app.room.error.as_ref();
    let error_in = |form: Form| error.filter(|_| sent.0 == Some(form));
    let fault = sent.0.zip(error.and_then(AddError::input));
    let screen = use_node_ref();
    {
        let screen = screen.clone();
        use_effect_with((app.room.error.clone(), *sent), move |_| {
            focus(first_in(&screen, "[aria-invalid]"));
        });
    }
    // The refusal an input points to (`aria-describedby`), when it is the one at fault.
    let fault_in =
        |form: Form, input: Input| (fault == Some((form, input))).then(|| form.error_id());

    let add_link = on_submit(
        &app,
        (&sent, Form::AddLink),
        vec![link_name.clone(), link.clone()],
        |v| {
            Action::Workshop(WorkshopAction::AddParticipantLink {
                name: v[0].clone(),
                link: v[1].clone(),
            })
        },
    );
    let begin = on_submit(
        &app,
        (&sent, Form::AnswerHere),
        vec![next_name.clone()],
        |v| Action::Workshop(WorkshopAction::BeginParticipant(v[0].clone())),
    );
    let default_name = app.room.workshop.default_name(lang);
    // Removing, or undoing it: the focus goes to the row at `index` afterwards.
    let remove = |index: usize, action: Action| {
        let (app, removed_at) = (app.clone(), removed_at.clone());
        Callback::from(move |_: MouseEvent| {
            *removed_at.borrow_mut() = Some(index);
            app.dispatch(action.clone());
        })
    };
    let comparison = compare(&app.room.workshop);
    let share_url = format!(
        "{}#{}",
        config.link_base(browser::page_address),
        encode_link(&app.room.workshop)
    );

    html! {
        <section class="rc-screen rc-workshop" ref={screen}>
            <h1 id="rc-title" tabindex="-1" ref={heading}>{ l.t("workshop-title") }</h1>
            if comparison.is_none() {
                <p class="rc-no-print">{ l.t("workshop-lead") }</p>
            }
            { comparison.as_ref().map(|c| comparison_view(&app, c)).unwrap_or_default() }

            <h2 tabindex="-1" ref={participants_heading}>{ l.t("participants-title") }</h2>
            // Screen readers hear the list grow or shrink (added, merged, removed).
            <p class="rc-sr-only" role="status">
                { l.count("in-comparison", app.room.workshop.len()) }
            </p>
            if app.room.workshop.is_empty() {
                <p>{ l.t("no-participants") }</p>
            } else {
                <ol class="rc-participants" ref={participants_list}>
                    { for app.room.workshop.participants.iter().enumerate().map(|(i, p)| {
                        let verdict = comparison.as_ref().map(|c| c.outcomes[i].verdict);
                        html! {
                            <li data-verdict={verdict.map(|v| v.slug())}>
                                { series_swatch(i) }
                                <span class="rc-participant-name">{ p.name.clone() }</span>
                                { verdict.map(|v| html! { <span class="rc-chip">{ v.headline(lang) }</span> }).unwrap_or_default() }
                                <button type="button" class="rc-link rc-no-print" onclick={remove(i, Action::Workshop(WorkshopAction::RemoveParticipant(i)))}
                                    aria-label={format!("{}: {}", l.t("remove"), p.name)}>{ l.t("remove") }</button>
                            </li>
                        }
                    }) }
                </ol>
                <button type="button" class="rc-link rc-no-print" onclick={remove(0, Action::Workshop(WorkshopAction::RemoveAllParticipants))}>{ l.t("remove-all") }</button>
            }
            // Always there, so screen readers announce what appears in it.
            <p class="rc-removed rc-no-print" role="status">
                if let Some(removal) = &app.room.removal {
                    { match &removal.name {
                        Some(name) => format!("{} ", l.fill("removed", &[("name", name)])),
                        None => format!("{} ", l.t("all-removed")),
                    } }
                    // The focus goes to the row brought back.
                    <button type="button" class="rc-link" onclick={remove(removal.position(), Action::Workshop(WorkshopAction::UndoRemoval))}>{ l.t("undo") }</button>
                }
            </p>
            if let Some(name) = &app.session.participant {
                <div class="rc-participant-open rc-no-print">
                    <p>{ l.fill("participant-open", &[("name", name)]) }</p>
                    <div class="rc-nav">
                        <ConfirmButton class="rc-secondary" label={l.t("discard-participant")}
                            question={l.fill("discard-participant-question", &[("name", name)])}
                            question_id="rc-discard-question" yes={l.t("discard-participant-yes")}
                            action={Action::Workshop(WorkshopAction::DiscardParticipant)} />
                        <button type="button" class="rc-primary" onclick={on_click(&app, Action::Session(SessionAction::Begin))}>{ l.t("continue-answering") }</button>
                    </div>
                </div>
            }
            if sent.0.is_none() {
                { form_error(error, ("rc-workshop-error", 0), lang) }
            }

            // Below the room's first screen: out of the way of the comparison, at hand for the
            // facilitator.
            <div class="rc-workshop-forms rc-no-print">
                <form class="rc-add-link" onsubmit={add_link}>
                    <h3>{ l.t("add-link-title") }</h3>
                    <label for="rc-link-name">{ l.t("participant-name") }</label>
                    <input id="rc-link-name" type="text" maxlength={MAX_NAME_CHARS.to_string()} placeholder={default_name.clone()}
                        value={(*link_name).clone()} oninput={text_input(&link_name)}
                        aria-invalid={fault_in(Form::AddLink, Input::Name).map(|_| "true")} aria-describedby={fault_in(Form::AddLink, Input::Name)} />
                    <label for="rc-link">{ l.t("link-label") }</label>
                    <input id="rc-link" type="text" inputmode="url" autocomplete="off" value={(*link).clone()} oninput={text_input(&link)}
                        aria-invalid={fault_in(Form::AddLink, Input::Link).map(|_| "true")} aria-describedby={fault_in(Form::AddLink, Input::Link)} />
                    { form_error(error_in(Form::AddLink), (Form::AddLink.error_id(), sent.1), lang) }
                    <button type="submit" class="rc-primary">{ l.t("add-link") }</button>
                </form>
                <form class="rc-answer-here" onsubmit={begin}>
                    <h3>{ l.t("answer-here-title") }</h3>
                    <label for="rc-next-name">{ l.t("participant-name") }</label>
                    <input id="rc-next-name" type="text" maxlength={MAX_NAME_CHARS.to_string()} placeholder={default_name}
                        value={(*next_name).clone()} oninput={text_input(&next_name)}
                        aria-invalid={fault_in(Form::AnswerHere, Input::Name).map(|_| "true")} aria-describedby={fault_in(Form::AnswerHere, Input::Name)} />
                    { form_error(error_in(Form::AnswerHere), (Form::AnswerHere.error_id(), sent.1), lang) }
                    <button type="submit" class="rc-primary">{ l.t("answer-here-button") }</button>
                </form>
            </div>

            if comparison.is_some() {
                <SharePanel url={share_url} {lang} comparison=true />
            }

            <div class="rc-nav rc-no-print">
                <button type="button" class="rc-secondary" onclick={on_click(&app, Action::Session(SessionAction::ShowStart))}>{ l.t("back-to-check") }</button>
                <button type="button" class="rc-secondary" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ l.t("print") }</button>
            </div>
        </section>
    }
}
