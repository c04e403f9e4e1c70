"""Text of the demo slide decks and concept note (invented, but plausible, policy prose).

Accented words (réunion, Région de Bruxelles-Capitale, coopération) appear on purpose so
accent-folding search can be demonstrated.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide: title, bullet points and speaker notes."""

    title: str
    bullets: tuple[str, ...]
    notes: str


@dataclass(frozen=True, slots=True)
class Deck:
    """A presentation given in one session."""

    key: str  # file name stem
    session_key: str
    title: str
    author: str
    slides: tuple[Slide, ...]


DECKS: tuple[Deck, ...] = (
    Deck(
        "EMN_roundtable_Skills_Mobility_Partnerships",
        "emn-roundtable",
        "EMN roundtable: Skills Mobility Partnerships",
        "Hélène Marchetti",
        (
            Slide(
                "EMN roundtable: Skills Mobility Partnerships",
                ("Policy debate, Brussels, 1 June 2022", "European Migration Network"),
                "Welcome everyone in the room and online. Remind participants that the "
                "roundtable is recorded and that questions can be sent through the chat.",
            ),
            Slide(
                "Why skills partnerships now",
                (
                    "Labour shortages in health care, construction and ICT",
                    "Demographic change in most Member States",
                    "Partner countries ask for training, not only visas",
                    "Talent Partnerships announced in the New Pact on Migration and Asylum",
                ),
                "Keep this short: the audience knows the shortage figures. Stress that the "
                "partnerships are meant to benefit both sides.",
            ),
            Slide(
                "What the EMN study found",
                (
                    "Twenty-one Member States run at least one mobility scheme",
                    "Most pilots are small: fewer than 200 participants",
                    "Recognition of qualifications is the main bottleneck",
                    "Employers value pre-departure language training",
                ),
                "Refer to the national reports; Belgium and Germany gave the most detailed "
                "answers on employer involvement.",
            ),
            Slide(
                "Questions for the roundtable",
                (
                    "How can partnerships stay fair for countries of origin?",
                    "Who pays for training, and who benefits?",
                    "How do we measure success after the pilot phase?",
                ),
                "Give each panellist three minutes per question. Ask the IOM director to "
                "start with the first question.",
            ),
            Slide(
                "Next steps",
                (
                    "EMN inform on skills partnerships, autumn 2022",
                    "Follow-up réunion with national contact points",
                    "Exchange of practice with the Région de Bruxelles-Capitale",
                ),
                "Thank the speakers and announce the coffee break until 11:30.",
            ),
        ),
    ),
    Deck(
        "EPRS_EU_economic_migration_policy",
        "eprs",
        "EPRS: EU economic migration policy",
        "Lukas Brandtner",
        (
            Slide(
                "EPRS: EU economic migration policy",
                ("Briefing for the SMP conference", "European Parliamentary Research Service"),
                "Introduce EPRS as the Parliament's in-house research service; the briefing "
                "is public and linked in the programme.",
            ),
            Slide(
                "The legal framework",
                (
                    "Blue Card Directive (recast 2021)",
                    "Single Permit Directive and its recast proposal",
                    "Seasonal Workers and Intra-Corporate Transfer Directives",
                    "Member States decide how many workers they admit",
                ),
                "Explain the limits of EU competence: volumes of admission stay national.",
            ),
            Slide(
                "Legal pathways in the New Pact",
                (
                    "Talent Partnerships with key partner countries",
                    "An EU Talent Pool to match employers and candidates",
                    "Better coopération on return and readmission",
                ),
                "Mention that the Talent Pool proposal is expected later this year.",
            ),
            Slide(
                "Evidence so far",
                (
                    "Pilot projects show high completion rates",
                    "Costs per participant remain high",
                    "Few evaluations follow workers after arrival",
                ),
                "Invite the audience to share evaluation results after the session.",
            ),
        ),
    ),
    Deck(
        "Belgium_national_implementation",
        "belgium",
        "Belgium: national implementation",
        "Sophie Vandenberghe",
        (
            Slide(
                "Belgium: national implementation",
                ("Federal and regional roles", "Brussels, 2 June 2022"),
                "Open with the map of competences: work permits are regional, residence is "
                "federal.",
            ),
            Slide(
                "Who does what",
                (
                    "Regions issue the authorisation to work",
                    "The Immigration Office issues the residence permit",
                    "One single permit procedure since 2019",
                    "Communities handle the recognition of diplomas",
                ),
                "Stress the single desk: applicants see one procedure.",
            ),
            Slide(
                "The Brussels pilot",
                (
                    "Région de Bruxelles-Capitale and Actiris partnership",
                    "Forty technicians trained before departure",
                    "Language courses in French and Dutch",
                    "Mentoring by employers during the first year",
                ),
                "Pieter De Smedt will give details of the selection process.",
            ),
            Slide(
                "Lessons learned",
                (
                    "Start recognition of qualifications before departure",
                    "Plan housing support with employers",
                    "Keep partner institutions involved after arrival",
                ),
                "Close with the three lessons and hand over to the debate.",
            ),
        ),
    ),
)


CONCEPT_NOTE_TITLE = "Concept note: Skills Mobility Partnerships conference"
CONCEPT_NOTE_SUBTITLE = "Brussels, 1-2 June 2022 - hybrid event - European Migration Network"

# Each page: a list of (heading, paragraphs).
CONCEPT_NOTE_PAGES: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...] = (
    (
        (
            "Background",
            (
                "Skills Mobility Partnerships bring together countries of origin and countries "
                "of destination to train people for occupations in demand in both places. "
                "Unlike recruitment alone, a partnership invests in the skills of participants "
                "before they move, and in the training institutions of the partner country, so "
                "that those who stay also benefit. Several Member States have tested such "
                "schemes with partners in North Africa, West Africa and the Western Balkans.",
                "The European Commission proposed Talent Partnerships as part of the New Pact "
                "on Migration and Asylum. They combine support for mobility with support for "
                "education and training systems, and they are designed together with partner "
                "countries, employers, social partners and training providers.",
            ),
        ),
        (
            "Purpose of the conference",
            (
                "The conference takes stock of what the pilots have achieved, what they cost "
                "and what participants, employers and partner institutions think of them. It "
                "brings together national contact points of the European Migration Network, "
                "the International Organization for Migration, researchers of the European "
                "Parliament and practitioners from Belgium and the Région de "
                "Bruxelles-Capitale.",
                "The first day is devoted to policy: a roundtable of the European Migration "
                "Network, a presentation by the European Parliamentary Research Service and a "
                "closed-door working group with employers. The second day looks at national "
                "implementation in Belgium and ends with an open debate with the audience.",
            ),
        ),
        (
            "Format",
            (
                "The event is hybrid. Participants may attend in Brussels or follow online; "
                "plenary sessions are recorded and published after the event, with the "
                "exception of the working group, which follows the Chatham House rule. Photos "
                "taken during the working group are for internal use only.",
            ),
        ),
    ),
    (
        (
            "Questions for discussion",
            (
                "How can partnerships remain fair and mutually beneficial, so that countries "
                "of origin do not lose the skills they need? Which occupations lend "
                "themselves to joint training, and which qualifications can be recognised "
                "before departure? What role should employers play in financing training, "
                "language courses and integration support after arrival?",
                "How should pilots be evaluated, and which indicators matter beyond the number "
                "of people who moved? What can national authorities learn from each other, and "
                "where would a European framework add value?",
            ),
        ),
        (
            "Expected results",
            (
                "A short report will summarise the discussions and the lessons learned. The "
                "recordings, slides and a selection of photos will be published on the "
                "network's website. A follow-up réunion of national contact points is planned "
                "for the autumn, together with an exchange of practice hosted by the Région de "
                "Bruxelles-Capitale.",
            ),
        ),
        (
            "Practical information",
            (
                "Registration opens at 08:30 on both days. Coffee is served between sessions. "
                "Interpretation is available in English and French in the Auditorium. Online "
                "participants receive the connection link by e-mail the day before. For "
                "questions, please contact the organising team of the European Migration "
                "Network.",
            ),
        ),
    ),
)
