"""Extract stage, the driver: runs every extractor over every article.

Inputs: the articles and the `Settings`. Outputs: one `Extracted` with
the glossary, who's-who, timeline, questions, quiz, objectives and
sensitive passages of all articles together (a course of several
articles gets combined appendices). Which extractors run follows the
appendices the settings ask for, so a build without a timeline does not
pay for one.
"""

from __future__ import annotations

from pack.config import Settings
from pack.model import Article, Extracted


def extract_all(articles: list[Article], settings: Settings) -> Extracted:
    combined = Extracted()
    for article in articles:
        found = extract_article(article, settings)
        combined.glossary += found.glossary
        combined.people += found.people
        combined.timeline += found.timeline
        combined.questions += found.questions
        combined.quiz += found.quiz
        combined.objectives.update(found.objectives)
        combined.sensitive += found.sensitive
        combined.periods += found.periods
    combined.timeline.sort(key=lambda e: e.sort_key)
    return combined


def extract_article(article: Article, settings: Settings) -> Extracted:
    # Extractors are imported only when an appendix needs them: their
    # language data and word lists cost start-up time.
    wanted = set(settings.appendices)
    if not wanted:
        return Extracted()
    from pack.extract.glossary import extract_glossary
    from pack.extract.people import extract_people
    from pack.extract.questions import generate_questions
    from pack.extract.quiz import build_quiz
    from pack.extract.teaching import learning_objectives, sensitive_passages
    from pack.extract.timeline import chapter_periods, extract_timeline

    glossary = extract_glossary(article, settings.glossary_entries) if wanted & {"glossary", "questions"} else []
    people = extract_people(article, settings.people_entries) if wanted & {"people", "questions"} else []
    timeline = extract_timeline(article) if wanted & {"timeline", "questions"} else []
    found = Extracted(glossary=glossary if "glossary" in wanted else [],
                      people=people if "people" in wanted else [],
                      timeline=timeline if "timeline" in wanted else [],
                      periods=chapter_periods(article, timeline) if "timeline" in wanted else [])
    if "questions" in wanted:
        found.questions = generate_questions(article, glossary, people, timeline,
                                             per_chapter=settings.questions_per_chapter)
        found.quiz = build_quiz(article, glossary, timeline, people)
        found.objectives = learning_objectives(article, found.questions)
        found.sensitive = sensitive_passages(article)
    return found
