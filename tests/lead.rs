//! The lead form: which entries may be sent, what the back-end receives, and the form's
//! states (one request per try, nothing after it was sent, entries kept when it failed).

use readiness_check::assessment::{self, examples, Dimension, Evaluation, Lang};
use readiness_check::branding::Contact;
use readiness_check::lead::{
    self, consent_text, is_email, mail_body, mailto, Context, Entries, Field, Problem,
};
use readiness_check::ui::host_events::{between, detail_json, HostEvent};
use readiness_check::ui::state::lead::to_send;
use readiness_check::ui::state::{Action, LeadAction, LeadForm, LeadStatus, SessionAction, State};
use serde_json::Value;

fn good_entries() -> Entries {
    Entries {
        name: "  Erika Mustermann ".into(),
        email: " erika@beispiel.de ".into(),
        company: "Beispiel GmbH".into(),
        phone: "+49 30 123456".into(),
        message: "Wir wollen\nbald starten.".into(),
        consent: true,
    }
}

fn context() -> Context {
    let answers = examples::strong_answers();
    let Evaluation::Complete(outcome) = assessment::evaluate(&answers) else {
        panic!("a complete example");
    };
    Context::of(
        &outcome,
        &answers,
        Lang::De,
        "Ich bin einverstanden. Zur Datenschutzerklärung".into(),
        "https://agentur.example/check/#r=AZSOZH".into(),
    )
}

#[test]
fn email_addresses_are_checked_simply() {
    for good in [
        "a@b.de",
        "erika.m+check@mail.beispiel.co.uk",
        "x@bücher.example",
    ] {
        assert!(is_email(good), "{good}");
    }
    for bad in [
        "",
        "erika",
        "erika@",
        "@beispiel.de",
        "erika@beispiel",
        "erika@@beispiel.de",
        "erika@a@beispiel.de",
        "erika@.de",
        "erika@beispiel.",
        "erika mustermann@beispiel.de",
        "erika@beispiel.de ",
        "erika\u{200B}@beispiel.de",
    ] {
        assert!(!is_email(bad), "{bad:?}");
    }
}

#[test]
fn name_email_and_consent_are_required_in_the_fields_order() {
    assert_eq!(
        Entries::default().problems(),
        vec![
            (Field::Name, Problem::NameMissing),
            (Field::Email, Problem::EmailMissing),
            (Field::Consent, Problem::ConsentMissing),
        ]
    );
    let mut entries = good_entries();
    assert!(entries.problems().is_empty());
    entries.email = "erika@beispiel".into();
    entries.name = " \u{200B} ".into();
    assert_eq!(
        entries.problems(),
        vec![
            (Field::Name, Problem::NameMissing),
            (Field::Email, Problem::EmailInvalid)
        ]
    );
    let optional_left_empty = Entries {
        company: String::new(),
        phone: String::new(),
        message: String::new(),
        ..good_entries()
    };
    assert!(optional_left_empty.problems().is_empty());
}

#[test]
fn entries_are_cut_to_their_fields_length() {
    let mut entries = Entries::default();
    entries.set(Field::Name, &"x".repeat(500));
    entries.set(Field::Message, &"ü".repeat(5000));
    assert_eq!(entries.name.chars().count(), Field::Name.max_chars());
    assert_eq!(entries.message.chars().count(), Field::Message.max_chars());
}

#[test]
fn the_payload_is_flat_with_answers_by_id() {
    let json: Value = serde_json::from_str(&lead::payload(&good_entries(), &context())).unwrap();
    assert_eq!(json["name"], "Erika Mustermann", "trimmed");
    assert_eq!(json["email"], "erika@beispiel.de");
    assert_eq!(json["company"], "Beispiel GmbH");
    assert_eq!(json["phone"], "+49 30 123456");
    assert_eq!(json["message"], "Wir wollen\nbald starten.", "lines kept");
    assert_eq!(json["consent"], true);
    assert_eq!(
        json["consent_text"],
        "Ich bin einverstanden. Zur Datenschutzerklärung"
    );
    assert_eq!(json["verdict"], "do-it");
    assert!(!json["verdict_text"].as_str().unwrap().is_empty());
    assert_eq!(
        json["result_link"],
        "https://agentur.example/check/#r=AZSOZH"
    );
    assert_eq!(json["language"], "de");
    assert_eq!(json["source"], "readiness-check");
    let scores = json["scores"].as_object().unwrap();
    assert_eq!(scores.len(), Dimension::ALL.len());
    for d in Dimension::ALL {
        assert!(scores[d.id()].is_u64(), "{}", d.id());
    }
    // One answer as a string, several as a list, every answered question by its id.
    let answers = json["answers"].as_object().unwrap();
    let given = examples::strong_answers();
    assert_eq!(answers.len(), given.len());
    for (question, chosen) in given.iter() {
        let value = &answers[question.id];
        if question.multi {
            let ids: Vec<&str> = value
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            assert_eq!(ids, chosen, "{}", question.id);
        } else {
            assert_eq!(value, chosen[0], "{}", question.id);
        }
    }
    assert_eq!(answers["goals"].as_array().map(Vec::len), Some(2));
}

#[test]
fn the_payload_keeps_the_questionnaires_order_and_escapes_what_was_typed() {
    let hostile = Entries {
        name: "\"},\"consent\":false,\"x\":{\"".into(),
        message: "<script>\u{202E}\u{0}".into(),
        ..good_entries()
    };
    let text = lead::payload(&hostile, &context());
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["consent"], true);
    assert_eq!(json["name"], "\"},\"consent\":false,\"x\":{\"");
    assert_eq!(json["message"], "<script>", "invisible characters dropped");
    let keys: Vec<&str> = text
        .split("\"answers\":{")
        .nth(1)
        .unwrap()
        .split(':')
        .filter_map(|part| part.rsplit('"').nth(1))
        .take(3)
        .collect();
    let order: Vec<&str> = examples::strong_answers()
        .iter()
        .map(|(q, _)| q.id)
        .take(3)
        .collect();
    assert_eq!(keys, order);
}

#[test]
fn the_fallback_mail_holds_the_contact_and_the_result_link() {
    let body = mail_body(
        &good_entries(),
        ["Name", "E-Mail", "Unternehmen", "Telefon", "Mein Ergebnis"],
        "https://agentur.example/check/#r=AZ",
    );
    assert!(body.contains("Name: Erika Mustermann\n"), "{body}");
    assert!(body.contains("E-Mail: erika@beispiel.de\n"));
    assert!(body.contains("Wir wollen\nbald starten."));
    assert!(body.ends_with("Mein Ergebnis: https://agentur.example/check/#r=AZ\n"));
    let without_phone = Entries {
        phone: String::new(),
        ..good_entries()
    };
    assert!(!mail_body(&without_phone, ["N", "E", "U", "Telefon", "R"], "x").contains("Telefon"));
    let href = mailto("hallo@agentur.example", "Anfrage & Frage", &body);
    assert!(href.starts_with("mailto:hallo@agentur.example?subject=Anfrage%20%26%20Frage&body="));
    assert!(href.contains("%0A"), "lines are encoded");
    assert!(!href.contains('#'), "the link's fragment is encoded too");
}

fn submit(form: &mut LeadForm) {
    form.reduce(LeadAction::Submit(Box::new(context())));
}

fn type_in(form: &mut LeadForm, entries: &Entries) {
    for (field, value) in [
        (Field::Name, &entries.name),
        (Field::Email, &entries.email),
        (Field::Company, &entries.company),
        (Field::Phone, &entries.phone),
        (Field::Message, &entries.message),
    ] {
        form.reduce(LeadAction::Edit(field, value.clone()));
    }
}

#[test]
fn without_consent_nothing_is_sent_and_the_focus_goes_to_the_problem() {
    let mut form = LeadForm::default();
    form.reduce(LeadAction::Open {
        company: Some("Beispiel GmbH".into()),
    });
    assert_eq!(form.entries.company, "Beispiel GmbH", "prefilled");
    form.reduce(LeadAction::Edit(Field::Name, "Erika".into()));
    form.reduce(LeadAction::Edit(Field::Email, "erika@beispiel.de".into()));
    assert!(form.problems.is_empty(), "nothing shown before a try");
    let before = form.clone();
    submit(&mut form);
    assert_eq!(form.status, LeadStatus::Editing);
    assert_eq!(
        form.problems,
        vec![(Field::Consent, Problem::ConsentMissing)]
    );
    assert_eq!(form.refused, 1);
    assert_eq!(to_send(&before, &form), None);
    // From then on the problems follow the entries.
    form.reduce(LeadAction::Consent(true));
    assert!(form.problems.is_empty());
    form.reduce(LeadAction::Edit(Field::Email, "erika@".into()));
    assert_eq!(form.problems, vec![(Field::Email, Problem::EmailInvalid)]);
}

#[test]
fn a_company_typed_is_not_replaced_when_the_form_opens_again() {
    let mut form = LeadForm::default();
    form.reduce(LeadAction::Open { company: None });
    form.reduce(LeadAction::Edit(Field::Company, "Eigene AG".into()));
    form.reduce(LeadAction::Open {
        company: Some("Andere GmbH".into()),
    });
    assert_eq!(form.entries.company, "Eigene AG");
}

#[test]
fn each_try_is_one_request_and_a_sent_request_is_final() {
    let mut form = LeadForm::default();
    form.reduce(LeadAction::Open { company: None });
    type_in(&mut form, &good_entries());
    form.reduce(LeadAction::Consent(true));
    let before = form.clone();
    submit(&mut form);
    assert_eq!(form.status, LeadStatus::Sending);
    let (attempt, body) = to_send(&before, &form).expect("a request");
    assert_eq!(attempt, 1);
    assert!(body.contains("erika@beispiel.de"));
    // Rendering again, pressing again, typing: no second request.
    assert_eq!(to_send(&form, &form), None);
    let sending = form.clone();
    submit(&mut form);
    form.reduce(LeadAction::Edit(Field::Name, "Mallory".into()));
    assert_eq!(form, sending);
    // It failed: the entries stay, a retry is a new request.
    form.reduce(LeadAction::Answered {
        attempt: 1,
        ok: false,
    });
    assert_eq!(form.status, LeadStatus::Failed);
    assert_eq!(form.entries, good_entries(), "kept as typed");
    let failed = form.clone();
    submit(&mut form);
    assert_eq!(to_send(&failed, &form).map(|(a, _)| a), Some(2));
    // A late answer to the first try changes nothing.
    form.reduce(LeadAction::Answered {
        attempt: 1,
        ok: true,
    });
    assert_eq!(form.status, LeadStatus::Sending);
    form.reduce(LeadAction::Answered {
        attempt: 2,
        ok: true,
    });
    assert_eq!(form.status, LeadStatus::Sent);
    let sent = form.clone();
    submit(&mut form);
    form.reduce(LeadAction::Edit(Field::Email, "other@beispiel.de".into()));
    form.reduce(LeadAction::Consent(false));
    assert_eq!(form, sent, "nothing changes or goes out after it was sent");
}

#[test]
fn the_host_page_hears_of_a_lead_once_it_arrived() {
    let mut state = State::default();
    state.session.answers = examples::strong_answers();
    state = state.reduce(Action::Session(SessionAction::ShowResult));
    for action in [
        LeadAction::Open { company: None },
        LeadAction::Edit(Field::Name, "Erika".into()),
        LeadAction::Edit(Field::Email, "erika@beispiel.de".into()),
        LeadAction::Consent(true),
        LeadAction::Submit(Box::new(context())),
    ] {
        let next = state.clone().reduce(action.into());
        assert!(between(&state, &next).is_empty());
        state = next;
    }
    let sent = state.clone().reduce(
        LeadAction::Answered {
            attempt: 1,
            ok: true,
        }
        .into(),
    );
    let events = between(&state, &sent);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].name(), "lead");
    let HostEvent::Lead { payload } = &events[0] else {
        panic!("{events:?}");
    };
    assert_eq!(Some(payload), sent.lead.payload.as_ref());
    assert_eq!(detail_json(&events[0], "https://x.example/"), *payload);
    assert!(between(&sent, &sent).is_empty());
    let failed = state.reduce(
        LeadAction::Answered {
            attempt: 1,
            ok: false,
        }
        .into(),
    );
    assert!(failed.lead.status == LeadStatus::Failed);
}

#[test]
fn starting_again_forgets_the_form() {
    let mut state = State::default();
    state.lead.reduce(LeadAction::Open { company: None });
    state
        .lead
        .reduce(LeadAction::Edit(Field::Name, "Erika".into()));
    let state = state.reduce(Action::Session(SessionAction::Restart));
    assert_eq!(state.lead, LeadForm::default());
}

#[test]
fn the_consent_recorded_is_the_label_and_the_privacy_link_as_read() {
    assert_eq!(
        consent_text("Ich bin einverstanden.", Some("Zur Datenschutzerklärung")),
        "Ich bin einverstanden. Zur Datenschutzerklärung"
    );
    assert_eq!(consent_text("I agree.", None), "I agree.");
}

#[test]
fn a_failed_request_offers_the_consultancys_mailbox_only() {
    let mail = Contact::Email("hallo@agentur.example".into());
    let web = Contact::Web("https://agentur.example/kontakt".into());
    let mut form = LeadForm {
        status: LeadStatus::Failed,
        ..LeadForm::default()
    };
    assert_eq!(
        form.fallback_address(Some(&mail)),
        Some("hallo@agentur.example")
    );
    assert_eq!(form.fallback_address(Some(&web)), None);
    assert_eq!(form.fallback_address(None), None);
    for status in [LeadStatus::Editing, LeadStatus::Sending, LeadStatus::Sent] {
        form.status = status;
        assert_eq!(form.fallback_address(Some(&mail)), None, "{status:?}");
    }
}

#[test]
fn name_email_and_consent_are_required_and_each_text_field_reads_back() {
    let entries = good_entries();
    for (field, required) in [
        (Field::Name, true),
        (Field::Email, true),
        (Field::Company, false),
        (Field::Phone, false),
        (Field::Message, false),
        (Field::Consent, true),
    ] {
        assert_eq!(field.required(), required, "{field:?}");
    }
    assert_eq!(entries.get(Field::Email), " erika@beispiel.de ");
    assert_eq!(entries.get(Field::Message), "Wir wollen\nbald starten.");
    assert_eq!(entries.get(Field::Consent), "");
}
