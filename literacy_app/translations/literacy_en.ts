<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Certificate</name>
    <message numerus="yes">
        <source>%n lesson(s) completed: {0}</source>
        <translation>
            <numerusform>%n lesson completed: {0}</numerusform>
            <numerusform>%n lessons completed: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoursePanel</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerRoom</name>
    <message numerus="yes">
        <source>Review my mistakes: %n item(s) due today</source>
        <translation>
            <numerusform>Review my mistakes: %n item due today</numerusform>
            <numerusform>Review my mistakes: %n items due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n lesson(s) could not be loaded: see Help &gt; Lesson problems.</source>
        <translation>
            <numerusform>%n lesson could not be loaded: see Help &gt; Lesson problems.</numerusform>
            <numerusform>%n lessons could not be loaded: see Help &gt; Lesson problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyProgressPage</name>
    <message numerus="yes">
        <source>%n item(s) to review today</source>
        <translation>
            <numerusform>%n item to review today</numerusform>
            <numerusform>%n items to review today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n item(s) to review today: questions you got wrong before, spaced out so that they stick.</source>
        <translation>
            <numerusform>You have %n item to review today: questions you got wrong before, spaced out so that they stick.</numerusform>
            <numerusform>You have %n items to review today: questions you got wrong before, spaced out so that they stick.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackInstaller</name>
    <message numerus="yes">
        <source>%n lesson(s) from {0} are now in the library.</source>
        <translation>
            <numerusform>%n lesson from {0} is now in the library.</numerusform>
            <numerusform>%n lessons from {0} are now in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PcStatusPanel</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PC(s) publish to the class folder, with {0} between them.</source>
        <translation>
            <numerusform>%n PC publishes to the class folder, with {0} between them.</numerusform>
            <numerusform>%n PCs publish to the class folder, with {0} between them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n PC(s) have not published for a long time: their learners&apos; latest work may be missing here.</source>
        <translation>
            <numerusform>⚠ %n PC has not published for a long time: their learners&apos; latest work may be missing here.</numerusform>
            <numerusform>⚠ %n PCs have not published for a long time: their learners&apos; latest work may be missing here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n PC(s) have a problem (see the State column).</source>
        <translation>
            <numerusform>⚠ %n PC has a problem (see the State column).</numerusform>
            <numerusform>⚠ %n PCs have a problem (see the State column).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message numerus="yes">
        <source>Saved %n page(s) as {0}</source>
        <translation>
            <numerusform>Saved %n page as {0}</numerusform>
            <numerusform>Saved %n pages as {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <source>%n learner(s) inactive for more than {0} months ([privacy] keep_months)</source>
        <translation>
            <numerusform>%n learner inactive for more than {0} months ([privacy] keep_months)</numerusform>
            <numerusform>%n learners inactive for more than {0} months ([privacy] keep_months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {0}: %n record(s). It holds the learner&apos;s own words: hand it over as a student record.</source>
        <translation>
            <numerusform>Wrote {0}: %n record. It holds the learner&apos;s own words: hand it over as a student record.</numerusform>
            <numerusform>Wrote {0}: %n records. It holds the learner&apos;s own words: hand it over as a student record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) already sent to the LRS: {0}</source>
        <translation>
            <numerusform>%n statement already sent to the LRS: {0}</numerusform>
            <numerusform>%n statements already sent to the LRS: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} erased (%n record(s) on this PC).</source>
        <translation>
            <numerusform>{0} erased (%n record on this PC).</numerusform>
            <numerusform>{0} erased (%n records on this PC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n learner(s) inactive for more than {0} months, with all their work, for good?</source>
        <translation>
            <numerusform>Erase %n learner inactive for more than {0} months, with all their work, for good?</numerusform>
            <numerusform>Erase %n learners inactive for more than {0} months, with all their work, for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n learner(s)</source>
        <translation>
            <numerusform>Erase %n learner</numerusform>
            <numerusform>Erase %n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSessionPage</name>
    <message numerus="yes">
        <source>Done for today: you reviewed %n item(s) and got {0} right.</source>
        <translation>
            <numerusform>Done for today: you reviewed %n item and got {0} right.</numerusform>
            <numerusform>Done for today: you reviewed %n items and got {0} right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioWidget</name>
    <message numerus="yes">
        <source>Played %n time(s). Best: {0} of {1} ({2}).</source>
        <translation>
            <numerusform>Played %n time. Best: {0} of {1} ({2}).</numerusform>
            <numerusform>Played %n times. Best: {0} of {1} ({2}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message numerus="yes">
        <source>{0}%: %n learner(s)</source>
        <translation>
            <numerusform>{0}%: %n learner</numerusform>
            <numerusform>{0}%: %n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet and will be lost if you close the app now.

Close anyway?</source>
        <translation>
            <numerusform>%n answer could not be saved yet and will be lost if you close the app now.

Close anyway?</numerusform>
            <numerusform>%n answers could not be saved yet and will be lost if you close the app now.

Close anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeacherItems</name>
    <message numerus="yes">
        <source>%n question(s), hardest first. {0} got fewer than half of the answers right (marked ⚠). Click a column title to sort.</source>
        <translation>
            <numerusform>%n question, hardest first. {0} got fewer than half of the answers right (marked ⚠). Click a column title to sort.</numerusform>
            <numerusform>%n questions, hardest first. {0} got fewer than half of the answers right (marked ⚠). Click a column title to sort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0:.0f}% of %n answer(s)</source>
        <translation>
            <numerusform>{0:.0f}% of %n answer</numerusform>
            <numerusform>{0:.0f}% of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeAgo</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>When</name>
    <message numerus="yes">
        <source>in %n day(s) ({0})</source>
        <translation>
            <numerusform>in %n day ({0})</numerusform>
            <numerusform>in %n days ({0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
</TS>
