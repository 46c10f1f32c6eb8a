use yew::prelude::*;

use crate::assessment::Lang;
use crate::browser;
use crate::share::qr::qr_svg;
use crate::ui::labels::labels;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub url: AttrValue,
    pub lang: Lang,
    /// A facilitator's comparison rather than one person's result.
    #[prop_or_default]
    pub comparison: bool,
    /// Someone else's result, opened from their link: the link holds their answers.
    #[prop_or_default]
    pub someone_elses: bool,
    /// Whether the company's name goes into the link, and the switch for it (only where there
    /// is a name to send).
    #[prop_or_default]
    pub company_toggle: Option<(bool, Callback<bool>)>,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
    ShareFailed,
}

/// The result link to copy or share, and its QR code (large enough to scan off a projector).
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let l = labels(props.lang);
    let (title, lead, link_label, qr_title) = if props.comparison {
        (
            l.t("share-comparison-title"),
            l.t("share-comparison-lead"),
            l.t("comparison-link-label"),
            l.t("comparison-qr-title"),
        )
    } else {
        (
            l.t("share-title"),
            if props.someone_elses {
                l.t("share-lead-shared")
            } else {
                l.t("share-lead")
            },
            l.t("link-label"),
            l.t("qr-title"),
        )
    };
    // Which link the last copy was of: a link that changed since (one more participant) was
    // not copied yet.
    let copy_state = use_state(|| None::<(AttrValue, CopyState)>);
    let shown_state = copy_state
        .as_ref()
        .filter(|(url, _)| *url == props.url)
        .map_or(CopyState::Idle, |(_, state)| *state);
    let input = use_node_ref();
    let copy = {
        let (url, copy_state, input) = (props.url.clone(), copy_state.clone(), input.clone());
        Callback::from(move |_: MouseEvent| {
            let (url, copy_state, input) = (url.clone(), copy_state.clone(), input.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if browser::copy_text(&url).await {
                    copy_state.set(Some((url, CopyState::Copied)));
                } else {
                    browser::select_input(&input);
                    copy_state.set(Some((url, CopyState::Failed)));
                }
            });
        })
    };
    let share = {
        let (url, copy_state, input) = (props.url.clone(), copy_state.clone(), input.clone());
        let title = l.t("app-title");
        Callback::from(move |_: MouseEvent| {
            let (url, copy_state, input) = (url.clone(), copy_state.clone(), input.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if !browser::share(title, &url).await {
                    browser::select_input(&input);
                    copy_state.set(Some((url, CopyState::ShareFailed)));
                }
            });
        })
    };
    let select = {
        let input = input.clone();
        Callback::from(move |_: FocusEvent| browser::select_input(&input))
    };
    let qr = qr_view(&props.url, qr_title)
        .unwrap_or_else(|| html! { <p class="rc-hint">{ l.t("qr-too-long") }</p> });
    // One person's result: the code folded away (a phone cannot scan itself; paper has it).
    // A comparison shows it at once, for the room to scan off the projector.
    let qr = if props.comparison {
        qr
    } else {
        html! { <details class="rc-qr-details"><summary>{ qr_title }</summary>{ qr }</details> }
    };
    let company_toggle = props.company_toggle.clone().map(|(on, set)| {
        let onchange = Callback::from(move |e: Event| {
            set.emit(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        });
        html! {
            <p class="rc-share-company">
                <input type="checkbox" id="rc-share-company" checked={on} {onchange} />
                <label for="rc-share-company">{ l.t("share-company") }</label>
            </p>
        }
    });

    html! {
        <section class="rc-share rc-no-print" aria-labelledby="rc-share-title">
            <h2 id="rc-share-title">{ title }</h2>
            <p class="rc-hint">{ lead }</p>
            // The single file: no address to share (see `browser::page_address`).
            if props.url.starts_with('#') {
                <p class="rc-hint">{ l.t("share-from-file") }</p>
            }
            { for company_toggle }
            <label for="rc-share-link">{ link_label }</label>
            <div class="rc-share-row">
                <input id="rc-share-link" type="text" readonly=true value={props.url.clone()} onfocus={select} ref={input} />
                <button type="button" class="rc-primary" onclick={copy}>{ l.t("copy-link") }</button>
                if browser::can_share() {
                    <button type="button" class="rc-secondary" onclick={share}>{ l.t("share-native") }</button>
                }
            </div>
            <p class={classes!("rc-copy-state", matches!(shown_state, CopyState::Failed | CopyState::ShareFailed).then_some("rc-copy-failed"))} aria-live="polite">
                { match shown_state {
                    CopyState::Idle => "",
                    CopyState::Copied => l.t("copied"),
                    CopyState::Failed => l.t("copy-failed"),
                    CopyState::ShareFailed => l.t("share-failed"),
                } }
            </p>
            { qr }
        </section>
    }
}

/// The link's QR code as inline SVG; `None` when the link is too long for one.
pub fn qr_view(url: &str, title: &'static str) -> Option<Html> {
    let qr = qr_svg(url)?;
    Some(html! {
        // A dense code (a long comparison link) is drawn larger, so it still scans.
        <svg class={classes!("rc-qr", (qr.size > 60).then_some("rc-qr-large"))}
            viewBox={format!("0 0 {0} {0}", qr.size)} role="img" aria-label={title}
            shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff" />
            <path d={qr.path} fill="#000" />
        </svg>
    })
}
