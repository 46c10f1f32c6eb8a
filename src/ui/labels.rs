//! The app's own words (buttons, headings, hints), per language. Domain texts (questions,
//! verdicts, plan) live in `assessment`; these are only the chrome around them.

use super::state::Notice;
use crate::assessment::Lang;

pub struct Labels {
    pub app_title: &'static str,
    pub language: &'static str,
    pub language_name: &'static str,
    pub large_type: &'static str,
    pub start_lead: &'static str,
    pub start_gives: &'static str,
    pub start_duration: &'static str,
    pub start_privacy: &'static str,
    pub start_privacy_host: &'static str,
    pub company_label: &'static str,
    pub company_hint: &'static str,
    pub start_button: &'static str,
    pub resume_button: &'static str,
    pub progress: &'static str,
    pub why_we_ask: &'static str,
    pub pick_one: &'static str,
    pub pick_any: &'static str,
    pub keys_hint: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub to_review: &'static str,
    pub answer_first: &'static str,
    pub review_title: &'static str,
    pub review_lead: &'static str,
    pub change: &'static str,
    pub not_answered: &'static str,
    pub show_result: &'static str,
    pub result_title: &'static str,
    pub result_for: &'static str,
    pub shared_result_title: &'static str,
    /// Said after it when the person's own answers wait aside.
    pub own_answers_kept: &'static str,
    pub reasons_title: &'static str,
    /// Beside a knock-out: the weak answers that did not decide it alone.
    pub more_reasons_title: &'static str,
    pub caveats_title: &'static str,
    pub archetype_title: &'static str,
    pub chart_title: &'static str,
    pub chart_caption: &'static str,
    pub dimension: &'static str,
    pub score: &'static str,
    pub overall: &'static str,
    pub plan_title: &'static str,
    pub to_change_title: &'static str,
    pub missing_title: &'static str,
    pub print: &'static str,
    pub restart: &'static str,
    pub restart_question: &'static str,
    pub restart_yes: &'static str,
    /// "Start again" for a participant answering on the facilitator's laptop.
    pub restart_participant_question: &'static str,
    pub restart_participant_yes: &'static str,
    /// "Start again" where it brings back the person's own answers from under a result link's.
    pub back_to_own: &'static str,
    pub back_to_own_question: &'static str,
    pub back_to_own_yes: &'static str,
    pub cancel: &'static str,
    pub edit_answers: &'static str,
    pub dismiss: &'static str,
    /// Storage blocked in a frame (a third-party iframe), and the way out; the first ends in a
    /// space, as the second follows it as a link.
    pub storage_in_frame: &'static str,
    pub own_tab: &'static str,
    pub share_title: &'static str,
    pub share_lead: &'static str,
    pub link_label: &'static str,
    pub share_from_file: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share_failed: &'static str,
    pub share_native: &'static str,
    pub qr_title: &'static str,
    pub qr_too_long: &'static str,
    pub contact: &'static str,
    pub contact_title: &'static str,
    pub workshop_open: &'static str,
    pub workshop_title: &'static str,
    pub workshop_lead: &'static str,
    pub participants_title: &'static str,
    /// Announced (politely) when the list changes: "1 Person" / "3 Personen" im Vergleich.
    pub one_in_comparison: &'static str,
    pub many_in_comparison: &'static str,
    pub no_participants: &'static str,
    pub remove: &'static str,
    pub remove_all: &'static str,
    /// After a name: "Anna entfernt."
    pub removed: &'static str,
    pub all_removed: &'static str,
    pub undo: &'static str,
    pub participant_name: &'static str,
    pub add_link_title: &'static str,
    pub add_link: &'static str,
    pub answer_here_title: &'static str,
    pub answer_here_button: &'static str,
    pub answering_as: &'static str,
    /// `{name}` is the participant's name.
    pub participant_open: &'static str,
    pub continue_answering: &'static str,
    pub discard_participant: &'static str,
    /// `{name}` is the participant's name.
    pub discard_participant_question: &'static str,
    pub discard_participant_yes: &'static str,
    pub add_to_workshop: &'static str,
    pub team_verdict_title: &'static str,
    pub spreads_title: &'static str,
    pub lowest: &'static str,
    pub highest: &'static str,
    pub mean: &'static str,
    pub spread: &'static str,
    /// The same as a column heading.
    pub spread_heading: &'static str,
    pub disagreements_title: &'static str,
    pub answered_differently: &'static str,
    pub no_disagreements: &'static str,
    pub nothing_to_compare: &'static str,
    pub share_comparison_title: &'static str,
    pub share_comparison_lead: &'static str,
    pub comparison_link_label: &'static str,
    pub comparison_qr_title: &'static str,
    pub back_to_check: &'static str,
    pub to_workshop: &'static str,
}

pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

/// `template` with `{n}` and `{total}` filled in.
pub fn fill_progress(template: &str, n: usize, total: usize) -> String {
    template
        .replace("{n}", &n.to_string())
        .replace("{total}", &total.to_string())
}

const DE: Labels = Labels {
    app_title: "Social-Media-Readiness-Check",
    language: "Sprache",
    language_name: "Deutsch",
    large_type: "Große Schrift",
    start_lead: "Sollten Sie Social Media machen – und wenn ja, wie?",
    start_gives: "Sie beantworten ein paar kurze Fragen zu Zielen, Zielgruppe, Themen, Ressourcen, Lockerheit, Dialog und Bereitschaft. Am Ende steht ein klares Urteil mit den Gründen dafür und ein Plan in drei Schritten: Üben, Zuhören, Mitreden.",
    start_duration: "Dauer: etwa 5 Minuten.",
    start_privacy: "Der Check läuft ganz in Ihrem Browser und merkt sich Ihren Stand nur dort; kein Server bekommt Ihre Antworten.",
    start_privacy_host: "Die Website, auf der Sie ihn nutzen, erfährt Ihren Fortschritt und Ihr Ergebnis.",
    company_label: "Firmenname (optional)",
    company_hint: "Erscheint auf dem Ergebnis und dem Ausdruck, nicht im geteilten Link.",
    start_button: "Check starten",
    resume_button: "Weitermachen",
    progress: "Frage {n} von {total}",
    why_we_ask: "Warum wir fragen:",
    pick_one: "Eine Antwort wählen",
    pick_any: "Alles Zutreffende wählen",
    keys_hint: "Tasten: Zahlen wählen eine Antwort, Pfeile bewegen, Enter geht weiter.",
    back: "Zurück",
    next: "Weiter",
    to_review: "Zur Übersicht",
    answer_first: "Bitte wählen Sie zuerst eine Antwort.",
    review_title: "Ihre Antworten im Überblick",
    review_lead: "Prüfen Sie Ihre Antworten. Jede lässt sich hier noch ändern.",
    change: "Ändern",
    not_answered: "Noch nicht beantwortet",
    show_result: "Ergebnis zeigen",
    result_title: "Ihr Ergebnis",
    result_for: "Ergebnis für",
    shared_result_title: "Ein geteiltes Ergebnis",
    own_answers_kept: "Ihre eigenen Antworten bleiben gespeichert: „Zurück zu meinen Antworten“ unten holt sie wieder.",
    reasons_title: "Was den Ausschlag gab",
    more_reasons_title: "Was außerdem noch schwach ist",
    caveats_title: "Was noch schwach ist",
    archetype_title: "Welcher Typ Sie gerade sind",
    chart_title: "Ihre Werte je Bereich",
    chart_caption: "Werte von 0 bis 100 je Bereich",
    dimension: "Bereich",
    score: "Wert",
    overall: "Gesamt",
    plan_title: "Ihr Plan in drei Schritten",
    to_change_title: "Was sich ändern müsste",
    missing_title: "Es fehlen noch Antworten:",
    print: "Drucken",
    restart: "Neu beginnen",
    restart_question: "Alle Antworten löschen und neu beginnen?",
    restart_yes: "Ja, alles löschen",
    restart_participant_question: "Diese Antworten löschen und neu beginnen? Der Workshop und die Antworten der anderen bleiben.",
    restart_participant_yes: "Ja, neu beginnen",
    back_to_own: "Zurück zu meinen Antworten",
    back_to_own_question: "Zurück zu Ihren eigenen Antworten? Die Antworten hier verschwinden; ein Ergebnis-Link, der sie enthält, funktioniert weiter.",
    back_to_own_yes: "Ja, zurück zu meinen",
    cancel: "Abbrechen",
    edit_answers: "Antworten ändern",
    dismiss: "Hinweis schließen",
    storage_in_frame: "Eingebettet in diese Seite darf der Check in Ihrem Browser nichts speichern: Nach einem Neuladen wären Ihre Antworten weg. ",
    own_tab: "Im eigenen Tab weitermachen",
    share_title: "Ergebnis teilen",
    share_lead: "Der Link enthält Ihre Antworten selbst (nach dem #). Er wird an keinen Server geschickt; wer ihn öffnet, sieht dasselbe Ergebnis.",
    link_label: "Ergebnis-Link",
    share_from_file: "Aus einer Datei geöffnet: Der Link besteht nur aus dem Code. Fügen Sie ihn in der Workshop-Ansicht ein oder hängen Sie ihn an die Adresse eines Online-Checks an.",
    copy_link: "Link kopieren",
    copied: "Link kopiert.",
    copy_failed: "Kopieren ging nicht: Der Link ist markiert, kopieren Sie ihn mit Strg+C (Mac: ⌘C).",
    share_failed: "Teilen ging nicht: Der Link ist markiert, kopieren Sie ihn mit Strg+C (Mac: ⌘C).",
    share_native: "Teilen …",
    qr_title: "QR-Code des Ergebnis-Links",
    qr_too_long: "Für einen QR-Code ist dieser Link zu lang: Kopieren oder teilen Sie ihn.",
    contact: "Kontakt",
    contact_title: "Weiter mit Beratung",
    workshop_open: "Workshop: Ergebnisse mehrerer Personen vergleichen",
    workshop_title: "Workshop: Ergebnisse vergleichen",
    workshop_lead: "Sammeln Sie die Ergebnisse Ihres Teams: per Ergebnis-Link (auch aus dem QR-Code gescannt) oder indem jede Person den Check hier nacheinander ausfüllt.",
    participants_title: "Teilnehmende",
    one_in_comparison: "1 Person im Vergleich",
    many_in_comparison: "Personen im Vergleich",
    no_participants: "Noch niemand. Fügen Sie unten ein Ergebnis hinzu.",
    remove: "Entfernen",
    remove_all: "Alle entfernen (neuer Vergleich)",
    removed: "entfernt.",
    all_removed: "Alle Teilnehmenden entfernt.",
    undo: "Rückgängig",
    participant_name: "Name",
    add_link_title: "Ergebnis per Link hinzufügen",
    add_link: "Hinzufügen",
    answer_here_title: "Nächste Person antwortet hier",
    answer_here_button: "Check für diese Person starten",
    answering_as: "Antworten von",
    participant_open: "Die Antworten von {name} sind noch nicht übernommen.",
    continue_answering: "Weiter antworten",
    discard_participant: "Antworten verwerfen",
    discard_participant_question: "Die Antworten von {name} verwerfen? Ihre eigenen Antworten kommen zurück.",
    discard_participant_yes: "Verwerfen",
    add_to_workshop: "Ergebnis in den Workshop übernehmen",
    team_verdict_title: "Urteil des Teams",
    spreads_title: "Die Werte im Vergleich",
    lowest: "niedrigster",
    highest: "höchster",
    mean: "Mittel",
    spread: "Spanne",
    spread_heading: "Spanne",
    disagreements_title: "Darüber sollten Sie sprechen",
    answered_differently: "Unterschiedlich beantwortet:",
    no_disagreements: "Das Team ist sich in allen Bereichen weitgehend einig.",
    nothing_to_compare: "Mit einer Person gibt es noch nichts zu vergleichen: Fügen Sie weitere hinzu.",
    share_comparison_title: "Vergleich teilen",
    share_comparison_lead: "Der Link enthält alle Antworten und Namen (nach dem #); wer ihn öffnet, bekommt diese Personen in seinen Vergleich.",
    comparison_link_label: "Vergleichs-Link",
    comparison_qr_title: "QR-Code des Vergleichs-Links",
    back_to_check: "Zum Check",
    to_workshop: "Zum Workshop",
};

const EN: Labels = Labels {
    app_title: "Social Media Readiness Check",
    language: "Language",
    language_name: "English",
    large_type: "Large type",
    start_lead: "Should you do social media – and if so, how?",
    start_gives: "You answer a few short questions on goals, audience, topics, resources, looseness, dialogue and readiness. At the end you get a clear verdict, the reasons for it and a plan in three steps: practise, listen, join in.",
    start_duration: "Takes about 5 minutes.",
    start_privacy: "The check runs entirely in your browser and keeps your progress only there; no server receives your answers.",
    start_privacy_host: "The website you use it on learns your progress and result.",
    company_label: "Company name (optional)",
    company_hint: "Shown on the result and the print-out, not in the shared link.",
    start_button: "Start the check",
    resume_button: "Continue",
    progress: "Question {n} of {total}",
    why_we_ask: "Why we ask:",
    pick_one: "Pick one answer",
    pick_any: "Pick all that apply",
    keys_hint: "Keys: numbers pick an answer, arrows move, Enter goes on.",
    back: "Back",
    next: "Next",
    to_review: "To the overview",
    answer_first: "Please pick an answer first.",
    review_title: "Your answers at a glance",
    review_lead: "Check your answers. You can still change each one here.",
    change: "Change",
    not_answered: "Not answered yet",
    show_result: "Show the result",
    result_title: "Your result",
    result_for: "Result for",
    shared_result_title: "A shared result",
    own_answers_kept: "Your own answers are kept: “Back to my answers” below brings them back.",
    reasons_title: "What decided it",
    more_reasons_title: "What else is still weak",
    caveats_title: "What is still weak",
    archetype_title: "Which type you are right now",
    chart_title: "Your scores by area",
    chart_caption: "Scores from 0 to 100 per area",
    dimension: "Area",
    score: "Score",
    overall: "Overall",
    plan_title: "Your plan in three steps",
    to_change_title: "What would have to change",
    missing_title: "Some answers are still missing:",
    print: "Print",
    restart: "Start again",
    restart_question: "Delete all answers and start again?",
    restart_yes: "Yes, delete everything",
    restart_participant_question: "Delete these answers and start again? The workshop and everyone else's answers stay.",
    restart_participant_yes: "Yes, start again",
    back_to_own: "Back to my answers",
    back_to_own_question: "Go back to your own answers? The answers shown here go away; a result link holding them still works.",
    back_to_own_yes: "Yes, back to mine",
    cancel: "Cancel",
    edit_answers: "Change answers",
    dismiss: "Dismiss notice",
    storage_in_frame: "Embedded in this page, the check may not save anything in your browser: a reload would lose your answers. ",
    own_tab: "Go on in a tab of its own",
    share_title: "Share the result",
    share_lead: "The link holds your answers itself (after the #). It is sent to no server; whoever opens it sees the same result.",
    link_label: "Result link",
    share_from_file: "Opened from a file: the link is the code alone. Paste it into the workshop view, or add it to the address of an online check.",
    copy_link: "Copy link",
    copied: "Link copied.",
    copy_failed: "Copying did not work: the link is selected, copy it with Ctrl+C (Mac: ⌘C).",
    share_failed: "Sharing did not work: the link is selected, copy it with Ctrl+C (Mac: ⌘C).",
    share_native: "Share …",
    qr_title: "QR code of the result link",
    qr_too_long: "This link is too long for a QR code: copy or share it.",
    contact: "Contact",
    contact_title: "Next steps with a consultant",
    workshop_open: "Workshop: compare several people's results",
    workshop_title: "Workshop: compare results",
    workshop_lead: "Collect your team's results: by result link (scanned from a QR code, too), or by letting each person take the check here, one after another.",
    participants_title: "Participants",
    one_in_comparison: "1 person in the comparison",
    many_in_comparison: "people in the comparison",
    no_participants: "Nobody yet. Add a result below.",
    remove: "Remove",
    remove_all: "Remove everyone (new comparison)",
    removed: "removed.",
    all_removed: "All participants removed.",
    undo: "Undo",
    participant_name: "Name",
    add_link_title: "Add a result by link",
    add_link: "Add",
    answer_here_title: "Next person answers here",
    answer_here_button: "Start the check for this person",
    answering_as: "Answers from",
    participant_open: "The answers from {name} haven't been added yet.",
    continue_answering: "Continue answering",
    discard_participant: "Discard these answers",
    discard_participant_question: "Discard the answers from {name}? Your own answers come back.",
    discard_participant_yes: "Discard",
    add_to_workshop: "Add this result to the workshop",
    team_verdict_title: "The team's verdict",
    spreads_title: "The scores side by side",
    lowest: "lowest",
    highest: "highest",
    mean: "mean",
    spread: "spread",
    spread_heading: "Spread",
    disagreements_title: "Worth talking about",
    answered_differently: "Answered differently:",
    no_disagreements: "The team largely agrees in every area.",
    nothing_to_compare: "With one person there is nothing to compare yet: add more.",
    share_comparison_title: "Share the comparison",
    share_comparison_lead: "The link holds all answers and names (after the #); whoever opens it gets these people in their comparison.",
    comparison_link_label: "Comparison link",
    comparison_qr_title: "QR code of the comparison link",
    back_to_check: "To the check",
    to_workshop: "To the workshop",
};

/// What a notice says, in plain words, with what the person can do.
pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    let de = lang == Lang::De;
    match notice {
        Notice::BadLink(error) => {
            let what = error.text(lang);
            let then = if de { "Sie können den Check hier neu beginnen." } else { "You can start the check here." };
            format!("{what} {then}")
        }
        Notice::LinkAnswersDropped(n) => {
            if de {
                match n {
                    1 => "Eine Antwort aus dem Link gibt es in dieser Version des Checks nicht mehr; bitte beantworten Sie die Frage neu.".to_string(),
                    n => format!("{n} Antworten aus dem Link gibt es in dieser Version des Checks nicht mehr; bitte beantworten Sie die Fragen neu."),
                }
            } else {
                match n {
                    1 => "One answer in the link no longer exists in this version of the check; please answer that question again.".to_string(),
                    n => format!("{n} answers in the link no longer exist in this version of the check; please answer those questions again."),
                }
            }
        }
        Notice::PrefillIgnored(items) => {
            let list = items.join(", ");
            if de {
                format!("Einige Vorauswahlen im Link sind unbekannt und wurden übergangen: {list}")
            } else {
                format!("Some preselections in the link are unknown and were skipped: {list}")
            }
        }
        Notice::StorageUnavailable => if de {
            "Dieser Browser erlaubt kein Speichern. Der Check funktioniert, aber nach einem Neuladen sind Ihre Antworten weg."
        } else {
            "This browser does not allow storage. The check works, but your answers are gone after a reload."
        }
        .to_string(),
        Notice::StorageFull => if de {
            "Ihre Antworten konnten nicht im Browser gespeichert werden (Speicher voll). Der Check funktioniert weiter; teilen Sie am Ende den Ergebnis-Link, um das Ergebnis zu behalten."
        } else {
            "Your answers could not be saved in the browser (storage full). The check goes on; share the result link at the end to keep your result."
        }
        .to_string(),
        Notice::BadWorkshopLink(error) => {
            let then = if de { "Sie können die Teilnehmenden hier neu sammeln." } else { "You can collect the participants here again." };
            format!("{} {then}", error.text(lang))
        }
        Notice::WorkshopEntriesSkipped(n) => {
            if de {
                match n {
                    1 => "Ein Eintrag für den Vergleich war unlesbar oder passte nicht mehr hinein und wurde übergangen.".to_string(),
                    n => format!("{n} Einträge für den Vergleich waren unlesbar oder passten nicht mehr hinein und wurden übergangen."),
                }
            } else {
                match n {
                    1 => "One entry for the comparison was unreadable or no longer fitted in, and was skipped.".to_string(),
                    n => format!("{n} entries for the comparison were unreadable or no longer fitted in, and were skipped."),
                }
            }
        }
        Notice::LinkWaitsForParticipant(name) => {
            if de {
                format!("{name} antwortet gerade auf diesem Gerät. Damit diese Antworten bleiben, wurde der Ergebnis-Link nicht geöffnet: Fügen Sie ihn in der Workshop-Ansicht hinzu oder öffnen Sie ihn erneut, wenn {name} fertig ist.")
            } else {
                format!("{name} is answering on this device right now. To keep those answers, the result link was not opened: add it in the workshop view, or open it again when {name} is done.")
            }
        }
        Notice::StorageNewer => if de {
            "Ihre Antworten wurden von einer neueren Version des Checks gespeichert. Laden Sie die Seite neu, um dort weiterzumachen. Bis dahin speichert diese Seite nichts, damit diese Antworten erhalten bleiben."
        } else {
            "Your answers were saved by a newer version of the check. Reload the page to go on there. Until then this page saves nothing, so those answers are kept."
        }
        .to_string(),
        Notice::StorageOutdated => if de {
            "Gespeicherte Antworten aus einer anderen Version des Checks ließen sich nicht übernehmen. Bitte beginnen Sie neu."
        } else {
            "Saved answers from another version of the check could not be taken over. Please start again."
        }
        .to_string(),
    }
}
