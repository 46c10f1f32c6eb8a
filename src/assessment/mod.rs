//! The domain: questions, scoring, rules, plan (pure, std only).
//!
//! Where is what: questions, answers and weights in `questionnaire.rs`; knock-outs,
//! thresholds and archetypes in `rules.rs`; plan steps and their seed passages in `plan.rs`;
//! the engine that applies them in `evaluate.rs`. Their texts are in `texts/<lang>.json`, by
//! the keys these files name (`q.<id>.title`, `reason.<id>`, `plan.<id>`, …; a wording for a
//! company that is already active under `q.<id>.title.active` and `reason.<id>.active`).

mod answers;
pub mod decisive;
mod evaluate;
pub mod examples;
mod outcome;
pub mod plan;
pub mod questionnaire;
pub mod rules;
pub mod seeds;
#[cfg(test)]
mod validation;

pub use crate::texts::{text, try_text, Lang, MISSING_TEXT};
pub use answers::{expected_questions, missing, visible_questions, AnswerError, Answers};
pub use decisive::{decisive, Decisive};
pub use evaluate::evaluate;
pub use outcome::{Archetype, Evaluation, Outcome, Phase, PlanStep, Reason, ReasonKind, Verdict};
pub use questionnaire::{
    question, questions, AnswerOption, Dimension, Question, ShownIf, TitleVariant,
};
pub use seeds::SeedRef;
