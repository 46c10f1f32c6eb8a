//! The workshop's texts, German and English: same keys in the same order, all `workshop.`.
//!
//! They live here rather than in `assessment/text_*.rs` because that table's validation test
//! refuses keys the questionnaire data does not name. Lookups fall back to the assessment's
//! tables (for `reason.<id>`), then to German, then to `MISSING_TEXT`. `{n}` and `{of}` are
//! filled with numbers.

use crate::assessment::{text as assessment_text, try_text, Lang, MISSING_TEXT};

/// German: the team speaks as "wir", the facilitator is addressed as "Sie".
static DE: &[(&str, &str)] = &[
    ("workshop.default-name", "Person"),
    ("workshop.prompt.goals", "Was wollen wir erreichen – oder wollen wir nur dabei sein, weil alle dabei sind?"),
    ("workshop.prompt.audience", "Wen wollen wir erreichen – und ist unsere Zielgruppe überhaupt auf den Plattformen? Hört uns dort jemand zu?"),
    ("workshop.prompt.topics", "Haben wir regelmäßig interessante Themen für unsere Zielgruppe – und wer führt den Redaktionsplan?"),
    ("workshop.prompt.resources", "Wer macht es denn – mit wie vielen Stunden und welchem Budget? Und antworten wir innerhalb von 24 Stunden?"),
    ("workshop.prompt.looseness", "Sind wir locker genug – klingen wir wie Menschen oder wie eine Pressemitteilung?"),
    ("workshop.prompt.dialog", "Sind wir bereit für den Dialog – auch wenn uns jemand öffentlich kritisiert?"),
    ("workshop.prompt.readiness", "Kennen wir die Mechanismen und Manieren des Social Web – und treten wir mit unserem echten Namen auf?"),
    ("workshop.votes.majority", "Für „Ich mach das, aber dann richtig!“: {n} von {of} – eine Mehrheit."),
    ("workshop.votes.no-majority", "Für „Ich mach das, aber dann richtig!“: {n} von {of} – keine Mehrheit."),
    ("workshop.knock-out.shared", "K.-o.-Kriterium bei {n} von {of} – erst klären, dann starten:"),
    ("workshop.knock-out.single", "K.-o.-Kriterium bei {n} von {of} – im Team besprechen:"),
    ("workshop.error.full", "Mehr Teilnehmende passen nicht in einen Vergleich."),
    ("workshop.error.empty-name", "Bitte geben Sie einen Namen ein."),
    ("workshop.error.duplicate-name", "Diesen Namen gibt es schon im Vergleich."),
    ("workshop.error.incomplete", "Diese Antworten sind noch nicht vollständig und ergeben kein Ergebnis."),
    ("workshop.error.no-link", "Bitte fügen Sie den Ergebnis-Link der Person ein."),
    ("workshop.error.link", "Darin steckt kein lesbarer Ergebnis-Link."),
    ("workshop.error.not-found", "Diese Person ist nicht mehr im Vergleich."),
    ("workshop.error.all-there", "Alle Personen aus diesem Vergleichs-Link sind schon im Vergleich."),
    ("workshop.error.unfinished", "Die angefangenen Antworten oben gehen verloren, wenn jetzt jemand anderes beginnt. Drücken Sie noch einmal „Check für diese Person starten“, um sie zu verwerfen, oder „Weiter antworten“."),
    ("workshop.link-error.empty", "Dieser Link enthält keinen Vergleich."),
    ("workshop.link-error.too-long", "Dieser Vergleichs-Link ist viel zu lang, um echt zu sein."),
    ("workshop.link-error.nothing-usable", "Aus diesem Vergleichs-Link lässt sich kein Ergebnis lesen."),
];

static EN: &[(&str, &str)] = &[
    ("workshop.default-name", "Participant"),
    ("workshop.prompt.goals", "What do we want to achieve – or do we just want to be there because everyone is?"),
    ("workshop.prompt.audience", "Whom do we want to reach – and is our audience on the platforms at all? Is anyone listening there?"),
    ("workshop.prompt.topics", "Do we have interesting topics for our audience, regularly – and who keeps the editorial plan?"),
    ("workshop.prompt.resources", "Who will actually do it – with how many hours and what budget? And do we answer within 24 hours?"),
    ("workshop.prompt.looseness", "Are we relaxed enough – do we sound like people or like a press release?"),
    ("workshop.prompt.dialog", "Are we ready for dialogue – even when someone criticises us in public?"),
    ("workshop.prompt.readiness", "Do we know the mechanics and manners of the social web – and do we appear under our real names?"),
    ("workshop.votes.majority", "For “I'll do it – but properly!”: {n} of {of} – a majority."),
    ("workshop.votes.no-majority", "For “I'll do it – but properly!”: {n} of {of} – no majority."),
    ("workshop.knock-out.shared", "Knock-out for {n} of {of} – settle it before you start:"),
    ("workshop.knock-out.single", "Knock-out for {n} of {of} – discuss it as a team:"),
    ("workshop.error.full", "No more participants fit into one comparison."),
    ("workshop.error.empty-name", "Please enter a name."),
    ("workshop.error.duplicate-name", "This name is already in the comparison."),
    ("workshop.error.incomplete", "These answers are not complete yet and give no result."),
    ("workshop.error.no-link", "Please paste the person's result link."),
    ("workshop.error.link", "There is no readable result link in this."),
    ("workshop.error.not-found", "This person is no longer in the comparison."),
    ("workshop.error.all-there", "Everyone in this comparison link is in the comparison already."),
    ("workshop.error.unfinished", "The answers begun above are lost if someone else starts now. Press “Start the check for this person” again to discard them, or “Continue answering”."),
    ("workshop.link-error.empty", "This link holds no comparison."),
    ("workshop.link-error.too-long", "This comparison link is far too long to be real."),
    ("workshop.link-error.nothing-usable", "No result can be read from this comparison link."),
];

/// The whole workshop text table of a language, `(key, text)`.
pub fn texts(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::De => DE,
        Lang::En => EN,
    }
}

/// A workshop text by key; other keys are looked up in the assessment's tables. Falls back to
/// German, then to `MISSING_TEXT`. Never panics.
pub fn text(lang: Lang, key: &str) -> &'static str {
    text_parts(lang, &[key])
}

/// Looks up the key made of `parts` concatenated.
pub(crate) fn text_parts(lang: Lang, parts: &[&str]) -> &'static str {
    if let Some(t) = find(texts(lang), parts).or_else(|| find(DE, parts)) {
        return t;
    }
    if parts.len() == 1 {
        return assessment_text(lang, parts[0]);
    }
    let key: String = parts.concat();
    try_text(lang, &key)
        .or_else(|| try_text(Lang::De, &key))
        .unwrap_or(MISSING_TEXT)
}

fn find(table: &'static [(&'static str, &'static str)], parts: &[&str]) -> Option<&'static str> {
    table
        .iter()
        .find(|(key, _)| {
            let mut rest: &str = key;
            for part in parts {
                match rest.strip_prefix(part) {
                    Some(r) => rest = r,
                    None => return false,
                }
            }
            rest.is_empty()
        })
        .map(|(_, value)| *value)
}

/// Replaces `{n}` and `{of}` with the numbers.
pub(crate) fn fill(template: &str, n: usize, of: usize) -> String {
    template
        .replace("{n}", &n.to_string())
        .replace("{of}", &of.to_string())
}
