//! The plan steps: when each is chosen and where in the seeds it comes from. Data.
//!
//! A step is in the plan when its condition holds; steps keep this table's order within their
//! phase. Every phase has an unconditional step for each verdict, so no phase is ever empty.
//! Texts: `plan.<id>`, details `plan.<id>.<detail>`.

use super::outcome::{Archetype, Phase, Verdict};
use super::questionnaire::REAL_GOALS;
use super::rules::{When, ACTIVE};
use super::seeds::{seed, SeedRef, CORE, COURSE, DATEV, INTERVIEW, ORGANISATION};

pub struct StepRule {
    pub id: &'static str,
    pub phase: Phase,
    pub when: When,
    pub source: SeedRef,
    /// Optional details, each shown when its condition holds.
    pub details: &'static [(&'static str, When)],
}

const DO_IT: When = When::Verdict(Verdict::DoIt);
const LEAVE_IT: When = When::Verdict(Verdict::LeaveIt);
const KUNDE_2: When = When::Archetype(Archetype::FearOfActing);
const HOURS_OPEN: When = When::Is("hours", &["undecided"]);
const FEW_HOURS: When = When::Is("hours", &["under-2h", "2-5h"]);
const NO_LASTING_BUDGET: When = When::Is("budget", &["none", "undecided", "one-off"]);
const LASTING_BUDGET: When = When::Is("budget", &["ongoing"]);
/// Channels a company has that lie idle or only send (the follow-up of `presence`).
const CHANNELS_NEED_WORK: When = When::Is("upkeep", &["idle", "posting", "mixed"]);
/// Both verdicts' "ask your customers" step.
const ASKED_CUSTOMERS: SeedRef = seed(
    CORE,
    "Wir haben unsere Kunden gefragt, ob sie z. B. Facebook nutzen.",
);

pub static PLAN: &[StepRule] = &[
    // ÜBEN
    // Kunde 2 starts where people already talk about it, whatever the verdict: "Hören Sie zu
    // und steigen Sie ein, wo es nötig ist." A small, protected start takes the fear away.
    StepRule {
        id: "practise-start-small",
        phase: Phase::Practise,
        when: KUNDE_2,
        source: seed(CORE, "Hören Sie zu und steigen Sie ein, wo es nötig ist."),
        details: &[],
    },
    StepRule {
        id: "practise-goals",
        phase: Phase::Practise,
        when: When::Any(&[
            When::NoneOf("goals", REAL_GOALS),
            When::Is("audience", &["unknown"]),
            When::Is("topics", &["none"]),
        ]),
        source: seed(COURSE, "Zielsetzungen klären und priorisieren"),
        // Only the questions still open.
        details: &[
            ("goal", When::NoneOf("goals", REAL_GOALS)),
            ("audience", When::Is("audience", &["unknown"])),
            ("topics", When::Is("topics", &["none"])),
        ],
    },
    StepRule {
        id: "practise-profile",
        phase: Phase::Practise,
        when: When::Is("know-how", &["none", "reading"]),
        source: seed(CORE, "Fake-Account ohne Freunde"),
        details: &[],
    },
    // Those who know the platforms already practise only the name.
    StepRule {
        id: "practise-real-names",
        phase: Phase::Practise,
        when: When::All(&[
            When::Is("know-how", &["active"]),
            When::Is("real-names", &["rather-not", "some"]),
        ]),
        source: seed(
            CORE,
            "Wenn Sie Angst haben, Ihren echten Namen für Social Media zu verwenden",
        ),
        details: &[],
    },
    // Going ahead with hours not fixed yet: settle what can be provided for good before
    // starting. (A budget not fixed yet is join-budget's "dauerhaft, nicht nur für den Start";
    // under "leave it" the knock-out and what would have to change say it.)
    StepRule {
        id: "practise-capacity",
        phase: Phase::Practise,
        when: When::All(&[DO_IT, HOURS_OPEN]),
        source: seed(
            COURSE,
            "klären Sie, welche Kapazitäten dauerhaft bereitgestellt werden können",
        ),
        details: &[],
    },
    // Who does it is not decided, or it is left to whoever has time: that needs the
    // management's backing. (Nobody with the time at all: practise-hire. Leftover time where
    // something else decides "leave it": the plan stays on that.)
    StepRule {
        id: "practise-backing",
        phase: Phase::Practise,
        when: When::Any(&[
            When::Is("responsible", &["undecided"]),
            When::All(&[DO_IT, When::Is("responsible", &["whoever-has-time"])]),
        ]),
        source: seed(
            COURSE,
            "mit einem Team, das vollen Rückhalt im Unternehmen erfährt",
        ),
        details: &[],
    },
    // Nobody in charge or no know-how: train someone, or hire (seed 003). Both only ever
    // happen under "leave it" (they are knock-outs), and name what is missing.
    StepRule {
        id: "practise-hire",
        phase: Phase::Practise,
        when: When::Any(&[
            When::Is("responsible", &["nobody", "undecided"]),
            When::Is("know-how", &["none"]),
        ]),
        source: seed(
            ORGANISATION,
            "Interne Workshops oder das Einstellen von Fachpersonal kann hier Abhilfe schaffen.",
        ),
        details: &[
            ("nobody", When::Is("responsible", &["nobody"])),
            ("know-how", When::Is("know-how", &["none"])),
        ],
    },
    StepRule {
        id: "practise-training",
        phase: Phase::Practise,
        when: When::All(&[
            DO_IT,
            When::Any(&[
                When::Is("know-how", &["none", "reading"]),
                When::Is("criticism", &["unsure"]),
            ]),
        ]),
        source: seed(ORGANISATION, "ungeschulte und unerfahrene Mitarbeiter"),
        details: &[],
    },
    // A press-release style: seed 002's unlocker "obwohl er Schulungen bekommen hat" and
    // regular feedback; what helps is someone who writes naturally, or hiring one.
    StepRule {
        id: "practise-find-writer",
        phase: Phase::Practise,
        when: When::Is("tone", &["press-release"]),
        source: seed(CORE, "Und das, obwohl er Schulungen bekommen hat."),
        details: &[],
    },
    // A tone that is only a little stiff can be practised.
    StepRule {
        id: "practise-tone",
        phase: Phase::Practise,
        when: When::Is("tone", &["factual"]),
        source: seed(
            COURSE,
            "Eher empfiehlt es sich, an eine Gesprächssituation zu denken mit dem Mensch im Fokus.",
        ),
        details: &[],
    },
    StepRule {
        id: "practise-criticism",
        phase: Phase::Practise,
        when: When::Is("criticism", &["ignore", "unsure"]),
        source: seed(ORGANISATION, "wenn es auch mal negative Kritik hagelt"),
        details: &[],
    },
    StepRule {
        id: "practise-guidelines",
        phase: Phase::Practise,
        when: When::All(&[DO_IT, When::Is("guidelines", &["none", "unwritten"])]),
        source: seed(
            INTERVIEW,
            "Gebe dich als Mitarbeiter zu erkennen, plaudere keine Geschäftsgeheimnisse aus und fange keinen Streit an.",
        ),
        details: &[],
    },
    StepRule {
        id: "practise-guidelines-staff",
        phase: Phase::Practise,
        when: When::All(&[LEAVE_IT, When::Is("guidelines", &["none", "unwritten"])]),
        source: seed(COURSE, "die sich gar nicht aktiv im Social Web bewegen"),
        details: &[],
    },
    StepRule {
        id: "practise-legal",
        phase: Phase::Practise,
        when: DO_IT,
        source: seed(COURSE, "Impressumspflicht auf allen sozialen Plattformen"),
        details: &[],
    },
    StepRule {
        id: "practise-basics",
        phase: Phase::Practise,
        when: LEAVE_IT,
        source: seed(CORE, "zu verstehen um was es geht"),
        details: &[],
    },
    // ZUHÖREN
    // Channels of one's own with questions waiting: answer them before anything new.
    StepRule {
        id: "listen-open-questions",
        phase: Phase::Listen,
        when: CHANNELS_NEED_WORK,
        source: seed(
            ORGANISATION,
            "Man sollte daher nicht sieben Tage warten, ehe man eine Frage beantwortet.",
        ),
        details: &[],
    },
    StepRule {
        id: "listen-reviews",
        phase: Phase::Listen,
        when: LEAVE_IT,
        source: seed(CORE, "ob auf Bewertungsplattformen über Sie berichtet wird"),
        details: &[],
    },
    StepRule {
        id: "listen-find-mentions",
        phase: Phase::Listen,
        when: When::Is("talked-about", &["dont-know"]),
        source: seed(CORE, "In diesem Forum wird über Euch berichtet."),
        details: &[],
    },
    StepRule {
        id: "listen-audience",
        phase: Phase::Listen,
        when: When::All(&[LEAVE_IT, When::Is("audience", &["unknown"])]),
        source: ASKED_CUSTOMERS,
        details: &[],
    },
    // Going ahead (people talk about the company a lot, whatever it believes about its
    // audience): the answers pick the platforms.
    StepRule {
        id: "listen-audience-platforms",
        phase: Phase::Listen,
        when: When::All(&[DO_IT, When::Is("audience", &["not-online", "unknown"])]),
        source: ASKED_CUSTOMERS,
        details: &[],
    },
    // Where only part of the audience is there: the platforms' user studies, compared with
    // one's own customers, tell which part where. (Not knowing at all: ask them, above.)
    StepRule {
        id: "listen-platform-studies",
        phase: Phase::Listen,
        when: When::Is("audience", &["partly"]),
        source: seed(
            COURSE,
            "Die Ergebnisse können mit den eigenen Zielgruppen verglichen werden",
        ),
        details: &[],
    },
    StepRule {
        id: "listen-competition",
        phase: Phase::Listen,
        when: When::Archetype(Archetype::FearOfMissingOut),
        source: seed(CORE, "Hört Ihnen überhaupt jemand zu?"),
        details: &[],
    },
    StepRule {
        id: "listen-customers",
        phase: Phase::Listen,
        when: When::Any(&[
            When::Is("customer-voice", &["not-interested", "when-problems"]),
            When::Is("criticism", &["ignore"]),
        ]),
        source: seed(CORE, "wo der Schuh drückt"),
        details: &[],
    },
    StepRule {
        id: "listen-existing-talk",
        phase: Phase::Listen,
        when: When::Is("talked-about", &["some", "lively"]),
        source: seed(CORE, "Das hier würde sich prima als Thema eignen."),
        details: &[],
    },
    StepRule {
        id: "listen-monitor",
        phase: Phase::Listen,
        when: DO_IT,
        source: seed(COURSE, "Themen und Trends monitoren"),
        details: &[],
    },
    // MITREDEN
    // (Kunde 2 starts there, in its first step, whatever the verdict.)
    StepRule {
        id: "join-existing-talk",
        phase: Phase::Join,
        when: When::All(&[
            DO_IT,
            When::Not(&KUNDE_2),
            When::Is("talked-about", &["some", "lively"]),
        ]),
        source: seed(CORE, "wir sollten hier einsteigen"),
        details: &[],
    },
    // "Leave it" for a company with channels: keep, hand over or close each, and say so.
    StepRule {
        id: "join-channel-decision",
        phase: Phase::Join,
        when: When::All(&[LEAVE_IT, ACTIVE]),
        source: seed(
            COURSE,
            "Wie viele Blogs, Foren, Seiten und Kanäle liegen brach",
        ),
        details: &[("kept-up", When::Is("upkeep", &["kept-up"]))],
    },
    StepRule {
        id: "join-platforms",
        phase: Phase::Join,
        when: DO_IT,
        source: seed(COURSE, "Texte, Bilder, Videos oder Präsentationen"),
        details: &[
            ("text", When::Is("content-kinds", &["text"])),
            ("pictures", When::Is("content-kinds", &["pictures"])),
            ("video", When::Is("content-kinds", &["video"])),
            ("presentations", When::Is("content-kinds", &["presentations"])),
            ("recruits", When::Is("goals", &["find-recruits"])),
            ("service", When::Is("goals", &["service"])),
        ],
    },
    // As many channels as the capacity carries for good (seed 004), not a fixed number: Datev
    // (seed 000) keeps seven with a social media manager.
    StepRule {
        id: "join-few-channels",
        phase: Phase::Join,
        when: DO_IT,
        source: seed(
            COURSE,
            "eine kleinere Anzahl von Kommunikationswegen kontinuierlich",
        ),
        details: &[
            // The detail names what limits them, not something they have.
            ("open", HOURS_OPEN),
            ("one-hours-budget", When::All(&[FEW_HOURS, NO_LASTING_BUDGET])),
            ("one-hours", When::All(&[FEW_HOURS, LASTING_BUDGET])),
            (
                "one-budget",
                When::All(&[NO_LASTING_BUDGET, When::Is("hours", &["5-10h", "over-10h"])]),
            ),
            ("two", When::All(&[LASTING_BUDGET, When::Is("hours", &["5-10h"])])),
            ("several", When::All(&[LASTING_BUDGET, When::Is("hours", &["over-10h"])])),
            // A company with channels that lie idle or only send: fewer, done well.
            ("prune", CHANNELS_NEED_WORK),
        ],
    },
    StepRule {
        id: "join-editorial-plan",
        phase: Phase::Join,
        when: When::All(&[DO_IT, When::Is("topics", &["occasional", "regular"])]),
        source: seed(CORE, "Ein Redaktionsplan hilft."),
        details: &[],
    },
    StepRule {
        id: "join-content-mix",
        phase: Phase::Join,
        when: DO_IT,
        source: seed(
            ORGANISATION,
            "Eine gute Mischung aus Beratung, Interaktion und Information",
        ),
        details: &[],
    },
    // Going ahead after posting without answering (Teldafax), or with a routine of planned
    // posts: talk, not only send. (Under "leave it", listen-open-questions says it.)
    StepRule {
        id: "join-interaction",
        phase: Phase::Join,
        when: When::All(&[
            DO_IT,
            When::Any(&[
                When::Is("upkeep", &["posting"]),
                When::Is("topics", &["editorial-plan"]),
            ]),
        ]),
        source: seed(ORGANISATION, "Man spricht hier von passiver Aktivität!"),
        details: &[],
    },
    StepRule {
        id: "join-roles",
        phase: Phase::Join,
        when: DO_IT,
        source: seed(
            ORGANISATION,
            "Wer übernimmt was und in welchem Zeitintervall?",
        ),
        // (Someone to name where "whoever has time" does it: practise-backing. A company with
        // channels fixes them for each it keeps: join-few-channels says which.)
        details: &[],
    },
    // Service or feedback goals, or answers that take days: those close to the customers know
    // the questions, and often the answers.
    StepRule {
        id: "join-departments",
        phase: Phase::Join,
        when: When::All(&[
            DO_IT,
            When::Any(&[
                When::Is("goals", &["service", "feedback"]),
                When::Is("response-time", &["few-days"]),
            ]),
        ]),
        source: seed(ORGANISATION, "insbesondere aber Bereiche, die nah am Kunden sind"),
        details: &[],
    },
    StepRule {
        id: "join-24h",
        phase: Phase::Join,
        when: DO_IT,
        source: seed(
            ORGANISATION,
            "nach max. 24 Stunden eine Reaktion erfolgt sein",
        ),
        details: &[],
    },
    StepRule {
        id: "join-approvals",
        phase: Phase::Join,
        when: When::All(&[DO_IT, When::Is("response-time", &["few-days"])]),
        source: seed(CORE, "weil Abstimmungsprozesse kompliziert sind"),
        details: &[],
    },
    StepRule {
        id: "join-budget",
        phase: Phase::Join,
        when: When::All(&[DO_IT, NO_LASTING_BUDGET]),
        source: seed(COURSE, "nicht zum Nulltarif zu haben"),
        details: &[],
    },
    // Under two hours pass the knock-out only with a lasting budget: this says what it is for.
    // (Hours not fixed yet are settled first: practise-capacity.)
    StepRule {
        id: "join-buy-time",
        phase: Phase::Join,
        when: When::All(&[DO_IT, When::Is("hours", &["under-2h"])]),
        source: seed(
            COURSE,
            "ist nur mit einem ausreichenden Budget möglich und mit einem Team",
        ),
        details: &[],
    },
    StepRule {
        id: "join-human",
        phase: Phase::Join,
        when: When::All(&[DO_IT, When::Is("tone", &["conversational"])]),
        source: seed(DATEV, "soll es menscheln"),
        details: &[],
    },
    StepRule {
        id: "join-show-work",
        phase: Phase::Join,
        when: When::All(&[DO_IT, When::Is("goals", &["find-recruits"])]),
        source: seed(
            DATEV,
            "Mitarbeiter ihren Joballtag per Video präsentieren",
        ),
        // Showing one's working day means face and name: not assumed where names are feared.
        details: &[("names-first", When::Is("real-names", &["rather-not", "some"]))],
    },
    StepRule {
        id: "join-colleagues",
        phase: Phase::Join,
        when: When::All(&[
            DO_IT,
            When::Is("real-names", &["yes"]),
            When::Is("guidelines", &["written"]),
        ]),
        source: seed(
            INTERVIEW,
            "Mitarbeiter werden künftig zu Markenbotschaftern.",
        ),
        details: &[],
    },
    StepRule {
        id: "join-review",
        phase: Phase::Join,
        when: DO_IT,
        source: seed(
            ORGANISATION,
            "stetiger Analyse- und Neustrukturierungsprozess",
        ),
        details: &[],
    },
    // The seed's advice for "leave it" to a company that has not started and is not Kunde 2
    // (who joins where people talk, above).
    StepRule {
        id: "join-when-needed",
        phase: Phase::Join,
        when: When::All(&[LEAVE_IT, When::Not(&KUNDE_2), When::Not(&ACTIVE)]),
        source: seed(CORE, "Hören Sie zu und steigen Sie ein, wo es nötig ist."),
        details: &[],
    },
    StepRule {
        id: "join-later",
        phase: Phase::Join,
        when: LEAVE_IT,
        source: seed(CORE, "wenn man keine Angst mehr hat und was zu sagen hat"),
        details: &[],
    },
];
