"""Item-quality warnings: each check fires on a small lesson that has the fault, at its exact place, and
stays quiet on the same lesson written well."""

from __future__ import annotations

from pathlib import Path

from literacy_app.content.item_quality import item_quality_problems, normalise, tail_probability
from literacy_app.content.parse import parse_lesson

FRONT = "---\nid: {id}\ntitle: T\nmodule: {module}\norder: {order}\n{extra}---\n\n## Step\n\n"  # body: line 10 on


def write(tmp_path: Path, body: str, name: str = "t", order: int = 1, module: str = "M", extra: str = ""):
    path = tmp_path / name / "lesson.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    if extra:
        extra += "\n"
    path.write_text(FRONT.format(id=name, module=module, order=order, extra=extra) + body, encoding="utf-8")
    lesson = parse_lesson(path)
    assert lesson.errors == [], [p.format() for p in lesson.errors]
    return lesson


def found(*lessons) -> list[tuple[str, int, int, str]]:
    return [(Path(p.path).parent.name, p.line, p.col, p.message) for p in item_quality_problems(list(lessons))]


def single(qid: str, choices: list[tuple[bool, str]]) -> str:
    lines = [f"### Question {qid}? {{#{qid}}}"]
    lines += [f"- [{'x' if right else ' '}] {text}" for right, text in choices]
    return "\n".join(lines) + "\n\n"


def quiz(body: str, settings: str = "shuffle: yes\n") -> str:
    return f"::: quiz qz\n{settings}\n{body}:::\n"


# -- the right answer is the longest ---------------------------------------------------------------------
LONG = "a right answer written with care and detail"  # 43 characters
SHORT = ["a wrong one", "another wrong", "not this one"]


def test_the_right_answer_longest_in_most_single_choice_questions_is_reported_once_for_the_lesson(tmp_path):
    # four questions, the right answer the longest (but not "clearly" longer) in each: chance says about 1
    near = ["a wrong answer written with some detail", "another wrong answer with a little detail",
            "a third wrong answer with some more words"]
    body = "".join(single(f"q{i}", [(False, near[0]), (True, LONG), (False, near[1]), (False, near[2])])
                   for i in range(4))
    lesson = write(tmp_path, quiz(body))
    # the quiz opens on line 10, the setting and a blank line follow, the first question is on line 13
    assert found(lesson) == [("t", 13, 1, "the right answer is the longest choice in 4 of 4 single-choice "
                                         "questions (about 1 by chance)")]
    assert "'q0', 'q1', 'q2', 'q3'" in item_quality_problems([lesson])[0].hint


def test_right_answers_of_ordinary_length_are_not_reported(tmp_path):
    near = ["a wrong answer written with some detail", "another wrong answer with a little detail",
            "a third wrong answer with some more words"]
    body = "".join(single(f"q{i}", [(False, near[0]), (True, "the right one, written plainly"), (False, near[1]),
                                    (False, near[2])]) for i in range(4))
    assert found(write(tmp_path, quiz(body))) == []


def test_a_right_answer_clearly_longer_than_every_other_choice_is_reported_on_its_own(tmp_path):
    body = single("q1", [(False, SHORT[0]), (True, LONG), (False, SHORT[1]), (False, SHORT[2])])
    body += single("q2", [(False, SHORT[0]), (True, "a right one"), (False, SHORT[1]), (False, SHORT[2])])
    assert found(write(tmp_path, quiz(body))) == [
        ("t", 13, 1, "the right answer of 'q1' is much longer than any other choice (43 characters, the others at "
                     "most 13)"),
    ]


def test_tail_probability_is_the_binomial_tail():
    assert tail_probability([0.5, 0.5], 2) == 0.25
    assert abs(tail_probability([0.25] * 4, 0) - 1.0) < 1e-12
    assert abs(tail_probability([0.25] * 4, 3) - (4 * 0.25**3 * 0.75 + 0.25**4)) < 1e-12


# -- position bias ------------------------------------------------------------------------------------------
def positions_body(keyed_at: list[int]) -> str:
    body = ""
    for i, position in enumerate(keyed_at):
        choices = [(False, f"choice number {n} here") for n in range(4)]
        choices[position] = (True, f"choice number {position} here")
        body += single(f"q{i}", choices)
    return body


def test_the_same_position_keyed_in_an_unshuffled_quiz_is_reported(tmp_path):
    lesson = write(tmp_path, quiz(positions_body([1, 1, 1, 1, 1, 2]), settings="shuffle: no\n"))
    assert ("t", 13, 1, "the right answer is choice B in 5 of 6 single-choice questions that are not shuffled") \
        in found(lesson)


def test_position_bias_is_not_reported_when_the_quiz_shuffles_or_positions_vary(tmp_path):
    shuffled = write(tmp_path, quiz(positions_body([1, 1, 1, 1, 1, 2])), name="a")
    varied = write(tmp_path, quiz(positions_body([0, 1, 2, 3, 1, 2]), settings="shuffle: no\n"), name="b")
    assert found(shuffled) == []
    assert [f for f in found(varied) if "choice B" in f[3] or "choice C" in f[3]] == []


# -- every multiple-answer item with the same number right --------------------------------------------------
def multiple(qid: str, right: int, total: int) -> str:
    return single(qid, [(n < right, f"option {n} of {qid}") for n in range(total)])


def test_every_multiple_answer_item_with_the_same_number_right_is_reported(tmp_path):
    body = multiple("m1", 2, 5) + multiple("m2", 2, 5) + multiple("m3", 2, 5)
    assert found(write(tmp_path, quiz(body))) == [
        ("t", 13, 1, "all 3 multiple-answer questions have exactly 2 right answers")]


def test_a_varied_number_of_right_answers_is_not_reported(tmp_path):
    body = multiple("m1", 2, 5) + multiple("m2", 3, 6) + multiple("m3", 2, 5)
    assert found(write(tmp_path, quiz(body))) == []


# -- all / none of the above --------------------------------------------------------------------------------
def test_all_and_none_of_the_above_are_reported_in_english_spanish_and_french(tmp_path):
    body = single("q1", [(False, "Red and green"), (False, "Blue and white"), (True, "All of the above")])
    body += single("q2", [(False, "Rojo y verde claro"), (True, "Ninguna de las anteriores"), (False, "Azul y blanco")])
    body += single("q3", [(True, "Aucune des réponses précédentes"), (False, "Rouge, vert et jaune pâle"),
                          (False, "Bleu, blanc et gris clair")])
    assert found(write(tmp_path, quiz(body))) == [
        ("t", 16, 1, "'q1' has an \"all of the above\" choice"),
        ("t", 20, 1, "'q2' has an \"ninguna de las anteriores\" choice"),
        ("t", 24, 1, "'q3' has an \"aucune des reponses precedentes\" choice"),
    ]


def test_a_choice_that_only_mentions_the_word_above_is_not_reported(tmp_path):
    body = single("q1", [(False, "The shelf above the desk"), (True, "All of them are blue"), (False, "None")])
    assert found(write(tmp_path, quiz(body))) == []


# -- quizzes without shuffle --------------------------------------------------------------------------------
def test_quizzes_without_shuffle_are_reported_and_tests_more_strongly(tmp_path):
    body = single("q1", [(True, "Yes"), (False, "No"), (False, "Maybe")])
    practice = write(tmp_path, quiz(body, settings=""), name="a")
    test = write(tmp_path, quiz(body, settings="mode: test\n"), name="b")
    assert found(practice) == [("a", 10, 1, "quiz 'qz' does not shuffle its choices")]
    assert found(test) == [("b", 10, 1, "test 'qz' does not shuffle its choices: every learner sees the right "
                                        "answers in the same places")]


def test_a_shuffled_quiz_or_one_without_choices_to_shuffle_is_not_reported(tmp_path):
    shuffled = write(tmp_path, quiz(single("q1", [(True, "Yes"), (False, "No")]), settings="shuffle: yes\n"),
                     name="a")
    true_false = write(tmp_path, quiz("### Sure? {#q1}\nType: true-false\n- [x] True\n- [ ] False\n\n",
                                      settings=""), name="b")
    assert found(shuffled) == [] and found(true_false) == []


# -- ticking everything pays ---------------------------------------------------------------------------------
def test_a_multiple_answer_item_where_ticking_everything_scores_half_or_more_is_reported(tmp_path):
    body = multiple("m1", 3, 4) + multiple("m2", 2, 3)
    assert found(write(tmp_path, quiz(body))) == [
        ("t", 13, 1, "ticking every choice of 'm1' scores 67% (3 of 4 choices are right)"),
        ("t", 19, 1, "ticking every choice of 'm2' scores 50% (2 of 3 choices are right)"),
    ]


def test_ticking_everything_is_not_reported_when_it_scores_under_half(tmp_path):
    weighted = ("### Which? {#m3}\n- [x] one\n- [x] two\n- [x] three\n- [ ] {-100%} four\n\n")
    body = multiple("m1", 2, 4) + multiple("m2", 3, 5) + weighted
    assert found(write(tmp_path, quiz(body))) == []


# -- an explanation gives another item away -----------------------------------------------------------------
def test_an_explanation_containing_another_items_right_answer_is_reported(tmp_path):
    body = single("q1", [(True, "Earns the creator a commission"), (False, "Nothing at all"),
                         (False, "Tells the brand your name")])
    body += ("### What is the best label? {#q2}\n- [x] Paid partnership\n- [ ] Thanks\n"
             "Explanation: A code *earns the creator a commission*, so it needs a label.\n\n")
    body += "### Missing out? {#q3}\nType: short\n- [x] fear of missing out\n\n"
    body += "### Why? {#q4}\nType: true-false\n- [x] True\n- [ ] False\nExplanation: The fear of missing out.\n\n"
    assert found(write(tmp_path, quiz(body))) == [
        ("t", 18, 1, "the explanation of 'q2' contains the answer to 'q1' (\"earns the creator a commission\")"),
        ("t", 27, 1, "the explanation of 'q4' contains the answer to 'q3' (\"fear of missing out\")"),
    ]


def test_short_right_answers_and_ones_named_in_their_own_prompt_are_not_giveaways(tmp_path):
    body = single("q1", [(True, "A commission"), (False, "Nothing"), (False, "A name")])
    body += ("### Which describes an affiliate code: a code that earns a commission, or one that tracks parcels?"
             " {#q2}\n- [x] A code that earns a commission\n- [ ] A code that tracks parcels\n\n")
    body += ("### Why? {#q3}\n- [x] Honesty\n- [ ] Luck\n"
             "Explanation: A commission is money, and an affiliate code is a code that earns a commission.\n\n")
    assert found(write(tmp_path, quiz(body))) == []


# -- near-duplicates across a pre-/post-test and the lessons ------------------------------------------------
TEST = "mode: test\nshuffle: yes\n"


def test_a_test_item_nearly_the_same_as_a_lesson_item_is_reported_on_the_test(tmp_path):
    lesson = write(tmp_path, quiz(single("q-lesson", [(True, "Alpha one"), (False, "Beta two")]).replace(
        "Question q-lesson?", "Which of these posts is the most clearly labelled as an advert?")), name="l1")
    pre = write(tmp_path, quiz(single("q-pre", [(True, "Gamma"), (False, "Delta")]).replace(
        "Question q-pre?", "Which of these posts is most clearly labelled as an advert? Choose one."),
        settings=TEST), name="pre", order=0, extra="assessment: pre")
    assert found(lesson, pre) == [
        ("pre", 15, 1, f"'q-pre' is nearly the same item as 'q-lesson' in the lesson 'l1' ({lesson.path}:13, "
                       "similarity 0.89)"),
    ]


def test_reused_choices_make_a_near_duplicate_even_with_a_reworded_prompt(tmp_path):
    choices = [(True, "Stories that disappear after a day"), (True, "Live now notifications"),
               (False, "A playlist you saved for later"), (False, "A recipe book")]
    lesson = write(tmp_path, quiz(single("q-fomo", choices).replace(
        "Question q-fomo?", "Which features can feed a fear of missing out?")), name="l1")
    post = write(tmp_path, quiz(single("q-post", choices).replace(
        "Question q-post?", "Which features can make you afraid of missing out?"), settings=TEST),
        name="post", order=9, extra="assessment: post")
    assert [f[:3] for f in found(lesson, post)] == [("post", 15, 1)]


def test_pre_and_post_duplicates_are_reported_once_on_the_later_test(tmp_path):
    prompt = "Which post is the clearest ad label?"
    pre = write(tmp_path, quiz(single("q-a", [(True, "x one"), (False, "y two")]).replace("Question q-a?", prompt),
                               settings=TEST), name="pre", order=0, extra="assessment: pre")
    post = write(tmp_path, quiz(single("q-b", [(True, "z three"), (False, "w four")]).replace(
        "Question q-b?", prompt), settings=TEST), name="post", order=9, extra="assessment: post")
    assert [f[:3] for f in found(post, pre)] == [("post", 15, 1)]


def test_different_items_other_modules_and_lesson_pairs_are_not_reported(tmp_path):
    prompt = "Which post is the clearest ad label?"
    one = write(tmp_path, quiz(single("q1", [(True, "x one"), (False, "y two")]).replace("Question q1?", prompt)),
                name="one")
    two = write(tmp_path, quiz(single("q2", [(True, "z one"), (False, "w two")]).replace("Question q2?", prompt)),
                name="two")
    other_module = write(tmp_path, quiz(single("q3", [(True, "z"), (False, "w")]).replace("Question q3?", prompt),
                                        settings=TEST), name="pre", module="Other", extra="assessment: pre")
    different = write(tmp_path, quiz(single("q4", [(True, "z"), (False, "w")]).replace(
        "Question q4?", "What does a recommendation system mostly try to do?"), settings=TEST),
        name="post", extra="assessment: post")
    assert found(one, two, other_module, different) == []


def test_normalise_drops_case_accents_and_punctuation():
    assert normalise("  Réponses *précédentes*, OK! ") == "reponses precedentes ok"
