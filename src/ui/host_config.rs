//! The host's configuration: the consultancy's branding and where the check is embedded.
//! Fixed for the page's life, never saved, never changed by a reducer; components read it from
//! a context.

use crate::branding::Branding;
use crate::share::params::Launch;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HostConfig {
    pub branding: Branding,
    /// The host page's origin, when running inside the embed snippet's iframe.
    pub embedded_in: Option<String>,
    /// The page around the check hears of progress and results (see `Launch`).
    pub reports_to_host: bool,
    /// The start screen offers the facilitators' workshop view. By default only on the
    /// check's own page: on a consultancy's site its visitors are prospects, not facilitators.
    pub workshop_entry: bool,
    /// The host page links made in the check point to (the snippet's iframe names it).
    pub link_page: Option<String>,
    /// The host's own texts (`texts`), laid over the built-in ones as the page starts.
    pub texts_url: Option<String>,
}

impl HostConfig {
    /// The page a result or comparison link is built on: the host's page the snippet named,
    /// else the check's own address (`own_address`).
    pub fn link_base(&self, own_address: impl FnOnce() -> String) -> String {
        self.link_page.clone().unwrap_or_else(own_address)
    }

    pub fn from_launch(launch: &Launch) -> Self {
        HostConfig {
            branding: launch.branding.clone(),
            embedded_in: launch.embedded_in.clone(),
            reports_to_host: launch.reports_to_host,
            workshop_entry: launch.workshop_entry.unwrap_or(!launch.reports_to_host),
            link_page: launch.link_page.clone(),
            texts_url: launch.texts_url.clone(),
        }
    }
}
