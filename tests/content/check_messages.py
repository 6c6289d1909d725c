"""Every message `check` gives, with an example that causes it and the fix: the table in docs/authoring.md.

Each entry is (message as the table shows it, what check really says (a part of it), where the example
goes, the example's lines, the fix). test_check_messages.py checks that each example gives its message and
that the table shows it; tools/check_messages_table.py writes the table from this list.
"""

from __future__ import annotations

FRONT = "front"  # the example lines are front-matter lines (the other required keys are added before them)
WHOLE_FRONT = "whole-front"  # the example lines are the whole front matter
BODY = "body"  # the example lines are the body of a step
FILE = "file"  # the example lines are the whole file

MESSAGES = [
    # front matter
    ("the lesson has no front matter", "the lesson has no front matter", FILE,
     ["## First step", "Hello."], "Start the file with `---`, the keys, then `---`."),
    ("the front matter is not closed", "the front matter is not closed", FILE,
     ["---", "id: first", "title: First", "## First step"], "Add a line `---` after the last key."),
    ("this line is indented one space more than the line above", "indented one space more than the line above", FRONT,
     ["title: Ads", " module: Media"], "Keys start at the beginning of the line: remove the space before `module:`."),
    ("this line is indented one space less than the line above", "indented one space less than the line above", FRONT,
     ["objectives:", "  - Read", " - Write"], "Line up the `-` of every item of a list."),
    ("this line is indented two spaces, so it is read as part of 'objectives'", "so it is read as part of 'objectives'",
     FRONT, ["objectives:", "  - Read", "  duration: 20"], "`duration:` is a key of its own: start it at the beginning "
     "of the line."),
    ("this line is indented with a tab", "this line is indented with a tab", FRONT, ["\tlevel: beginner"],
     "Indent with spaces only."),
    ("this list item has no key above it", "this list item has no key above it", FRONT, ["level: beginner", "- Read"],
     "Put the list under a key that ends with `:`, such as `objectives:`."),
    ("the value of 'title' contains ': '", "the value of 'title' contains ': '", FRONT, ["title: Ads: a guide"],
     "Put the whole value in quotes: `title: 'Ads: a guide'`."),
    ("the value of 'title' goes on after its closing quote mark",
     "the value of 'title' goes on after its closing quote mark", FRONT, ["title: 'It's mine'"],
     "Put the whole value in other quotes: `title: \"It's mine\"`."),
    ("the quote mark opened here is never closed", "the quote mark opened here is never closed", FRONT,
     ["title: \"Ads"], "End the value with the same quote mark, on the same line."),
    ("the '[' on this line is never closed", "the '[' on this line is never closed", FRONT, ["tags: [ads, media"],
     "End the list with `]`, or write each item on its own line as `  - item`."),
    ("a value cannot start with '@'", "a value cannot start with '@'", FRONT, ["title: @home"],
     "Also `` ` ``, `%`, `*`, `!`, `>`, `|`: put the value in quotes, `title: '@home'`."),
    ("the front matter cannot be read here (…)", "the front matter cannot be read here", FRONT,
     ["title: T", "module: [a]b"], "Another YAML slip: each line is `key: value`; put a value with `: ` or ` #` in "
     "quotes."),
    ("front matter must be 'key: value' lines", "front matter must be 'key: value' lines", WHOLE_FRONT,
     ["My first lesson"], "Write each setting as `key: value`."),
    ("front matter is missing 'module'", "front matter is missing 'module'", WHOLE_FRONT,
     ["id: first", "title: First", "order: 1"], "Also `id`, `title`, `order`: add the key before the closing `---`."),
    ("unknown front-matter key 'duraton' (warning)", "unknown front-matter key 'duraton'", FRONT, ["duraton: 20"],
     "A typo; the hint names the key you probably meant."),
    ("lesson id 'My lesson' is not valid", "lesson id 'My lesson' is not valid", FRONT, ["id: My lesson"],
     "Use letters, digits, `-` and `_` only: `id: my-lesson`."),
    ("order 'first' is not a whole number", "order 'first' is not a whole number", FRONT, ["order: first"],
     "Write e.g. `order: 2`."),
    ("duration should be a number of minutes (warning)", "duration should be a number of minutes", FRONT,
     ["duration: half an hour"], "Write e.g. `duration: 30`."),
    ("'objectives' should be a list (warning)", "'objectives' should be a list", FRONT, ["objectives: 3"],
     "Write each item on its own line as `  - item`."),
    ("assessment 'final' is not known (warning)", "assessment 'final' is not known", FRONT, ["assessment: final"],
     "Write `pre` or `post`."),
    ("the lesson has no content (warning)", "the lesson has no content", FILE,
     ["---", "id: first", "title: First", "module: M", "order: 1", "---"], "Add a `## Step` with some text."),
    # steps and blocks
    ("a block needs a type", "a block needs a type", BODY, ["::: 1", ":::"],
     "Write `::: quiz my-quiz-id` (or scenario, feed, reflection, teacher)."),
    ("unknown block type 'quizz'", "unknown block type 'quizz'", BODY, ["::: quizz q", ":::"],
     "Types are quiz, scenario, feed, reflection, teacher."),
    ("the 'quiz' block is never closed", "the 'quiz' block is never closed", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [x] Yes", "- [ ] No"], "Add a line `:::` where the block ends."),
    ("the quiz block has no id", "the quiz block has no id", BODY, ["::: quiz", "### Right? {#q1}", "- [x] Yes",
                                                                    "- [ ] No", ":::"], "Write `::: quiz my-quiz-id`."),
    ("'quiz#1' is not a valid id", "'quiz#1' is not a valid id", BODY,
     ["::: quiz quiz#1", "### Right? {#q1}", "- [x] Yes", "- [ ] No", ":::"], "Use letters, digits, `-` and `_` only."),
    ("unknown setting 'shufle' (warning)", "unknown setting 'shufle'", BODY,
     ["::: quiz q", "shufle: yes", "### Right? {#q1}", "- [x] Yes", "- [ ] No", ":::"],
     "A block setting typo; the hint suggests the right one."),
    ("'maybe' is not yes or no", "'maybe' is not yes or no", BODY,
     ["::: quiz q", "shuffle: maybe", "### Right? {#q1}", "- [x] Yes", "- [ ] No", ":::"], "Write `yes` or `no`."),
    ("question 'Right?' has no id", "question 'Right?' has no id", BODY,
     ["::: quiz q", "### Right?", "- [x] Yes", "- [ ] No", ":::"],
     "End the heading with `{#some-id}`; the hint proposes one. Also nodes and posts."),
    ("duplicate question id 'q1' (first used on line …)", "duplicate question id 'q1'", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [x] Yes", "- [ ] No", "### Sure? {#q1}", "- [x] Yes", "- [ ] No", ":::"],
     "Every id in a lesson must be different."),
    ("quiz 'q' has no questions", "quiz 'q' has no questions", BODY, ["::: quiz q", ":::"],
     "Add `### Question {#id}` with choices."),
    ("question 'q1' has no correct answer", "question 'q1' has no correct answer", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [ ] Yes", "- [ ] No", ":::"], "Mark the right choice with `- [x]`."),
    ("question 'q1' has 2 correct choices", "question 'q1' has 2 correct choices", BODY,
     ["::: quiz q", "### Right? {#q1}", "Type: single", "- [x] Yes", "- [x] No", ":::"],
     "A single-choice question: remove `Type: single`, or unmark one."),
    ("question 'q1' needs at least two choices", "question 'q1' needs at least two choices", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [x] Yes", ":::"],
     "Add the missing ones. Also: two pairs (match), two numbered items (order)."),
    ("question 'q1' is true-false but its choices are not True and False",
     "is true-false but its choices are not True and False", BODY,
     ["::: quiz q", "### Ads are labelled. {#q1}", "Type: true-false", "- [x] Yes", "- [ ] No", ":::"],
     "Write `- [x] True` and `- [ ] False`."),
    ("question 'q1' mixes choices and pairs", "question 'q1' mixes choices and pairs", BODY,
     ["::: quiz q", "### Match {#q1}", "- a -> 1", "- b -> 2", "- [x] c", ":::"],
     "A matching question uses only `- left -> right`."),
    ("unknown question type 'essay'", "unknown question type 'essay'", BODY,
     ["::: quiz q", "### Why? {#q1}", "Type: essay", "- [x] Yes", "- [ ] No", ":::"],
     "Types: single, multiple, true-false, short, order, match, numeric. For free text, use a reflection."),
    ("choice mark '[v]' is not understood", "choice mark '[v]' is not understood", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [v] Yes", "- [ ] No", ":::"], "Write `- [x]` or `- [ ]` (with a space)."),
    ("unknown key 'Explaination' (warning)", "unknown key 'Explaination'", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [x] Yes", "- [ ] No", "Explaination: Because.", ":::"],
     "A typo in `Hint:`, `Explanation:`, `Points:`, `Type:` (or `Ending:`, `Score:`, `Time:`, `Likes:`, "
     "`Comments:`, `Image:`, `Cues:`)."),
    ("text after the choices is not shown (warning)", "text after the choices is not shown", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [x] Yes", "- [ ] No", "Think first.", ":::"],
     "Move it before the choices or into `Explanation:`."),
    ("text in a quiz before its first question is not shown (warning)", "text in a quiz before its first question",
     BODY, ["::: quiz q", "Answer all three.", "### Right? {#q1}", "- [x] Yes", "- [ ] No", ":::"],
     "Move it above the block. Also scenarios (before the first node) and feeds."),
    ("pass mark 120 is outside 0-100", "pass mark 120 is outside 0-100", BODY,
     ["::: quiz q", "pass: 120", "### Right? {#q1}", "- [x] Yes", "- [ ] No", ":::"], "A percentage: 0 to 100."),
    ("attempts must be a whole number of 1 or more", "attempts must be a whole number of 1 or more", BODY,
     ["::: quiz q", "attempts: 0", "### Right? {#q1}", "- [x] Yes", "- [ ] No", ":::"], "Leave it out for no limit."),
    ("points must be more than 0", "points must be more than 0", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [x] Yes", "- [ ] No", "Points: 0", ":::"], "Write e.g. `Points: 2`."),
    ("points 'many' is not a number", "points 'many' is not a number", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [x] Yes", "- [ ] No", "Points: many", ":::"], "Write a number."),
    ("a choice weight must be between -100% and 100%", "a choice weight must be between -100% and 100%", BODY,
     ["::: quiz q", "### Right? {#q1}", "- [x] {150%} Yes", "- [ ] No", ":::"], "Fix the `{…%}`."),
    ("choice has no text", "choice has no text", BODY, ["::: quiz q", "### Right? {#q1}", "- [x]", "- [ ] No", ":::"],
     "Write the choice after the mark."),
    ("mode 'exam' is not known", "mode 'exam' is not known", BODY,
     ["::: quiz q", "mode: exam", "### Right? {#q1}", "- [x] Yes", "- [ ] No", ":::"], "Write `mode: test`."),
    ("feedback 'later' is not known", "feedback 'later' is not known", BODY,
     ["::: quiz q", "mode: test", "feedback: later", "### Right? {#q1}", "- [x] Yes", "- [ ] No", ":::"],
     "Write `after-submit` or `after-course`."),
    ("feedback can only be held back in a test (warning)", "feedback can only be held back in a test", BODY,
     ["::: quiz q", "feedback: after-course", "### Right? {#q1}", "- [x] Yes", "- [ ] No", ":::"],
     "Add `mode: test`, or remove the `feedback:` line."),
    # scenarios
    ("scenario 's' has no nodes", "scenario 's' has no nodes", BODY, ["::: scenario s", ":::"],
     "Add `### Node {#id}` nodes."),
    ("scenario 's' has no ending", "scenario 's' has no ending", BODY,
     ["::: scenario s", "### A {#a}", "Hi.", "- [On](#b)", "### B {#b}", "Again.", "- [Back](#a)", ":::"],
     "Mark at least one node with `Ending:` and `Score:`."),
    ("start node 'nowhere' does not exist", "start node 'nowhere' does not exist", BODY,
     ["::: scenario s", "start: nowhere", "### A {#a}", "Ending: Done", "Score: 1", ":::"],
     "`start:` must name a node id."),
    ("choice leads to 'shop', which does not exist", "choice leads to 'shop', which does not exist", BODY,
     ["::: scenario s", "### A {#a}", "- [Go](#shop)", "### End {#end}", "Ending: Done", "Score: 1", ":::"],
     "The `(#target)` is misspelt or the node is missing."),
    ("this choice is not understood", "this choice is not understood", BODY,
     ["::: scenario s", "### A {#a}", "- [Go](#end) plus one", "### End {#end}", "Ending: Done", "Score: 1", ":::"],
     "Write `- [What to do](#node-id)`, then optionally `+1` and `if score >= 2`."),
    ("node 'b' has no choices and is not an ending", "node 'b' has no choices and is not an ending", BODY,
     ["::: scenario s", "### A {#a}", "- [On](#b)", "- [Stop](#end)", "### B {#b}", "Nothing to do.",
      "### End {#end}", "Ending: Done", "Score: 1", ":::"], "Add choices, or an `Ending:` line."),
    ("ending 'end' has choices, which are never shown (warning)", "ending 'end' has choices, which are never shown",
     BODY, ["::: scenario s", "### A {#a}", "- [Stop](#end)", "### End {#end}", "Ending: Done", "Score: 1",
            "- [Again](#a)", ":::"], "Remove the choices or the `Ending:` line."),
    ("node 'lost' cannot be reached from the start (warning)", "node 'lost' cannot be reached from the start", BODY,
     ["::: scenario s", "### A {#a}", "- [Stop](#end)", "### Lost {#lost}", "- [Stop](#end)", "### End {#end}",
      "Ending: Done", "Score: 1", ":::"], "No choice leads there: add one, or remove the node."),
    ("from node 'a' no path ever reaches an ending", "no path ever reaches an ending", BODY,
     ["::: scenario s", "### A {#a}", "- [On](#b)", "### B {#b}", "- [Back](#a)", "### End {#end}", "Ending: Done",
      "Score: 1", ":::"], "The learner would be stuck in a loop: lead a choice to an ending."),
    ("with a score of 0, node 'b' shows no choice", "node 'b' shows no choice", BODY,
     ["::: scenario s", "### A {#a}", "- [On](#b)", "### B {#b}", "- [Finish](#end) if score >= 1",
      "### End {#end}", "Ending: Done", "Score: 1", ":::"],
     "Every choice of the node has a condition the learner cannot meet: add one without a condition."),
    # feeds
    ("feed 'f' has no posts", "feed 'f' has no posts", BODY, ["::: feed f", ":::"],
     "Add `### Name @handle {#post-id}` posts."),
    ("unknown cue 'urgancy'", "unknown cue 'urgancy'", BODY,
     ["::: feed f", "### Juno @juno {#p1}", "Cues: urgancy", "Buy now!", "> Hurry.", ":::"],
     "Learners tag only the feed's cues, so this post could never be answered right: fix the spelling (the hint "
     "guesses), or list your own cue in a `cues:` line on the feed."),
    ("cue 'fake-review' is not in this feed's 'cues:' line", "cue 'fake-review' is not in this feed's 'cues:' line",
     BODY, ["::: feed f", "cues: urgency", "### Juno @juno {#p1}", "Cues: fake-review", "Five stars!", "> Paid.",
            ":::"], "Add it to the feed's `cues:` line, or fix the spelling."),
    ("post 'p1' does not say which cues it contains (warning)", "post 'p1' does not say which cues it contains", BODY,
     ["::: feed f", "### Juno @juno {#p1}", "Hello!", "> Plain.", ":::"], "Add `Cues: none` or the cues."),
    ("post 'p1' has no explanation (warning)", "post 'p1' has no explanation", BODY,
     ["::: feed f", "### Juno @juno {#p1}", "Cues: none", "Hello!", ":::"], "Add a `> ` line explaining the post."),
    # reflections and pictures
    ("reflection 'r' has no prompt", "reflection 'r' has no prompt", BODY, ["::: reflection r", ":::"],
     "Write the question inside the block."),
    ("image 'images/chart.png' does not exist", "image 'images/chart.png' does not exist", BODY,
     ["![A chart](images/chart.png)"], "Check the file name; paths are relative to the lesson's folder."),
    ("image '../chart.png' is outside the lesson folder", "image '../chart.png' is outside the lesson folder", BODY,
     ["![A chart](../chart.png)"], "Keep pictures in the lesson's folder, e.g. `images/chart.png`."),
    ("image 'https://…' is not a file in the lesson folder (warning)", "is not a file in the lesson folder", BODY,
     ["![A chart](https://example.org/chart.png)"], "Pictures from the web are never loaded: save it next to the "
     "lesson."),
]

ACROSS = [  # problems between two lessons: (message, what check says, the fix)
    ("lesson id 'first' is already used by other/lesson.md", "lesson id 'first' is already used by ",
     "Two files say `id: first`: the app shows only the first it finds. Change `id:` in one of them (before "
     "learners use it: progress is kept by id)."),
    ("lesson title 'First' is already used by other/lesson.md in module 'M' (warning)",
     "lesson title 'First' is already used by ", "Learners could not tell the two apart: change one `title:`."),
]

FILES = [  # problems with the file itself: (message, what causes it, the fix)
    ("this is not a text file", "A file with NUL bytes, such as a picture or a Word document renamed `.md`.",
     "Save lessons as plain text."),
    ("text is not valid UTF-8", "Text saved in another encoding (Windows-1252, Latin-1).",
     "Save as UTF-8 (in Notepad: Save as > Encoding > UTF-8)."),
    ("file is too large (… KB)", "A lesson over 2 MB.", "Split it into several lessons."),
    ("the lesson is a link to a file outside its folder", "A symbolic link to a file elsewhere.",
     "Copy the file into the lesson folder."),
    ("cannot read file: …", "A file the app may not read (permissions, a disk error).",
     "Check the file's permissions."),
]


def _code(line: str) -> str:
    shown = line.replace("\t", "⇥")  # a tab, visible
    return f"`` {shown} ``" if "`" in shown else f"`{shown}`"


def example_cell(context: str, lines: list[str]) -> str:
    where = {FRONT: "in the front matter: ", WHOLE_FRONT: "the front matter: ", BODY: "", FILE: "the file: "}[context]
    return where + "<br>".join(_code(line) for line in lines)


def markdown_tables() -> str:
    """The tables of docs/authoring.md's section on what `check` reports."""
    rows = ["| message | example | fix |", "| --- | --- | --- |"]
    rows += [f"| {message} | {example_cell(context, lines)} | {fix} |"
             for message, _expected, context, lines, fix in MESSAGES]
    rows += [f"| {message} | two lessons of one course folder say the same | {fix} |"
             for message, _expected, fix in ACROSS]
    rows += [f"| {message} | {cause} | {fix} |" for message, cause, fix in FILES]
    return "\n".join(rows) + "\n"
