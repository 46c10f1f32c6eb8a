//! A person's answers, validated against the questionnaire.

use super::questionnaire::{question, questions, Question, QUESTIONS};

/// Question id -> selected option ids, kept in the question's option order.
/// Answers to hidden follow-ups are kept (so toggling the parent back restores them) but
/// ignored by `evaluate`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Sorted by question id, so equal answers compare equal. A few dozen entries at most: a
    /// plain vector is as fast as a map here and much smaller in the page.
    map: Vec<(&'static str, Vec<&'static str>)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    UnknownOption {
        question: &'static str,
        option: String,
    },
    /// Several options given for a single-choice question.
    NotMulti(&'static str),
    /// No option given.
    Empty(&'static str),
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Replaces the answer. Duplicates are dropped and the order normalised. On error `self`
    /// is unchanged.
    pub fn set(&mut self, question_id: &str, option_ids: &[&str]) -> Result<(), AnswerError> {
        let q = find(question_id)?;
        if option_ids.is_empty() {
            return Err(AnswerError::Empty(q.id));
        }
        if let Some(bad) = option_ids.iter().find(|id| q.option(id).is_none()) {
            return Err(AnswerError::UnknownOption {
                question: q.id,
                option: (*bad).to_owned(),
            });
        }
        let picked: Vec<&'static str> = q
            .options
            .iter()
            .filter(|o| option_ids.contains(&o.id))
            .map(|o| o.id)
            .collect();
        if !q.multi && picked.len() > 1 {
            return Err(AnswerError::NotMulti(q.id));
        }
        self.put(q.id, picked);
        Ok(())
    }

    /// Single choice: selects the option. Multi-select: toggles it; removing the last one
    /// clears the answer.
    pub fn choose(&mut self, question_id: &str, option_id: &str) -> Result<(), AnswerError> {
        let q = find(question_id)?;
        let option = q
            .option(option_id)
            .ok_or_else(|| AnswerError::UnknownOption {
                question: q.id,
                option: option_id.to_owned(),
            })?;
        if !q.multi {
            self.put(q.id, vec![option.id]);
            return Ok(());
        }
        let current = self.selected(q.id);
        let next: Vec<&'static str> = q
            .options
            .iter()
            .filter(|o| (o.id == option.id) != current.contains(&o.id))
            .map(|o| o.id)
            .collect();
        if next.is_empty() {
            self.clear(q.id);
        } else {
            self.put(q.id, next);
        }
        Ok(())
    }

    pub fn clear(&mut self, question_id: &str) {
        self.map.retain(|(id, _)| *id != question_id);
    }

    fn put(&mut self, question_id: &'static str, picked: Vec<&'static str>) {
        match self.map.iter().position(|(id, _)| *id >= question_id) {
            Some(i) if self.map[i].0 == question_id => self.map[i].1 = picked,
            Some(i) => self.map.insert(i, (question_id, picked)),
            None => self.map.push((question_id, picked)),
        }
    }

    fn get(&self, question_id: &str) -> Option<&Vec<&'static str>> {
        self.map
            .iter()
            .find(|(id, _)| *id == question_id)
            .map(|(_, picked)| picked)
    }

    /// Selected option ids in option order; empty if unanswered.
    pub fn selected(&self, question_id: &str) -> &[&'static str] {
        self.get(question_id).map_or(&[], Vec::as_slice)
    }

    pub fn is_selected(&self, question_id: &str, option_id: &str) -> bool {
        self.selected(question_id).contains(&option_id)
    }

    pub fn is_answered(&self, question_id: &str) -> bool {
        !self.selected(question_id).is_empty()
    }

    /// Answered questions in questionnaire order (hidden follow-ups included).
    pub fn iter(&self) -> impl Iterator<Item = (&'static Question, &[&'static str])> + '_ {
        questions()
            .iter()
            .filter_map(move |q| self.get(q.id).map(|v| (q, v.as_slice())))
    }

    /// Number of answered questions (hidden follow-ups included).
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

fn find(question_id: &str) -> Result<&'static Question, AnswerError> {
    question(question_id).ok_or_else(|| AnswerError::UnknownQuestion(question_id.to_owned()))
}

/// Which questions are shown, by index into `questions()`. A follow-up is shown when its
/// parent is shown and answered with one of the listed options.
pub(crate) fn visibility(answers: &Answers) -> Vec<bool> {
    reachable(answers, false)
}

/// Follow-ups reachable from their (reachable) parent: when it has one of the listed options,
/// or, with `unanswered_counts`, when it has no answer yet.
fn reachable(answers: &Answers, unanswered_counts: bool) -> Vec<bool> {
    let mut reached: Vec<bool> = Vec::with_capacity(QUESTIONS.len());
    for q in QUESTIONS {
        let here = match &q.shown_if {
            None => true,
            Some(cond) => {
                let parent_reached = QUESTIONS
                    .iter()
                    .position(|p| p.id == cond.question)
                    .and_then(|i| reached.get(i).copied())
                    .unwrap_or(false);
                let selected = answers.selected(cond.question);
                parent_reached
                    && (unanswered_counts && selected.is_empty()
                        || selected.iter().any(|o| cond.any_of.contains(o)))
            }
        };
        reached.push(here);
    }
    reached
}

fn in_order(flags: Vec<bool>) -> Vec<&'static Question> {
    QUESTIONS
        .iter()
        .zip(flags)
        .filter(|(_, here)| *here)
        .map(|(q, _)| q)
        .collect()
}

/// Questions currently shown given the answers, in order.
pub fn visible_questions(answers: &Answers) -> Vec<&'static Question> {
    in_order(visibility(answers))
}

/// The questions a person can still expect, in order: those shown, and the follow-ups of
/// questions not answered yet. A progress count on this shrinks as answers skip follow-ups,
/// and grows only when an earlier answer is changed to one that has them.
pub fn expected_questions(answers: &Answers) -> Vec<&'static Question> {
    in_order(reachable(answers, true))
}

/// Visible questions not answered yet.
pub fn missing(answers: &Answers) -> Vec<&'static Question> {
    visible_questions(answers)
        .into_iter()
        .filter(|q| !answers.is_answered(q.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_validates_and_normalises() {
        let mut a = Answers::new();
        assert_eq!(
            a.set("nope", &["x"]),
            Err(AnswerError::UnknownQuestion("nope".into()))
        );
        assert_eq!(a.set("goals", &[]), Err(AnswerError::Empty("goals")));
        assert_eq!(
            a.set("goals", &["service", "fly"]),
            Err(AnswerError::UnknownOption {
                question: "goals",
                option: "fly".into()
            })
        );
        assert_eq!(
            a.set("audience", &["online", "partly"]),
            Err(AnswerError::NotMulti("audience"))
        );
        assert!(a.is_empty());
        a.set("goals", &["service", "sell-more", "service"])
            .unwrap();
        assert_eq!(a.selected("goals"), &["sell-more", "service"]);
        a.set("audience", &["online", "online"]).unwrap();
        assert_eq!(a.selected("audience"), &["online"]);
        // A failing set leaves the previous answer alone.
        assert!(a.set("audience", &["moon"]).is_err());
        assert_eq!(a.selected("audience"), &["online"]);
        assert_eq!(a.len(), 2);
    }

    #[test]
    fn choose_selects_single_and_toggles_multi() {
        let mut a = Answers::new();
        a.choose("tone", "factual").unwrap();
        a.choose("tone", "conversational").unwrap();
        assert_eq!(a.selected("tone"), &["conversational"]);
        a.choose("goals", "service").unwrap();
        a.choose("goals", "sell-more").unwrap();
        assert_eq!(a.selected("goals"), &["sell-more", "service"]);
        a.choose("goals", "sell-more").unwrap();
        assert_eq!(a.selected("goals"), &["service"]);
        a.choose("goals", "service").unwrap();
        assert!(!a.is_answered("goals"));
        assert!(a.choose("goals", "nope").is_err());
        assert!(a.choose("nope", "service").is_err());
        a.clear("tone");
        assert!(a.is_empty());
    }

    #[test]
    fn iter_follows_questionnaire_order() {
        let mut a = Answers::new();
        a.set("guidelines", &["none"]).unwrap();
        a.set("attitude", &["rather-later"]).unwrap();
        let ids: Vec<_> = a.iter().map(|(q, _)| q.id).collect();
        assert_eq!(ids, ["attitude", "guidelines"]);
    }

    #[test]
    fn follow_ups_appear_with_their_parent() {
        let mut a = Answers::new();
        let ids =
            |a: &Answers| -> Vec<&str> { visible_questions(a).iter().map(|q| q.id).collect() };
        assert!(!ids(&a).contains(&"hours"));
        a.set("responsible", &["nobody"]).unwrap();
        assert!(!ids(&a).contains(&"hours"));
        a.set("responsible", &["team"]).unwrap();
        assert!(ids(&a).contains(&"hours"));
        assert!(missing(&a).iter().any(|q| q.id == "hours"));
        a.set("hours", &["2-5h"]).unwrap();
        assert!(!missing(&a).iter().any(|q| q.id == "hours"));
        // Hidden again, but the answer is kept for when it comes back.
        a.set("responsible", &["nobody"]).unwrap();
        assert!(a.is_answered("hours"));
        assert!(!ids(&a).contains(&"hours"));
    }
}
