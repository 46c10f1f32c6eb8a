use yew::prelude::*;

use crate::assessment::{Dimension, Lang};

/// Distinct colour-and-dash styles in the stylesheet (`.rc-series-0` …): one per participant.
pub const SERIES_STYLES: usize = 12;
const _: () = assert!(SERIES_STYLES >= crate::workshop::MAX_PARTICIPANTS);

/// A legend's sample of series `index`: the chart's line, in its colour and dash.
pub fn series_swatch(index: usize) -> Html {
    html! {
        <svg class={format!("rc-swatch rc-series-{}", index % SERIES_STYLES)} viewBox="0 0 32 8" aria-hidden="true">
            <line x1="0" y1="4" x2="32" y2="4" />
        </svg>
    }
}
/// The centre, also written as "210" in the axes' markup.
const CENTER: f64 = 210.0;
const RADIUS: f64 = 130.0;

/// Unit vectors of the seven axes, clockwise from the top (cos, sin of -90° + i·360°/7):
/// constants, so the wasm carries no trigonometry.
const AXES: [(f64, f64); 7] = [
    (0.000000, -1.000000),
    (0.781831, -0.623490),
    (0.974928, 0.222521),
    (0.433884, 0.900969),
    (-0.433884, 0.900969),
    (-0.974928, 0.222521),
    (-0.781831, -0.623490),
];

/// Integer SVG coordinates of `value` (0..=100) on the axis of dimension `index`.
fn point(index: usize, value: f64) -> (i32, i32) {
    let (cos, sin) = AXES[index % AXES.len()];
    let r = RADIUS * value / 100.0;
    (
        (CENTER + r * cos).round() as i32,
        (CENTER + r * sin).round() as i32,
    )
}

fn polygon(values: impl Iterator<Item = f64>) -> String {
    let mut out = String::new();
    for (i, v) in values.enumerate() {
        let (x, y) = point(i, v);
        out.push_str(&format!("{x},{y} "));
    }
    out
}

/// Short lines (in bytes) fit beside the chart on a phone, where one long label would leave the
/// screen.
const LABEL_LINE_BYTES: usize = 12;
/// The first line's shift, by the number of lines after it, so the lines centre on the point.
const LINE_SHIFTS: [&str; 4] = ["0", "-0.6em", "-1.2em", "-1.8em"];

/// A title's lines, wrapped at spaces after [`LABEL_LINE_BYTES`] (a longer word keeps its own
/// line).
fn wrapped(title: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let (mut start, mut last_space) = (0, None);
    for (at, _) in title.match_indices(' ').chain([(title.len(), "")]) {
        if let Some(space) = last_space.filter(|_| at - start > LABEL_LINE_BYTES) {
            lines.push(&title[start..space]);
            start = space + 1;
        }
        last_space = Some(at);
    }
    lines.push(&title[start..]);
    lines
}

/// A radar (spider) chart of the dimension scores, as inline SVG so it prints and scales: one
/// or more series of scores (0..=100), each in `Dimension::ALL` order, and where given the
/// minimum each area needs for "do it" (dashed). A plain function: it holds no state (see
/// `progress_bar`).
pub fn radar_chart(series: &[Vec<u8>], minimums: &[u8], lang: Lang, title: &'static str) -> Html {
    let n = Dimension::ALL.len();
    let rings = [25.0, 50.0, 75.0, 100.0].map(|level| {
        html! { <polygon class="rc-radar-ring" points={polygon((0..n).map(|_| level))} /> }
    });
    let axes = Dimension::ALL.iter().enumerate().map(|(i, d)| {
        let (x, y) = point(i, 100.0);
        let (lx, ly) = point(i, 118.0);
        let anchor = match lx - CENTER as i32 {
            dx if dx > 8 => "start",
            dx if dx < -8 => "end",
            _ => "middle",
        };
        let (lx, ly) = (AttrValue::from(lx.to_string()), ly.to_string());
        // One series: its score on a line under the title; several: the legend and table
        // carry the figures.
        let mut lines: Vec<String> = wrapped(d.title(lang)).into_iter().map(str::to_owned).collect();
        if let [only] = series {
            lines.push(only.get(i).copied().unwrap_or(0).to_string());
        }
        let first_dy = LINE_SHIFTS[(lines.len() - 1).min(LINE_SHIFTS.len() - 1)];
        let label = lines.into_iter().enumerate().map(|(k, line)| html! {
            <tspan x={lx.clone()} dy={if k == 0 { first_dy } else { "1.2em" }}>{ line }</tspan>
        }).collect::<Html>();
        html! {
            <g>
                <line class="rc-radar-axis" x1="210" y1="210" x2={x.to_string()} y2={y.to_string()} />
                <text y={ly} text-anchor={anchor} dominant-baseline="middle" class="rc-radar-label">
                    { label }
                </text>
            </g>
        }
    });
    let lines = series.iter().enumerate().map(|(i, scores)| {
        let points = polygon(scores.iter().map(|&s| f64::from(s.min(100))));
        html! { <polygon class={format!("rc-radar-series rc-series-{}", i % SERIES_STYLES)} {points} /> }
    });
    let minimum = (!minimums.is_empty()).then(|| {
        let points = polygon(minimums.iter().map(|&m| f64::from(m.min(100))));
        html! { <polygon class="rc-radar-minimum" {points} /> }
    });
    html! {
        <svg class="rc-radar" viewBox="0 0 420 420" role="img" aria-label={title}>
            { for rings }
            { for axes }
            { for minimum }
            { for lines }
        </svg>
    }
}
