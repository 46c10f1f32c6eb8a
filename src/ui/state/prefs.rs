//! The person's preferences: language and type size. They change nothing the person is in
//! the middle of.

use crate::assessment::Lang;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prefs {
    pub lang: Lang,
    pub large_type: bool,
    /// The person chose the language / the type size here (not the address, the snippet or
    /// the browser): kept with their progress, this wins over a later visit's address.
    pub lang_chosen: bool,
    pub large_type_chosen: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PrefsAction {
    SetLang(Lang),
    ToggleLargeType,
}

impl Prefs {
    pub fn reduce(&mut self, action: PrefsAction) {
        match action {
            PrefsAction::SetLang(lang) => {
                self.lang = lang;
                self.lang_chosen = true;
            }
            PrefsAction::ToggleLargeType => {
                self.large_type = !self.large_type;
                self.large_type_chosen = true;
            }
        }
    }
}
