use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::assessment::{Lang, Outcome};
use crate::lead::{self, Field, Problem};
use crate::ui::hooks::{use_app, use_host_config, AppHandle};
use crate::ui::labels::{labels, Labels};
use crate::ui::state::{LeadAction, LeadStatus};

#[derive(Properties, PartialEq)]
pub struct LeadFormProps {
    pub lang: Lang,
    pub outcome: Outcome,
    /// The result link the share panel shows: it goes along with the request.
    pub url: AttrValue,
}

/// The consultancy's contact form, when the host configured a `lead-url`: closed behind one
/// button, inline when opened. Its state is the `lead` slice; the app's effect sends it.
#[component]
pub fn LeadForm(props: &LeadFormProps) -> Html {
    let app = use_app();
    let config = use_host_config();
    let l = labels(props.lang);
    let form = &app.lead;
    let refs = use_memo((), |_| [(); 6].map(|_| NodeRef::default()));
    let thanks = use_node_ref();

    // The focus follows what the person did: into the first field when the form opens, to the
    // first problem when a send is refused, to the thanks once it arrived. Only on a change,
    // not when the result screen is shown again.
    let moment = (form.open, form.refused, form.status == LeadStatus::Sent);
    let seen = use_mut_ref(|| moment);
    {
        let (refs, thanks, problems) = (refs.clone(), thanks.clone(), form.problems.clone());
        use_effect_with(moment, move |&now| {
            let before = seen.replace(now);
            let target = if now.2 && !before.2 {
                Some(&thanks)
            } else if now.1 != before.1 {
                problems.first().map(|&(field, _)| &refs[field as usize])
            } else if now.0 && !before.0 {
                Some(&refs[0])
            } else {
                None
            };
            if let Some(el) = target.and_then(|r| r.cast::<HtmlElement>()) {
                let _ = el.focus();
            }
        });
    }

    let Some(lead_config) = config.branding.lead.clone() else {
        return html! {};
    };
    let provider = config
        .branding
        .name
        .clone()
        .unwrap_or_else(|| l.t("lead-provider").to_string());
    let privacy = lead_config.privacy_url;
    let consent_label = l.fill("lead-consent", &[("name", &provider)]);
    let heading = html! {
        <>
            <h2 id="rc-lead-title">{ l.t("lead-title") }</h2>
            <p>{ l.fill("lead-intro", &[("name", &provider)]) }</p>
        </>
    };

    if !form.open {
        let (app, company) = (
            app.clone(),
            app.session.result_company(false).0.map(str::to_owned),
        );
        let open = Callback::from(move |_: MouseEvent| {
            app.dispatch(
                LeadAction::Open {
                    company: company.clone(),
                }
                .into(),
            )
        });
        return html! {
            <section class="rc-lead-box rc-no-print" aria-labelledby="rc-lead-title">
                { heading }
                <button type="button" class="rc-primary" aria-expanded="false" onclick={open}>{ l.t("lead-open") }</button>
            </section>
        };
    }

    let status = form.status;
    let onsubmit = {
        let app = app.clone();
        let (outcome, lang, url) = (props.outcome.clone(), props.lang, props.url.to_string());
        let consent_text = lead::consent_text(
            &consent_label,
            privacy.is_some().then(|| l.t("lead-privacy")),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let context = lead::Context::of(
                &outcome,
                &app.session.answers,
                lang,
                consent_text.clone(),
                url.clone(),
            );
            app.dispatch(LeadAction::Submit(Box::new(context)).into());
        })
    };
    let on_consent = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            app.dispatch(LeadAction::Consent(input.checked()).into());
        })
    };
    let busy = status == LeadStatus::Sending;
    let sent = status == LeadStatus::Sent;
    let consent_problem = form.problem(Field::Consent);
    let mailto = form
        .fallback_address(config.branding.contact.as_ref())
        .map(|address| {
            let body = lead::mail_body(
                &form.entries,
                [
                    l.t("lead-name"),
                    l.t("lead-email"),
                    l.t("lead-company"),
                    l.t("lead-phone"),
                    l.t("lead-mail-result"),
                ],
                &props.url,
            );
            (
                address.to_string(),
                lead::mailto(address, l.t("lead-mail-subject"), &body),
            )
        });

    html! {
        <section class="rc-lead-box rc-lead-open rc-no-print" aria-labelledby="rc-lead-title">
            { heading }
            <form id="rc-lead-form" novalidate=true {onsubmit}>
                // Sent is final: nothing can be changed (or sent) again.
                <fieldset class="rc-lead-fields" disabled={sent}>
                    { for [Field::Name, Field::Email, Field::Company, Field::Phone, Field::Message]
                        .map(|field| text_field(&app, l, &refs[field as usize], field)) }
                    <div class={classes!("rc-field", "rc-consent", consent_problem.is_some().then_some("rc-invalid"))}>
                        <input id="rc-lead-consent" type="checkbox" checked={form.entries.consent}
                            disabled={busy} required=true ref={refs[5].clone()}
                            aria-invalid={consent_problem.is_some().then_some("true")}
                            aria-describedby={consent_problem.is_some().then_some("rc-lead-consent-error")}
                            onchange={on_consent} />
                        <label for="rc-lead-consent">
                            { consent_label }
                            if let Some(url) = privacy {
                                { " " }<a href={url} target="_blank" rel="noopener">{ l.t("lead-privacy") }</a>
                            }
                        </label>
                        if let Some(problem) = consent_problem {
                            <p id="rc-lead-consent-error" class="rc-field-error">{ problem_text(l, problem) }</p>
                        }
                    </div>
                </fieldset>
                if status == LeadStatus::Failed {
                    <div class="rc-lead-failed" role="alert">
                        <p>{ l.t("lead-failed") }</p>
                        if let Some((address, href)) = mailto {
                            <p><a {href}>{ l.fill("lead-failed-mail", &[("email", &address)]) }</a></p>
                        }
                    </div>
                }
                <p class="rc-lead-status" role="status">
                    if busy { { l.t("lead-sending") } }
                </p>
                if sent {
                    <p class="rc-lead-sent" tabindex="-1" ref={thanks}>{ l.fill("lead-sent", &[("name", &provider)]) }</p>
                } else {
                    // Not `disabled` while sending: the focus stays on the button, and a second
                    // press is ignored by the reducer anyway.
                    <button type="submit" class="rc-primary" aria-disabled={busy.then_some("true")}>
                        { match status {
                            LeadStatus::Sending => l.t("lead-sending"),
                            LeadStatus::Failed => l.t("lead-retry"),
                            _ => l.t("lead-send"),
                        } }
                    </button>
                }
            </form>
        </section>
    }
}

fn problem_text(l: Labels, problem: Problem) -> &'static str {
    match problem {
        Problem::NameMissing => l.t("lead-name-missing"),
        Problem::EmailMissing => l.t("lead-email-missing"),
        Problem::EmailInvalid => l.t("lead-email-invalid"),
        Problem::ConsentMissing => l.t("lead-consent-missing"),
    }
}

/// One labelled entry, with its problem (if any) tied to it for screen readers.
fn text_field(app: &AppHandle, l: Labels, node: &NodeRef, field: Field) -> Html {
    // The element, its type and the browser's autofill hint.
    let (label, kind, autocomplete) = match field {
        Field::Name => (l.t("lead-name"), "text", "name"),
        Field::Email => (l.t("lead-email"), "email", "email"),
        Field::Company => (l.t("lead-company"), "text", "organization"),
        Field::Phone => (l.t("lead-phone"), "tel", "tel"),
        Field::Message | Field::Consent => (l.t("lead-message"), "textarea", "off"),
    };
    let problem = app.lead.problem(field);
    let busy = app.lead.status == LeadStatus::Sending;
    let id = format!("rc-lead-{}", field.id());
    let error_id = format!("{id}-error");
    let required = field.required();
    let value = app.lead.entries.get(field).to_string();
    let oninput = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let value = if kind == "textarea" {
                e.target_unchecked_into::<HtmlTextAreaElement>().value()
            } else {
                e.target_unchecked_into::<HtmlInputElement>().value()
            };
            app.dispatch(LeadAction::Edit(field, value).into());
        })
    };
    let invalid = problem.is_some().then_some("true");
    let described = problem.is_some().then(|| error_id.clone());
    let maxlength = field.max_chars().to_string();
    let control = if kind == "textarea" {
        html! {
            <textarea id={id.clone()} name={field.id()} rows="3" {maxlength} readonly={busy}
                ref={node.clone()} {value} {oninput} />
        }
    } else {
        html! {
            <input id={id.clone()} name={field.id()} type={kind} {autocomplete} {maxlength}
                inputmode={(kind == "email").then_some("email")}
                required={required} aria-invalid={invalid} aria-describedby={described}
                readonly={busy} ref={node.clone()} {value} {oninput} />
        }
    };
    html! {
        <div class={classes!("rc-field", problem.is_some().then_some("rc-invalid"))}>
            <label for={id}>
                { label }
                if !required {
                    { " " }<span class="rc-optional">{ l.t("lead-optional") }</span>
                }
            </label>
            { control }
            if let Some(problem) = problem {
                <p id={error_id} class="rc-field-error">{ problem_text(l, problem) }</p>
            }
        </div>
    }
}
