//! A prospect's request for contact, sent to the consultancy's `lead-url`: what the form asks,
//! when its entries will do, and the JSON its back-end receives (and the host page's
//! `readiness-check:lead` event carries). Pure: the form is in `ui::components::lead_form`,
//! the request in `browser::post_json`.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::assessment::{Answers, Dimension, Lang, Outcome};
use crate::branding::is_hidden;

/// What the person typed and ticked, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entries {
    pub name: String,
    pub email: String,
    pub company: String,
    pub phone: String,
    pub message: String,
    pub consent: bool,
}

/// The form's fields, in the order they are shown (the first invalid one takes the focus; the
/// form's elements are indexed by `field as usize`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Email,
    Company,
    Phone,
    Message,
    Consent,
}

impl Field {
    /// The element id's ending and the back-end's field name.
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Email => "email",
            Field::Company => "company",
            Field::Phone => "phone",
            Field::Message => "message",
            Field::Consent => "consent",
        }
    }

    /// Whether the form can be sent without it (`Entries::problems` says what is missing).
    pub fn required(self) -> bool {
        matches!(self, Field::Name | Field::Email | Field::Consent)
    }

    /// The most a field keeps: enough for any real entry, too little to flood a back-end.
    pub fn max_chars(self) -> usize {
        match self {
            Field::Name => 100,
            Field::Email => 254,
            Field::Company => crate::branding::COMPANY_MAX_CHARS,
            Field::Phone => 40,
            Field::Message => 2000,
            Field::Consent => 0,
        }
    }
}

/// What keeps the form from being sent, one per field at most.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    NameMissing,
    EmailMissing,
    EmailInvalid,
    ConsentMissing,
}

impl Entries {
    /// A typed value, cut to its field's length (the input's `maxlength` says the same).
    pub fn set(&mut self, field: Field, value: &str) {
        let value: String = value.chars().take(field.max_chars()).collect();
        match field {
            Field::Name => self.name = value,
            Field::Email => self.email = value,
            Field::Company => self.company = value,
            Field::Phone => self.phone = value,
            Field::Message => self.message = value,
            Field::Consent => {}
        }
    }

    /// A text field's value as typed (the consent is no text: empty).
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Name => &self.name,
            Field::Email => &self.email,
            Field::Company => &self.company,
            Field::Phone => &self.phone,
            Field::Message => &self.message,
            Field::Consent => "",
        }
    }

    /// What is wrong, in the fields' order; empty when the form may be sent.
    pub fn problems(&self) -> Vec<(Field, Problem)> {
        let mut problems = Vec::new();
        if clean(&self.name, Field::Name).is_empty() {
            problems.push((Field::Name, Problem::NameMissing));
        }
        let email = self.email.trim();
        if email.is_empty() {
            problems.push((Field::Email, Problem::EmailMissing));
        } else if !is_email(email) {
            problems.push((Field::Email, Problem::EmailInvalid));
        }
        if !self.consent {
            problems.push((Field::Consent, Problem::ConsentMissing));
        }
        problems
    }
}

/// Simple on purpose (the consultant answers it, not a mail server): one `@` with something
/// before it, a dot inside the domain, no spaces.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    crate::branding::email_shape(local, domain)
        && !value.chars().any(|c| c.is_whitespace() || is_hidden(c))
}

/// An entry as sent: trimmed, without invisible characters (a message keeps its lines).
fn clean(value: &str, field: Field) -> String {
    let kept: String = value
        .chars()
        .filter(|&c| (field == Field::Message && c == '\n') || !is_hidden(c))
        .take(field.max_chars())
        .collect();
    kept.trim().to_string()
}

/// The consent as the person read it, and as the back-end records it: the checkbox's label,
/// then the words of the privacy link when the consultancy gave one.
pub fn consent_text(label: &str, privacy_link: Option<&str>) -> String {
    match privacy_link {
        Some(link) => format!("{label} {link}"),
        None => label.to_string(),
    }
}

/// What the result screen adds to the entries: the consent as the person read it, and the
/// result they ask about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    /// The consent checkbox's label, as shown.
    pub consent_text: String,
    /// The verdict's stable id (`Verdict::slug`).
    pub verdict: &'static str,
    /// The verdict as shown.
    pub verdict_text: String,
    /// Each dimension's id and score, in the chart's order.
    pub scores: Vec<(&'static str, u8)>,
    pub answers: Answers,
    /// The result link the share panel shows.
    pub result_link: String,
    pub lang: Lang,
}

impl Context {
    /// What goes along with a request for contact about `outcome`: the verdict by its stable id
    /// and as shown, each dimension's score in the chart's order, and the answers.
    pub fn of(
        outcome: &Outcome,
        answers: &Answers,
        lang: Lang,
        consent_text: String,
        result_link: String,
    ) -> Context {
        Context {
            consent_text,
            verdict: outcome.verdict.slug(),
            verdict_text: outcome.plain(lang).to_string(),
            scores: Dimension::ALL
                .iter()
                .map(|&d| (d.id(), outcome.score(d)))
                .collect(),
            answers: answers.clone(),
            result_link,
            lang,
        }
    }
}

/// Marks the request as the check's among a form back-end's other submissions.
pub const SOURCE: &str = "readiness-check";

/// The request's body: flat fields first, so form back-ends (Formspree, Getform, Basin) show
/// them as columns; answers by their stable ids, one answer as a string, several as a list.
pub fn payload(entries: &Entries, context: &Context) -> String {
    #[derive(serde::Serialize)]
    struct Payload<'a> {
        name: String,
        email: String,
        company: String,
        phone: String,
        message: String,
        consent: bool,
        consent_text: &'a str,
        verdict: &'a str,
        verdict_text: &'a str,
        scores: InOrder<'a, u8>,
        answers: InOrder<'a, Answer<'a>>,
        result_link: &'a str,
        language: &'a str,
        source: &'a str,
    }
    #[derive(serde::Serialize)]
    #[serde(untagged)]
    enum Answer<'a> {
        One(&'a str),
        Several(&'a [&'static str]),
    }
    let answers: Vec<(&str, Answer)> = context
        .answers
        .iter()
        .map(|(question, chosen)| {
            let answer = match chosen {
                [one] if !question.multi => Answer::One(one),
                several => Answer::Several(several),
            };
            (question.id, answer)
        })
        .collect();
    let body = Payload {
        name: clean(&entries.name, Field::Name),
        email: entries.email.trim().to_string(),
        company: clean(&entries.company, Field::Company),
        phone: clean(&entries.phone, Field::Phone),
        message: clean(&entries.message, Field::Message),
        consent: entries.consent,
        consent_text: &context.consent_text,
        verdict: context.verdict,
        verdict_text: &context.verdict_text,
        scores: InOrder(&context.scores),
        answers: InOrder(&answers),
        result_link: &context.result_link,
        language: context.lang.code(),
        source: SOURCE,
    };
    // Strings, numbers and booleans only: writing them cannot fail.
    serde_json::to_string(&body).unwrap_or_else(|_| "{}".into())
}

/// An object whose keys keep the questionnaire's order (serde_json's map would sort them).
struct InOrder<'a, V>(&'a [(&'a str, V)]);

impl<V: Serialize> Serialize for InOrder<'_, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// The e-mail a person can still write when the request failed: to the consultancy's
/// `address`, with their entries and the result link in its body.
pub fn mailto(address: &str, subject: &str, body: &str) -> String {
    use crate::share::codec::percent_encode;
    format!(
        "mailto:{address}?subject={}&body={}",
        percent_encode(subject),
        percent_encode(body)
    )
}

/// The fallback e-mail's body: the entries given, one a line, with `labels` (name, e-mail,
/// company, phone, result) in the person's language, then the message and the result link.
pub fn mail_body(entries: &Entries, labels: [&str; 5], result_link: &str) -> String {
    let [name, email, company, phone, result] = labels;
    let mut body = String::new();
    for (label, field, value) in [
        (name, Field::Name, &entries.name),
        (email, Field::Email, &entries.email),
        (company, Field::Company, &entries.company),
        (phone, Field::Phone, &entries.phone),
    ] {
        let value = clean(value, field);
        if !value.is_empty() {
            body.push_str(&format!("{label}: {value}\n"));
        }
    }
    let message = clean(&entries.message, Field::Message);
    if !message.is_empty() {
        body.push_str(&format!("\n{message}\n"));
    }
    body.push_str(&format!("\n{result}: {result_link}\n"));
    body
}
