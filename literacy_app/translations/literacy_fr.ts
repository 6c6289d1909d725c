<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuthorEditor</name>
    <message>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
</context>
<context>
    <name>AuthorMenus</name>
    <message>
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notes pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>Question: single choice</source>
        <translation>Question : choix unique</translation>
    </message>
    <message>
        <source>Question: multiple answers</source>
        <translation>Question : plusieurs réponses</translation>
    </message>
    <message>
        <source>Question: true or false</source>
        <translation>Question : vrai ou faux</translation>
    </message>
    <message>
        <source>Question: short text</source>
        <translation>Question : réponse courte</translation>
    </message>
    <message>
        <source>Question: put in order</source>
        <translation>Question : remettre dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Question: matching</source>
        <translation>Question : associer</translation>
    </message>
    <message>
        <source>Question: a number</source>
        <translation>Question : un nombre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New lesson…</source>
        <translation>&amp;Nouvelle leçon…</translation>
    </message>
    <message>
        <source>Start a lesson from a starter that shows every kind of activity</source>
        <translation>Commencer une leçon à partir d&apos;un modèle qui montre tous les types d&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Ouvrir une leçon…</translation>
    </message>
    <message>
        <source>Open course &amp;folder…</source>
        <translation>Ouvrir le &amp;dossier du cours…</translation>
    </message>
    <message>
        <source>Open a folder of lessons and list them</source>
        <translation>Ouvrir un dossier de leçons et les afficher en liste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close author mode</source>
        <translation>&amp;Fermer le mode auteur</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find and &amp;replace…</source>
        <translation>Rechercher et r&amp;emplacer…</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;Picture…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <source>Copy a picture into the lesson and show it here</source>
        <translation>Copier une image dans la leçon et l&apos;afficher ici</translation>
    </message>
    <message>
        <source>Quiz &amp;question…</source>
        <translation>&amp;Question de quiz…</translation>
    </message>
    <message>
        <source>A question of any type, from a form</source>
        <translation>Une question de n&apos;importe quel type, à partir d&apos;un formulaire</translation>
    </message>
    <message>
        <source>Scenario &amp;node…</source>
        <translation>&amp;Nœud de scénario…</translation>
    </message>
    <message>
        <source>A moment of a branching story</source>
        <translation>Un moment d&apos;une histoire à embranchements</translation>
    </message>
    <message>
        <source>Scenario &amp;choice…</source>
        <translation>&amp;Choix de scénario…</translation>
    </message>
    <message>
        <source>A choice for the node at the cursor</source>
        <translation>Un choix pour le nœud où se trouve le curseur</translation>
    </message>
    <message>
        <source>Feed p&amp;ost…</source>
        <translation>P&amp;ublication du fil…</translation>
    </message>
    <message>
        <source>A made-up social post, with its cues</source>
        <translation>Une publication inventée de réseau social, avec ses indices</translation>
    </message>
    <message>
        <source>&amp;Reflection…</source>
        <translation>&amp;Réflexion…</translation>
    </message>
    <message>
        <source>A question learners answer in writing</source>
        <translation>Une question à laquelle les élèves répondent par écrit</translation>
    </message>
    <message>
        <source>&amp;Teacher note…</source>
        <translation>Note pour l&apos;&amp;enseignant…</translation>
    </message>
    <message>
        <source>Notes only teachers see</source>
        <translation>Notes que seuls les enseignants voient</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Insert a {0} template at the cursor</source>
        <translation>Insérer un modèle « {0} » à la position du curseur</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>As a &amp;learner</source>
        <translation>Comme un &amp;élève</translation>
    </message>
    <message>
        <source>As the &amp;teacher (with teacher notes)</source>
        <translation>Comme l&apos;&amp;enseignant (avec les notes pour l&apos;enseignant)</translation>
    </message>
    <message>
        <source>&amp;Check every lesson of the folder</source>
        <translation>&amp;Vérifier toutes les leçons du dossier</translation>
    </message>
    <message>
        <source>Check every lesson of the course folder, and that no two share an id</source>
        <translation>Vérifier toutes les leçons du dossier du cours, et que deux leçons n&apos;ont pas le même id</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>AuthorProblems</name>
    <message>
        <source>Problems in the lesson</source>
        <translation>Problèmes dans la leçon</translation>
    </message>
    <message>
        <source>✔ No problems: the lesson passes the check.</source>
        <translation>✔ Aucun problème : la leçon passe la vérification.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>{0} Line {1}, column {2}: {3}: {4}</source>
        <translation>{0} Ligne {1}, colonne {2} : {3} : {4}</translation>
    </message>
    <message>
        <source>Hint: {0}</source>
        <translation>Conseil : {0}</translation>
    </message>
    <message>
        <source>Go to line {0}</source>
        <translation>Aller à la ligne {0}</translation>
    </message>
</context>
<context>
    <name>AuthorWindow</name>
    <message>
        <source>Lessons (*.md);;All files (*)</source>
        <translation>Leçons (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Problems (click one to go to its line)</source>
        <translation>Problèmes (cliquez sur l&apos;un d&apos;eux pour aller à sa ligne)</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Leçon sans titre</translation>
    </message>
    <message>
        <source>{0}[*] — Author mode</source>
        <translation>{0}[*] — Mode auteur</translation>
    </message>
    <message>
        <source>Created {0}</source>
        <translation>Créé : {0}</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Open a course folder</source>
        <translation>Ouvrir le dossier d&apos;un cours</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Impossible d&apos;ouvrir la leçon</translation>
    </message>
    <message>
        <source>{0} cannot be opened: {1}</source>
        <translation>Impossible d&apos;ouvrir {0} : {1}</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Modifications non enregistrées trouvées</translation>
    </message>
    <message>
        <source>Author mode closed before the changes to {0} were saved. Bring them back?</source>
        <translation>Le mode auteur s&apos;est fermé avant l&apos;enregistrement des modifications de {0}. Les récupérer ?</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>Lessons (*.md)</source>
        <translation>Leçons (*.md)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The lesson could not be saved: {0}. Your text is still here.</source>
        <translation>La leçon n&apos;a pas pu être enregistrée : {0}. Votre texte est toujours là.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Enregistré : {0}</translation>
    </message>
    <message>
        <source>Save the lesson as</source>
        <translation>Enregistrer la leçon sous</translation>
    </message>
    <message>
        <source>{0} changed in another program; your unsaved changes here are kept.</source>
        <translation>{0} a été modifié dans un autre programme ; vos modifications non enregistrées sont conservées ici.</translation>
    </message>
    <message>
        <source>Reloaded: {0} changed in another program.</source>
        <translation>Rechargé : {0} a été modifié dans un autre programme.</translation>
    </message>
    <message>
        <source>Line {0}, column {1}</source>
        <translation>Ligne {0}, colonne {1}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The lesson has changes that are not saved. Save them?</source>
        <translation>La leçon contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>BlockLabel</name>
    <message>
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notes pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>(nothing ticked)</source>
        <translation>(rien de coché)</translation>
    </message>
    <message>
        <source>(no cue tagged)</source>
        <translation>(aucun indice coché)</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificat de réussite</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Ce certificat atteste que</translation>
    </message>
    <message>
        <source>has completed the course</source>
        <translation>a terminé le cours</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>« {0} »</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) completed: {0}</source>
        <translation>
            <numerusform>%n leçon terminée : {0}</numerusform>
            <numerusform>%n leçons terminées : {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score: {0}</source>
        <translation>Score global : {0}</translation>
    </message>
    <message>
        <source>Completed on {0}</source>
        <translation>Terminé le {0}</translation>
    </message>
    <message>
        <source>Certificate of completion: {0}, {1}</source>
        <translation>Certificat de réussite : {0}, {1}</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>✔ Correct choice.</source>
        <translation>✔ Bon choix.</translation>
    </message>
    <message>
        <source>➜ This one is correct too.</source>
        <translation>➜ Celle-ci est correcte aussi.</translation>
    </message>
    <message>
        <source>➜ This is the answer.</source>
        <translation>➜ Voici la bonne réponse.</translation>
    </message>
    <message>
        <source>✘ Not right.</source>
        <translation>✘ Ce n&apos;est pas la bonne réponse.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>Hands for: {0}</source>
        <translation>Mains levées pour : {0}</translation>
    </message>
</context>
<context>
    <name>ClassPublisher</name>
    <message>
        <source>Class folder status</source>
        <translation>État du dossier de la classe</translation>
    </message>
    <message>
        <source>Class folder: not reachable, work is kept on this PC</source>
        <translation>Dossier de la classe : inaccessible, le travail est conservé sur ce PC</translation>
    </message>
    <message>
        <source>Shared with the class at {0}</source>
        <translation>Partagé avec la classe à {0}</translation>
    </message>
</context>
<context>
    <name>CoursePanel</name>
    <message>
        <source>No course folder open</source>
        <translation>Aucun dossier de cours ouvert</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open a folder of lessons (a course)</source>
        <translation>Ouvrir un dossier de leçons (un cours)</translation>
    </message>
    <message>
        <source>Check every lesson</source>
        <translation>Vérifier toutes les leçons</translation>
    </message>
    <message>
        <source>Check every lesson of the folder, and that no two share an id</source>
        <translation>Vérifier toutes les leçons du dossier, et que deux leçons n&apos;ont pas le même id</translation>
    </message>
    <message>
        <source>Lessons of the course and their problems</source>
        <translation>Leçons du cours et leurs problèmes</translation>
    </message>
    <message>
        <source>Course folder: {0}</source>
        <translation>Dossier du cours : {0}</translation>
    </message>
    <message>
        <source>No lessons in this folder yet: File &gt; New lesson makes one.</source>
        <translation>Pas encore de leçon dans ce dossier : Fichier &gt; Nouvelle leçon en crée une.</translation>
    </message>
    <message>
        <source>{0} {1}:{2} {3}</source>
        <translation>{0} {1}:{2} {3}</translation>
    </message>
    <message>
        <source>Go to line {0} of {1}</source>
        <translation>Aller à la ligne {0} de {1}</translation>
    </message>
    <message>
        <source>{0} checked: {1}, {2}.</source>
        <translation>Vérifié : {0} ; {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved answers are safe, and you can carry on with the lesson. If it keeps happening, tell your teacher.</source>
        <translation>Quelque chose d&apos;inattendu s&apos;est produit. Tes réponses enregistrées sont en sécurité et tu peux continuer la leçon. Si cela se reproduit, préviens ton enseignant.</translation>
    </message>
    <message>
        <source>(no log file: the data folder cannot be written)</source>
        <translation>(pas de fichier journal : impossible d&apos;écrire dans le dossier de données)</translation>
    </message>
    <message>
        <source>For your teacher or IT: {0}
Details were written to {1}</source>
        <translation>Pour ton enseignant ou le service informatique : {0}
Les détails ont été enregistrés dans {1}</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>FeedPostCard</name>
    <message>
        <source>Post {0} of {1}, by {2}</source>
        <translation>Publication {0} sur {1}, par {2}</translation>
    </message>
    <message>
        <source>♥ {0} likes  ·  {1} comments</source>
        <translation>♥ {0} j&apos;aime  ·  {1} commentaires</translation>
    </message>
    <message>
        <source>{0} likes, {1} comments</source>
        <translation>{0} j&apos;aime, {1} commentaires</translation>
    </message>
    <message>
        <source>Which cues do you see in this post? (Tick none if it is a plain post.)</source>
        <translation>Quels indices vois-tu dans cette publication ? (N&apos;en coche aucun si c&apos;est une publication ordinaire.)</translation>
    </message>
    <message>
        <source>{0}, in the post by {1}</source>
        <translation>{0}, dans la publication de {1}</translation>
    </message>
    <message>
        <source>Avatar of {0}</source>
        <translation>Avatar de {0}</translation>
    </message>
    <message>
        <source>[picture missing: {0}]</source>
        <translation>[image manquante : {0}]</translation>
    </message>
    <message>
        <source>Picture in the post by {0}</source>
        <translation>Image de la publication de {0}</translation>
    </message>
    <message>
        <source>✔ Found: {0}</source>
        <translation>✔ Trouvés : {0}</translation>
    </message>
    <message>
        <source>➜ Missed: {0}</source>
        <translation>➜ Manqués : {0}</translation>
    </message>
    <message>
        <source>✘ Not in this post: {0}</source>
        <translation>✘ Pas dans cette publication : {0}</translation>
    </message>
    <message>
        <source>✔ Right: this post has no cues.</source>
        <translation>✔ Exact : cette publication n&apos;a aucun indice.</translation>
    </message>
    <message>
        <source>Points: {0} of {1}</source>
        <translation>Points : {0} sur {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Pourquoi :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>missed: this cue is in the post</source>
        <translation>manqué : cet indice est dans la publication</translation>
    </message>
    <message>
        <source>wrongly tagged: this cue is not in the post</source>
        <translation>coché à tort : cet indice n&apos;est pas dans la publication</translation>
    </message>
</context>
<context>
    <name>FeedPostForm</name>
    <message>
        <source>Insert a feed post</source>
        <translation>Insérer une publication du fil</translation>
    </message>
    <message>
        <source>Tick the cues the post really contains; learners try to find them. The post joins the feed the cursor is in, or starts a new feed there.</source>
        <translation>Cochez les indices que la publication contient vraiment ; les élèves essaient de les trouver. La publication rejoint le fil où se trouve le curseur, ou y commence un nouveau fil.</translation>
    </message>
    <message>
        <source>The name shown on the post</source>
        <translation>Le nom affiché sur la publication</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>@handle (optional)</source>
        <translation>@pseudo (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Pseudo :</translation>
    </message>
    <message>
        <source>What the post says</source>
        <translation>Ce que dit la publication</translation>
    </message>
    <message>
        <source>&amp;Post text:</source>
        <translation>&amp;Texte de la publication :</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id :</translation>
    </message>
    <message>
        <source>e.g. 2h</source>
        <translation>p. ex. 2 h</translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation>Publié :</translation>
    </message>
    <message>
        <source>Likes:</source>
        <translation>J&apos;aime :</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Commentaires :</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Affiché comme :</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Cues in it:</source>
        <translation>Indices présents :</translation>
    </message>
    <message>
        <source>Optional: a cue of your own, e.g. fake-review</source>
        <translation>Facultatif : un indice à vous, p. ex. fake-review</translation>
    </message>
    <message>
        <source>It is added to the cues learners can tag in this feed</source>
        <translation>Il s&apos;ajoute aux indices que les élèves peuvent cocher dans ce fil</translation>
    </message>
    <message>
        <source>&amp;Another cue:</source>
        <translation>&amp;Autre indice :</translation>
    </message>
    <message>
        <source>Shown after checking: why the post has these cues</source>
        <translation>Affiché après la vérification : pourquoi la publication a ces indices</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explication :</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Images ({0})</translation>
    </message>
    <message>
        <source>Give the post a name to show.</source>
        <translation>Donnez un nom à afficher sur la publication.</translation>
    </message>
    <message>
        <source>Write what the post says.</source>
        <translation>Écrivez ce que dit la publication.</translation>
    </message>
    <message>
        <source>A cue uses small letters, digits and &apos;-&apos; only, e.g. fake-review.</source>
        <translation>Un indice ne contient que des minuscules, des chiffres et &apos;-&apos;, p. ex. fake-review.</translation>
    </message>
    <message>
        <source>Explain the post&apos;s cues (or why it has none): learners read it after checking.</source>
        <translation>Expliquez les indices de la publication (ou pourquoi elle n&apos;en a aucun) : les élèves le lisent après la vérification.</translation>
    </message>
</context>
<context>
    <name>FeedWidget</name>
    <message>
        <source>Feed: spot the cues</source>
        <translation>Fil : repère les indices</translation>
    </message>
    <message>
        <source>Feed · {0} posts · spot the cues</source>
        <translation>Fil · publications : {0} · repère les indices</translation>
    </message>
    <message>
        <source>Feed: {0} posts, spot the cues</source>
        <translation>Fil : publications : {0}, repère les indices</translation>
    </message>
    <message>
        <source>Scroll through the feed. For each post, tick the cues you notice, then press “Check my tags”.</source>
        <translation>Fais défiler le fil. Pour chaque publication, coche les indices que tu remarques, puis appuie sur « Vérifier mes choix ».</translation>
    </message>
    <message>
        <source>Check my tags</source>
        <translation>Vérifier mes choix</translation>
    </message>
    <message>
        <source>Check the cues I tagged in every post</source>
        <translation>Vérifier les indices que j&apos;ai cochés dans chaque publication</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Clear my tags and try the feed again</source>
        <translation>Effacer mes choix et refaire le fil</translation>
    </message>
    <message>
        <source>You found {0} of {1} cues. Missed: {2}. Wrongly tagged: {3}. Score: {4} of {5} points.</source>
        <translation>Indices trouvés : {0} sur {1}. Manqués : {2}. Cochés à tort : {3}. Score : {4} sur {5} points.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>grades</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>all-attempts</source>
        <translation>toutes-les-tentatives</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>xapi-statements</source>
        <translation>declarations-xapi</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>liste-de-classe</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>eleve</translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>answer-key</source>
        <translation>corrige</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close find and replace (Esc)</source>
        <translation>Fermer la recherche (Échap)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>{0} replaced</source>
        <translation>Remplacés : {0}</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>Trouvés : {0}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>{0}. {1} (a baseline: not counted in “Needs help”)</source>
        <translation>{0}. {1} (point de départ : non compté dans « A besoin d&apos;aide »)</translation>
    </message>
    <message>
        <source>below {0}% in “{1}” ({2}%)</source>
        <translation>sous {0} % dans « {1} » ({2} %)</translation>
    </message>
    <message>
        <source>no lesson started after the pre-test</source>
        <translation>aucune leçon commencée après le test initial</translation>
    </message>
    <message>
        <source>no lesson of “{0}” started after its pre-test</source>
        <translation>aucune leçon de « {0} » commencée après son test initial</translation>
    </message>
    <message>
        <source>{0}: needs help: {1}</source>
        <translation>{0} : a besoin d&apos;aide : {1}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{0} · last active {1}</source>
        <translation>{0} · dernière activité : {1}</translation>
    </message>
    <message>
        <source>started</source>
        <translation>commencée</translation>
    </message>
    <message>
        <source>{0} · {1}: not started</source>
        <translation>{0} · {1} : pas commencée</translation>
    </message>
    <message>
        <source>best score {0:.0f}%</source>
        <translation>meilleur score : {0:.0f} %</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>pas encore de score</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>completed {0}</source>
        <translation>terminée le {0}</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>pas terminée</translation>
    </message>
    <message>
        <source>last activity {0}</source>
        <translation>dernière activité : {0}</translation>
    </message>
</context>
<context>
    <name>IdField</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;-&apos; and &apos;_&apos;. Learners&apos; answers are kept by id: do not change it once the lesson is in use.</source>
        <translation>Lettres, chiffres, &apos;-&apos; et &apos;_&apos;. Les réponses des élèves sont rangées par id : ne le changez pas une fois la leçon utilisée.</translation>
    </message>
    <message>
        <source>Give it an id.</source>
        <translation>Donnez-lui un id.</translation>
    </message>
    <message>
        <source>The id &apos;{0}&apos; may use letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>L&apos;id &apos;{0}&apos; ne peut contenir que des lettres, des chiffres, &apos;-&apos; et &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The id &apos;{0}&apos; is already used in this lesson.</source>
        <translation>L&apos;id &apos;{0}&apos; est déjà utilisé dans cette leçon.</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Insert a picture</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>The picture is copied into the lesson&apos;s images folder. Pictures wider or taller than {0} pixels are made smaller.</source>
        <translation>L&apos;image est copiée dans le dossier d&apos;images de la leçon. Les images de plus de {0} pixels de large ou de haut sont réduites.</translation>
    </message>
    <message>
        <source>No picture chosen</source>
        <translation>Aucune image choisie</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>e.g. A phone showing a post with #ad at the end</source>
        <translation>p. ex. Un téléphone qui affiche une publication terminée par #pub</translation>
    </message>
    <message>
        <source>Screen readers read this to learners who cannot see the picture</source>
        <translation>Les lecteurs d&apos;écran lisent ce texte aux élèves qui ne voient pas l&apos;image</translation>
    </message>
    <message>
        <source>&amp;Describe it:</source>
        <translation>&amp;Décrivez-la :</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Images ({0})</translation>
    </message>
    <message>
        <source>(no preview of this file)</source>
        <translation>(pas d&apos;aperçu de ce fichier)</translation>
    </message>
    <message>
        <source>Choose a picture file.</source>
        <translation>Choisissez un fichier image.</translation>
    </message>
    <message>
        <source>Lessons show PNG, JPEG, GIF, WebP and SVG pictures.</source>
        <translation>Les leçons affichent les images PNG, JPEG, GIF, WebP et SVG.</translation>
    </message>
    <message>
        <source>Describe the picture in a few words, for learners who cannot see it.</source>
        <translation>Décrivez l&apos;image en quelques mots, pour les élèves qui ne peuvent pas la voir.</translation>
    </message>
</context>
<context>
    <name>Inserter</name>
    <message>
        <source>Put the cursor in a scenario node first: the choice is added to that node.</source>
        <translation>Placez d&apos;abord le curseur dans un nœud du scénario : le choix est ajouté à ce nœud.</translation>
    </message>
    <message>
        <source>The picture could not be copied: {0}</source>
        <translation>L&apos;image n&apos;a pas pu être copiée : {0}</translation>
    </message>
    <message>
        <source>Copied to {0} (made smaller)</source>
        <translation>Copiée dans {0} (réduite)</translation>
    </message>
    <message>
        <source>Copied to {0}</source>
        <translation>Copiée dans {0}</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Automatic (the lesson&apos;s or the computer&apos;s language)</source>
        <translation>Automatique (la langue de la leçon ou de l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>Media Literacy Lab — as the teacher sees it (nothing is stored)</source>
        <translation>Media Literacy Lab — vue enseignant (rien n&apos;est enregistré)</translation>
    </message>
    <message>
        <source>Teacher preview</source>
        <translation>Aperçu enseignant</translation>
    </message>
</context>
<context>
    <name>LearnerRoom</name>
    <message>
        <source>My progress</source>
        <translation>Mes progrès</translation>
    </message>
    <message>
        <source>Your lessons, scores, time and what to do next (Ctrl+Shift+M)</source>
        <translation>Tes leçons, tes scores, ton temps et la suite (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>Review my mistakes</source>
        <translation>Revoir mes erreurs</translation>
    </message>
    <message>
        <source>Review ({0} due)</source>
        <translation>À revoir : {0}</translation>
    </message>
    <message>
        <source>Review: nothing due</source>
        <translation>Révisions : à jour</translation>
    </message>
    <message numerus="yes">
        <source>Review my mistakes: %n item(s) due today</source>
        <translation>
            <numerusform>Revoir mes erreurs : %n question à revoir aujourd&apos;hui</numerusform>
            <numerusform>Revoir mes erreurs : %n questions à revoir aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Review my mistakes ({0} due)</source>
        <translation>Revoir mes erreurs ({0} à faire)</translation>
    </message>
    <message>
        <source>You completed “{0}”! Your certificate is saved as {1} (also in My progress).</source>
        <translation>Tu as terminé « {0} » ! Ton certificat est enregistré sous {1} (aussi dans Mes progrès).</translation>
    </message>
    <message>
        <source>Certificate saved: {0}</source>
        <translation>Certificat enregistré : {0}</translation>
    </message>
    <message>
        <source>Save your certificate</source>
        <translation>Enregistrer ton certificat</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Progress through the lesson</source>
        <translation>Progression dans la leçon</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Étape suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Choose a lesson from the list on the left.</source>
        <translation>Choisis une leçon dans la liste à gauche.</translation>
    </message>
    <message>
        <source>Lesson complete. Well done!</source>
        <translation>Leçon terminée. Bravo !</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Étape {0}</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} questions not answered</source>
        <translation>{0} : {1} questions sur {2} sans réponse</translation>
    </message>
    <message>
        <source>{0}: not played yet</source>
        <translation>{0} : pas encore joué</translation>
    </message>
    <message>
        <source>{0}: not written yet</source>
        <translation>{0} : pas encore écrite</translation>
    </message>
    <message>
        <source>{0}: not submitted yet</source>
        <translation>{0} : pas encore envoyé</translation>
    </message>
    <message>
        <source>Finish the lesson?</source>
        <translation>Terminer la leçon ?</translation>
    </message>
    <message>
        <source>Some activities are not done yet:</source>
        <translation>Certaines activités ne sont pas encore faites :</translation>
    </message>
    <message>
        <source>Finish the lesson anyway?</source>
        <translation>Terminer la leçon quand même ?</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Terminer quand même</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Étape {0} sur {1} : {2}</translation>
    </message>
    <message>
        <source>Step %v of %m</source>
        <translation>Étape %v sur %m</translation>
    </message>
    <message>
        <source>Finish lesson ✔</source>
        <translation>Terminer la leçon ✔</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>Terminer la leçon</translation>
    </message>
    <message>
        <source>**In this lesson you will:**</source>
        <translation>**Dans cette leçon, tu vas :**</translation>
    </message>
    <message>
        <source>What you will learn</source>
        <translation>Ce que tu vas apprendre</translation>
    </message>
    <message>
        <source>Lesson text: {0}</source>
        <translation>Texte de la leçon : {0}</translation>
    </message>
    <message>
        <source>**Teacher notes**</source>
        <translation>**Notes pour l&apos;enseignant**</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notes pour l&apos;enseignant</translation>
    </message>
</context>
<context>
    <name>LibrarySidebar</name>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Other lessons</source>
        <translation>Autres leçons</translation>
    </message>
    <message>
        <source>No lesson could be opened:
they all have mistakes.
See Help &gt; Lesson problems.</source>
        <translation>Aucune leçon n&apos;a pu être ouverte :
elles contiennent toutes des erreurs.
Voir Aide &gt; Problèmes des leçons.</translation>
    </message>
    <message>
        <source>No lessons were found.
The course that comes with
the app is missing: ask your
teacher or IT to reinstall it.</source>
        <translation>Aucune leçon n&apos;a été trouvée.
Le cours fourni avec
l&apos;application est absent : demande
à ton enseignant ou au service
informatique de la réinstaller.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>{0}
{1} of {2} done</source>
        <translation>{0}
{1} sur {2} faites</translation>
    </message>
</context>
<context>
    <name>LrsClassDialog</name>
    <message>
        <source>Open class from LRS</source>
        <translation>Ouvrir la classe depuis le LRS</translation>
    </message>
    <message>
        <source>Read a class from the district&apos;s Learning Record Store: every PC&apos;s results that reached it, also from PCs that share no folder with this one.</source>
        <translation>Lire une classe depuis le Learning Record Store (LRS) de l&apos;académie : tous les résultats des PC qui y sont arrivés, y compris ceux des PC qui ne partagent aucun dossier avec celui-ci.</translation>
    </message>
    <message>
        <source>optional: a CSV with name, student id, account</source>
        <translation>facultatif : un CSV avec nom, numéro d&apos;élève, compte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>LRS address</source>
        <translation>Adresse du LRS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste de classe</translation>
    </message>
    <message>
        <source>Without a roster, learners are shown by their account (“Learner 1a2b3c4d”). A roster exported on a PC (Export… → Class roster CSV) names them.</source>
        <translation>Sans liste de classe, les élèves apparaissent sous leur compte (« Learner 1a2b3c4d »). Une liste de classe exportée sur un PC (Exporter… → Liste de classe CSV) leur donne un nom.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Open class</source>
        <translation>Ouvrir la classe</translation>
    </message>
    <message>
        <source>Roster for the LRS class</source>
        <translation>Liste de la classe du LRS</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Type the LRS address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du LRS.</translation>
    </message>
    <message>
        <source>Reading statements from {0} …</source>
        <translation>Lecture des déclarations de {0} …</translation>
    </message>
    <message>
        <source>Reading the class failed: {0}</source>
        <translation>La lecture de la classe a échoué : {0}</translation>
    </message>
    <message>
        <source>{0} statements read …</source>
        <translation>Déclarations lues : {0} …</translation>
    </message>
    <message>
        <source>The class could not be built: {0}</source>
        <translation>La classe n&apos;a pas pu être construite : {0}</translation>
    </message>
</context>
<context>
    <name>LrsClassWindow</name>
    <message>
        <source>Class from the LRS — {0}</source>
        <translation>Classe depuis le LRS — {0}</translation>
    </message>
    <message>
        <source>{0} learners, {1} statements from {2}.</source>
        <translation>Élèves : {0} ; déclarations de {2} : {1}.</translation>
    </message>
    <message>
        <source>{0} statements of other apps were left out.</source>
        <translation>Déclarations d&apos;autres applications laissées de côté : {0}.</translation>
    </message>
    <message>
        <source>{0} voided statements were removed.</source>
        <translation>Déclarations annulées retirées : {0}.</translation>
    </message>
    <message>
        <source>{0} statements could not be read.</source>
        <translation>Déclarations illisibles : {0}.</translation>
    </message>
    <message>
        <source>Feed posts and reflection texts stay on the learners&apos; PCs.</source>
        <translation>Les publications du fil et les textes de réflexion restent sur les PC des élèves.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LrsStatusWidget</name>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Try to deliver the waiting statements right away</source>
        <translation>Essayer de livrer tout de suite les déclarations en attente</translation>
    </message>
    <message>
        <source>Statements the LRS refused, with the reason</source>
        <translation>Déclarations refusées par le LRS, avec la raison</translation>
    </message>
    <message>
        <source>Connection to the district&apos;s Learning Record Store</source>
        <translation>Connexion au Learning Record Store (LRS) de l&apos;académie</translation>
    </message>
    <message>
        <source>LRS address</source>
        <translation>Adresse du LRS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Saved in plain text in this PC&apos;s results database. A config file set up by IT takes precedence.</source>
        <translation>Enregistré en clair dans la base de résultats de ce PC. Un fichier de configuration installé par le service informatique est prioritaire.</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Enregistrer et se connecter</translation>
    </message>
    <message>
        <source>Results go to {0} (set in the {1}).</source>
        <translation>Les résultats vont à {0} (réglé dans : {1}).</translation>
    </message>
    <message>
        <source>Results go to {0} (set in the teacher settings).</source>
        <translation>Les résultats vont à {0} (réglé dans les paramètres de l&apos;enseignant).</translation>
    </message>
    <message>
        <source>No Learning Record Store is set. Results are kept on this PC and will be sent once one is set below or in the config file.</source>
        <translation>Aucun Learning Record Store n&apos;est réglé. Les résultats restent sur ce PC et seront envoyés dès qu&apos;un LRS sera réglé ci-dessous ou dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>Waiting: {0}</source>
        <translation>En attente : {0}</translation>
    </message>
    <message>
        <source>Delivered: {0}</source>
        <translation>Livrées : {0}</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Refusées : {0}</translation>
    </message>
    <message>
        <source>Last try: {0}</source>
        <translation>Dernier essai : {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>last delivery: {0}</source>
        <translation>dernière livraison : {0}</translation>
    </message>
    <message>
        <source>Last error: {0}. Statements stay queued and are retried.</source>
        <translation>Dernière erreur : {0}. Les déclarations restent en file d&apos;attente et seront renvoyées.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Media Literacy Lab</source>
        <translation>Media Literacy Lab</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) could not be loaded: see Help &gt; Lesson problems.</source>
        <translation>
            <numerusform>%n leçon n&apos;a pas pu être chargée : voir Aide &gt; Problèmes des leçons.</numerusform>
            <numerusform>%n leçons n&apos;ont pas pu être chargées : voir Aide &gt; Problèmes des leçons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Switch learner</source>
        <translation>Changer d&apos;élève</translation>
    </message>
    <message>
        <source>Go back to &quot;Who&apos;s learning?&quot;</source>
        <translation>Revenir à « Qui apprend ? »</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Show or hide the list of lessons (Ctrl+L)</source>
        <translation>Afficher ou masquer la liste des leçons (Ctrl+L)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texte plus petit (Ctrl+-)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl++)</source>
        <translation>Texte plus grand (Ctrl++)</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
    <message>
        <source>Author mode…</source>
        <translation>Mode auteur…</translation>
    </message>
    <message>
        <source>Open a lesson file to edit it beside a live preview</source>
        <translation>Ouvrir le fichier d&apos;une leçon pour le modifier à côté d&apos;un aperçu en direct</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Lesson problems…</source>
        <translation>Problèmes des leçons…</translation>
    </message>
    <message>
        <source>{0} is already here: pick the tile.</source>
        <translation>{0} est déjà là : choisis sa vignette.</translation>
    </message>
    <message>
        <source>Learning: {0}</source>
        <translation>Élève : {0}</translation>
    </message>
    <message>
        <source>“{0}” is complete.</source>
        <translation>« {0} » est terminée.</translation>
    </message>
    <message>
        <source>Lesson complete. Next up: {0}, in the list on the left.</source>
        <translation>Leçon terminée. Ensuite : {0}, dans la liste à gauche.</translation>
    </message>
    <message>
        <source>Lesson problems</source>
        <translation>Problèmes des leçons</translation>
    </message>
    <message>
        <source>Every lesson loaded without errors.</source>
        <translation>Toutes les leçons se sont chargées sans erreur.</translation>
    </message>
    <message>
        <source>These lessons have errors and are not shown:</source>
        <translation>Ces leçons contiennent des erreurs et ne sont pas affichées :</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Text size {0}%</source>
        <translation>Taille du texte : {0} %</translation>
    </message>
    <message>
        <source>Text size {0}%: back to 100% (Ctrl+0)</source>
        <translation>Taille du texte : {0} % ; revenir à 100 % (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Match for: {0}</source>
        <translation>Associé à : {0}</translation>
    </message>
    <message>
        <source>Correct pairs: {0}</source>
        <translation>Bonnes paires : {0}</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
</context>
<context>
    <name>MyProgressPage</name>
    <message>
        <source>My progress</source>
        <translation>Mes progrès</translation>
    </message>
    <message>
        <source>◀ Back to lessons</source>
        <translation>◀ Retour aux leçons</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Retour aux leçons</translation>
    </message>
    <message>
        <source>Back to the lessons (Esc)</source>
        <translation>Retour aux leçons (Échap)</translation>
    </message>
    <message>
        <source>{0} of {1} lessons completed</source>
        <translation>Leçons terminées : {0} sur {1}</translation>
    </message>
    <message>
        <source>time spent: {0}</source>
        <translation>temps passé : {0}</translation>
    </message>
    <message>
        <source>nothing to review today</source>
        <translation>rien à revoir aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to review today</source>
        <translation>
            <numerusform>%n question à revoir aujourd&apos;hui</numerusform>
            <numerusform>%n questions à revoir aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n item(s) to review today: questions you got wrong before, spaced out so that they stick.</source>
        <translation>
            <numerusform>Tu as %n question à revoir aujourd&apos;hui : des questions que tu as ratées, espacées dans le temps pour bien les retenir.</numerusform>
            <numerusform>Tu as %n questions à revoir aujourd&apos;hui : des questions que tu as ratées, espacées dans le temps pour bien les retenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Revoir maintenant</translation>
    </message>
    <message>
        <source>Carry on with “{0}”: you are on step {1} of {2}.</source>
        <translation>Continue « {0} » : tu es à l&apos;étape {1} sur {2}.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Start “{0}”.</source>
        <translation>Commence « {0} ».</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>You completed “{0}”. Save your certificate of completion.</source>
        <translation>Tu as terminé « {0} ». Enregistre ton certificat de réussite.</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Enregistrer le certificat…</translation>
    </message>
    <message>
        <source>You have completed every lesson. Well done! Your mistakes come back for review on the days they are due.</source>
        <translation>Tu as terminé toutes les leçons. Bravo ! Tes erreurs reviendront à revoir les jours prévus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Ensuite :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Other lessons</source>
        <translation>Autres leçons</translation>
    </message>
    <message>
        <source>Module: {0}</source>
        <translation>Module : {0}</translation>
    </message>
    <message>
        <source>average best score: {0}</source>
        <translation>moyenne des meilleurs scores : {0}</translation>
    </message>
    <message>
        <source>Best score per lesson in {0}</source>
        <translation>Meilleur score par leçon dans {0}</translation>
    </message>
    <message>
        <source>✔ completed</source>
        <translation>✔ terminée</translation>
    </message>
    <message>
        <source>◐ step {0} of {1}</source>
        <translation>◐ étape {0} sur {1}</translation>
    </message>
    <message>
        <source>○ not started</source>
        <translation>○ pas commencée</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Meilleur score</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Reste à faire</translation>
    </message>
    <message>
        <source>Lessons of {0}: press Enter to open one</source>
        <translation>Leçons de {0} : appuie sur Entrée pour en ouvrir une</translation>
    </message>
    <message>
        <source>{0} (step {1})</source>
        <translation>{0} (étape {1})</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before and after: pre-test and post-test&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avant et après : test initial et test final&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Take the pre-test (“{0}”) at the start and the post-test (“{1}”) at the end: then you see what you learned.</source>
        <translation>Fais le test initial (« {0} ») au début et le test final (« {1} ») à la fin : tu verras alors ce que tu as appris.</translation>
    </message>
    <message>
        <source>Pre-test: {0}. The post-test comes at the end of the module; then you see what you learned, objective by objective.</source>
        <translation>Test initial : {0}. Le test final arrive à la fin du module ; tu verras alors ce que tu as appris, objectif par objectif.</translation>
    </message>
    <message>
        <source>Post-test: {0}. (You did not take the pre-test, so there is nothing to compare.)</source>
        <translation>Test final : {0}. (Tu n&apos;as pas fait le test initial, il n&apos;y a donc rien à comparer.)</translation>
    </message>
    <message>
        <source>Pre-test: {0} → post-test: {1} ({2:+.0f} points).</source>
        <translation>Test initial : {0} → test final : {1} ({2:+.0f} points).</translation>
    </message>
    <message>
        <source>Pre-test and post-test per objective</source>
        <translation>Test initial et test final par objectif</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Test initial</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Test final</translation>
    </message>
    <message>
        <source>Module completed: your certificate is ready.</source>
        <translation>Module terminé : ton certificat est prêt.</translation>
    </message>
    <message>
        <source>Complete every lesson of this module to get a certificate ({0} to go).</source>
        <translation>Termine toutes les leçons de ce module pour obtenir un certificat (il en reste {0}).</translation>
    </message>
    <message>
        <source>Show my score</source>
        <translation>Afficher mon score</translation>
    </message>
    <message>
        <source>Show my score on the certificate</source>
        <translation>Afficher mon score sur le certificat</translation>
    </message>
    <message>
        <source>Save the certificate of {0} as a PDF</source>
        <translation>Enregistrer le certificat de {0} en PDF</translation>
    </message>
</context>
<context>
    <name>NewLessonDialog</name>
    <message>
        <source>New lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
    <message>
        <source>The new lesson shows every kind of activity with example text, ready to be replaced with yours.</source>
        <translation>La nouvelle leçon montre tous les types d&apos;activité avec un texte d&apos;exemple, prêt à être remplacé par le vôtre.</translation>
    </message>
    <message>
        <source>Create the lesson</source>
        <translation>Créer la leçon</translation>
    </message>
    <message>
        <source>e.g. Spotting sponsored posts</source>
        <translation>p. ex. Repérer les publications sponsorisées</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Lessons are grouped by module in the learners&apos; list</source>
        <translation>Les leçons sont regroupées par module dans la liste des élèves</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>The language the lesson is written in (a code such as en or fr)</source>
        <translation>La langue dans laquelle la leçon est écrite (un code comme fr ou es)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Course folder:</source>
        <translation>Dossier du cours :</translation>
    </message>
    <message>
        <source>My course</source>
        <translation>Mon cours</translation>
    </message>
    <message>
        <source>Choose the course folder</source>
        <translation>Choisir le dossier du cours</translation>
    </message>
    <message>
        <source>It will be saved as {0}, with the id “{1}”.</source>
        <translation>Elle sera enregistrée sous {0}, avec l&apos;id « {1} ».</translation>
    </message>
    <message>
        <source>Give the lesson a title.</source>
        <translation>Donnez un titre à la leçon.</translation>
    </message>
    <message>
        <source>Name the module the lesson belongs to.</source>
        <translation>Indiquez le module auquel la leçon appartient.</translation>
    </message>
    <message>
        <source>“{0}” already has a lesson called “{1}” ({2}): choose another title, so learners can tell them apart.</source>
        <translation>« {0} » a déjà une leçon appelée « {1} » ({2}) : choisissez un autre titre pour que les élèves puissent les distinguer.</translation>
    </message>
    <message>
        <source>The lesson could not be written: {0}</source>
        <translation>La leçon n&apos;a pas pu être écrite : {0}</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <source>Presenter notes</source>
        <translation>Notes de présentation</translation>
    </message>
    <message>
        <source>Teacher notes for the slide on the projector</source>
        <translation>Notes pour l&apos;enseignant de la diapositive projetée</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notes pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · next: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · ensuite : {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Réponse :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>No teacher notes here.</source>
        <translation>Pas de notes pour l&apos;enseignant ici.</translation>
    </message>
</context>
<context>
    <name>NumericInput</name>
    <message>
        <source>Type a number</source>
        <translation>Écris un nombre</translation>
    </message>
    <message>
        <source>Your answer, in {0}</source>
        <translation>Ta réponse, en {0}</translation>
    </message>
    <message>
        <source>Write the unit too.</source>
        <translation>Écris aussi l&apos;unité.</translation>
    </message>
    <message>
        <source>A number and its unit</source>
        <translation>Un nombre et son unité</translation>
    </message>
    <message>
        <source>Your answer, a number and its unit</source>
        <translation>Ta réponse, un nombre et son unité</translation>
    </message>
    <message>
        <source>Your answer, a number</source>
        <translation>Ta réponse, un nombre</translation>
    </message>
    <message>
        <source>✔ Accepted.</source>
        <translation>✔ Acceptée.</translation>
    </message>
    <message>
        <source>✘ Not accepted.</source>
        <translation>✘ Refusée.</translation>
    </message>
    <message>
        <source>The answer is not a number.</source>
        <translation>La réponse n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The answer needs its unit: {0}.</source>
        <translation>La réponse doit avoir son unité : {0}.</translation>
    </message>
    <message>
        <source>The answer must be in {0}.</source>
        <translation>La réponse doit être en {0}.</translation>
    </message>
    <message>
        <source>The answer: {0}.</source>
        <translation>La réponse : {0}.</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>de {0} à {1}</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Items to put in order</source>
        <translation>Éléments à remettre dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Monter l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Descendre l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Correct order: {0}</source>
        <translation>Bon ordre : {0}</translation>
    </message>
</context>
<context>
    <name>PackInstaller</name>
    <message>
        <source>Install lesson pack…</source>
        <translation>Installer un pack de leçons…</translation>
    </message>
    <message>
        <source>Add the lessons of a .zip lesson pack (teacher mode)</source>
        <translation>Ajouter les leçons d&apos;un pack de leçons .zip (mode enseignant)</translation>
    </message>
    <message>
        <source>Install lesson pack</source>
        <translation>Installer un pack de leçons</translation>
    </message>
    <message>
        <source>Lesson packs (*.zip)</source>
        <translation>Packs de leçons (*.zip)</translation>
    </message>
    <message>
        <source>Teachers only</source>
        <translation>Réservé aux enseignants</translation>
    </message>
    <message>
        <source>Installing lessons is part of teacher mode. Enter the teacher PIN first.</source>
        <translation>L&apos;installation de leçons fait partie du mode enseignant. Saisissez d&apos;abord le code PIN enseignant.</translation>
    </message>
    <message>
        <source>Lesson pack installed</source>
        <translation>Pack de leçons installé</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) from {0} are now in the library.</source>
        <translation>
            <numerusform>%n leçon de {0} est maintenant dans la bibliothèque.</numerusform>
            <numerusform>%n leçons de {0} sont maintenant dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson pack refused</source>
        <translation>Pack de leçons refusé</translation>
    </message>
    <message>
        <source>{0} was not installed. Nothing was changed. Reasons:</source>
        <translation>{0} n&apos;a pas été installé. Rien n&apos;a été modifié. Raisons :</translation>
    </message>
</context>
<context>
    <name>PcStatusPanel</name>
    <message>
        <source>PCs publishing to the class folder</source>
        <translation>PC qui publient dans le dossier de la classe</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>Dernière publication</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>published {0}</source>
        <translation>publié : {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>⚠ {0}; last published {1}</source>
        <translation>⚠ {0} ; dernière publication : {1}</translation>
    </message>
    <message>
        <source>⚠ quiet for a long time: last published {0}</source>
        <translation>⚠ silencieux depuis longtemps : dernière publication : {0}</translation>
    </message>
    <message>
        <source>✔ up to date</source>
        <translation>✔ à jour</translation>
    </message>
    <message>
        <source>No PC has published to the class folder yet.</source>
        <translation>Aucun PC n&apos;a encore publié dans le dossier de la classe.</translation>
    </message>
    <message numerus="yes">
        <source>%n PC(s) publish to the class folder, with {0} between them.</source>
        <translation>
            <numerusform>%n PC publie dans le dossier de la classe, avec {0} au total.</numerusform>
            <numerusform>%n PC publient dans le dossier de la classe, avec {0} au total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n PC(s) have not published for a long time: their learners&apos; latest work may be missing here.</source>
        <translation>
            <numerusform>⚠ %n PC n&apos;a pas publié depuis longtemps : le dernier travail de ses élèves peut manquer ici.</numerusform>
            <numerusform>⚠ %n PC n&apos;ont pas publié depuis longtemps : le dernier travail de leurs élèves peut manquer ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n PC(s) have a problem (see the State column).</source>
        <translation>
            <numerusform>⚠ %n PC a un problème (voir la colonne État).</numerusform>
            <numerusform>⚠ %n PC ont un problème (voir la colonne État).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Teacher mode</source>
        <translation>Mode enseignant</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 12 digits). Students must not see it.</source>
        <translation>Choisissez un code PIN enseignant (4 à 12 chiffres). Les élèves ne doivent pas le voir.</translation>
    </message>
    <message>
        <source>Enter the teacher PIN.</source>
        <translation>Saisissez le code PIN enseignant.</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>Code PIN enseignant</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN :</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>Code PIN enseignant, à nouveau</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>À nouveau :</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Définir le code PIN</translation>
    </message>
    <message>
        <source>Open teacher view</source>
        <translation>Ouvrir la vue enseignant</translation>
    </message>
    <message>
        <source>Wrong PIN. You can try again in {0} s.</source>
        <translation>Code PIN incorrect. Vous pourrez réessayer dans {0} s.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN sont différents. Saisissez deux fois le même code.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Utilisez uniquement des chiffres.</translation>
    </message>
    <message>
        <source>Use {0} to {1} digits.</source>
        <translation>Utilisez de {0} à {1} chiffres.</translation>
    </message>
</context>
<context>
    <name>PostSlide</name>
    <message>
        <source>Check the class&apos;s cues</source>
        <translation>Vérifier les indices de la classe</translation>
    </message>
    <message>
        <source>Check the cues the class found in this post</source>
        <translation>Vérifier les indices que la classe a trouvés dans cette publication</translation>
    </message>
    <message>
        <source>none: a plain post</source>
        <translation>aucun : une publication ordinaire</translation>
    </message>
    <message>
        <source>Cues: {0}</source>
        <translation>Indices : {0}</translation>
    </message>
</context>
<context>
    <name>PresenterCommand</name>
    <message>
        <source>Presenter mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Show the open lesson full screen on a projector, one step at a time (F5)</source>
        <translation>Afficher la leçon ouverte en plein écran sur un projecteur, une étape à la fois (F5)</translation>
    </message>
    <message>
        <source>Open a lesson first, then present it.</source>
        <translation>Ouvrez d&apos;abord une leçon, puis présentez-la.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>PageDown/→ next · PageUp/← back · 1-9 the class&apos;s choice · A answer · T count hands · Esc leave</source>
        <translation>PgSuiv/→ suivant · PgPréc/← retour · 1-9 choix de la classe · A réponse · T compter les mains · Échap quitter</translation>
    </message>
    <message>
        <source>Presenter: {0}</source>
        <translation>Présentation : {0}</translation>
    </message>
    <message>
        <source>Presenter mode: {0}</source>
        <translation>Mode présentation : {0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>{0}, {1} of {2}</source>
        <translation>{0}, {1} sur {2}</translation>
    </message>
    <message>
        <source>In this lesson you will:</source>
        <translation>Dans cette leçon, tu vas :</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} sur {1} : {2}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview as:</source>
        <translation>Aperçu comme :</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>What a learner sees: no teacher notes</source>
        <translation>Ce que voit un élève : sans les notes pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>What the teacher sees: with teacher notes</source>
        <translation>Ce que voit l&apos;enseignant : avec les notes pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>Try the activities: nothing is saved.</source>
        <translation>Essayez les activités : rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>Imprimer / Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the open lesson as a PDF worksheet to print (Ctrl+P)</source>
        <translation>Enregistrer la leçon ouverte en fiche PDF à imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Open a lesson first, then print it.</source>
        <translation>Ouvrez d&apos;abord une leçon, puis imprimez-la.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}</source>
        <translation>Le PDF n&apos;a pas pu être enregistré : {0}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) as {0}</source>
        <translation>
            <numerusform>%n page enregistrée sous {0}</numerusform>
            <numerusform>%n pages enregistrées sous {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print / Save as PDF</source>
        <translation>Imprimer / Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The lesson is saved as a PDF worksheet: print it from your PDF viewer.</source>
        <translation>La leçon est enregistrée en fiche PDF : imprimez-la depuis votre lecteur PDF.</translation>
    </message>
    <message>
        <source>This lesson: “{0}”</source>
        <translation>Cette leçon : « {0} »</translation>
    </message>
    <message>
        <source>Every lesson of “{0}” ({1} lessons)</source>
        <translation>Toutes les leçons de « {0} » ({1} leçons)</translation>
    </message>
    <message>
        <source>Add the answer key and teacher notes</source>
        <translation>Ajouter le corrigé et les notes pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>Add the answer key and teacher notes (teacher mode only)</source>
        <translation>Ajouter le corrigé et les notes pour l&apos;enseignant (mode enseignant uniquement)</translation>
    </message>
    <message>
        <source>Only in teacher mode</source>
        <translation>Uniquement en mode enseignant</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Open the PDF when it is saved</source>
        <translation>Ouvrir le PDF une fois enregistré</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Learners&apos; data…</source>
        <translation>Données des élèves…</translation>
    </message>
    <message>
        <source>How learners sign in; export or erase one learner&apos;s data; retention</source>
        <translation>Comment les élèves se connectent ; exporter ou effacer les données d&apos;un élève ; conservation</translation>
    </message>
    <message>
        <source>Learners&apos; data ({0} to erase)…</source>
        <translation>Données des élèves ({0} à effacer)…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) inactive for more than {0} months ([privacy] keep_months)</source>
        <translation>
            <numerusform>%n élève inactif depuis plus de {0} mois ([privacy] keep_months)</numerusform>
            <numerusform>%n élèves inactifs depuis plus de {0} mois ([privacy] keep_months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners&apos; data</source>
        <translation>Données des élèves</translation>
    </message>
    <message>
        <source>One learner</source>
        <translation>Un élève</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Export learner…</source>
        <translation>Exporter l&apos;élève…</translation>
    </message>
    <message>
        <source>Everything the app holds about this learner, as one JSON file</source>
        <translation>Tout ce que l&apos;application détient sur cet élève, dans un seul fichier JSON</translation>
    </message>
    <message>
        <source>Erase learner…</source>
        <translation>Effacer l&apos;élève…</translation>
    </message>
    <message>
        <source>Remove this learner and all their work for good</source>
        <translation>Supprimer définitivement cet élève et tout son travail</translation>
    </message>
    <message>
        <source>Reset sign-in</source>
        <translation>Réinitialiser la connexion</translation>
    </message>
    <message>
        <source>Forgot their pictures or code: they choose again at their next sign-in</source>
        <translation>A oublié ses images ou son code : il les choisira à nouveau à sa prochaine connexion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>How learners sign in</source>
        <translation>Comment les élèves se connectent</translation>
    </message>
    <message>
        <source>Name tile only (fast; anyone can pick any tile)</source>
        <translation>Vignette du nom seulement (rapide ; n&apos;importe qui peut choisir n&apos;importe quelle vignette)</translation>
    </message>
    <message>
        <source>Name tile, then 2 of 9 pictures (young learners)</source>
        <translation>Vignette du nom, puis 2 images sur 9 (jeunes élèves)</translation>
    </message>
    <message>
        <source>Name tile, then a 4-6 digit code</source>
        <translation>Vignette du nom, puis un code de 4 à 6 chiffres</translation>
    </message>
    <message>
        <source>Set by the school&apos;s configuration ([learners] sign_in).</source>
        <translation>Fixé par la configuration de l&apos;établissement ([learners] sign_in).</translation>
    </message>
    <message>
        <source>Learners now sign in with: {0}. Each learner chooses their pictures or code at their next sign-in on this PC.</source>
        <translation>Les élèves se connectent maintenant avec : {0}. Chaque élève choisit ses images ou son code à sa prochaine connexion sur ce PC.</translation>
    </message>
    <message>
        <source>Learners now pick their tile only. Reflections are shown again only in the session that wrote them.</source>
        <translation>Les élèves choisissent maintenant seulement leur vignette. Les réflexions ne sont réaffichées que dans la session qui les a écrites.</translation>
    </message>
    <message>
        <source>last seen {0}</source>
        <translation>vu pour la dernière fois : {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>on other PCs only</source>
        <translation>sur d&apos;autres PC seulement</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Export learner</source>
        <translation>Exporter l&apos;élève</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} n&apos;a pas pu être écrit : {1}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {0}: %n record(s). It holds the learner&apos;s own words: hand it over as a student record.</source>
        <translation>
            <numerusform>{0} écrit : %n enregistrement. Il contient les propres mots de l&apos;élève : remettez-le comme un dossier scolaire.</numerusform>
            <numerusform>{0} écrit : %n enregistrements. Il contient les propres mots de l&apos;élève : remettez-le comme un dossier scolaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) already sent to the LRS: {0}</source>
        <translation>
            <numerusform>%n déclaration déjà envoyée au LRS : {0}</numerusform>
            <numerusform>%n déclarations déjà envoyées au LRS : {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} erased (%n record(s) on this PC).</source>
        <translation>
            <numerusform>{0} effacé (%n enregistrement sur ce PC).</numerusform>
            <numerusform>{0} effacé (%n enregistrements sur ce PC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n learner(s) inactive for more than {0} months, with all their work, for good?</source>
        <translation>
            <numerusform>Effacer définitivement %n élève inactif depuis plus de {0} mois, avec tout son travail ?</numerusform>
            <numerusform>Effacer définitivement %n élèves inactifs depuis plus de {0} mois, avec tout leur travail ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n learner(s)</source>
        <translation>
            <numerusform>Effacer %n élève</numerusform>
            <numerusform>Effacer %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in reset: the learner chooses new pictures or a new code at their next sign-in.</source>
        <translation>Connexion réinitialisée : l&apos;élève choisira de nouvelles images ou un nouveau code à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>This learner has not chosen pictures or a code on this PC.</source>
        <translation>Cet élève n&apos;a pas choisi d&apos;images ni de code sur ce PC.</translation>
    </message>
    <message>
        <source>{0}  {1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>and their copies on {0}, erased when those PCs next read the class folder</source>
        <translation>et ses copies sur {0}, effacées quand ces PC reliront le dossier de la classe</translation>
    </message>
    <message>
        <source>a voiding statement is queued for each</source>
        <translation>une déclaration d&apos;annulation est mise en file d&apos;attente pour chacune</translation>
    </message>
    <message>
        <source>listed after erasing, for the district to void</source>
        <translation>listées après l&apos;effacement, pour que l&apos;académie les annule</translation>
    </message>
    <message>
        <source>Erase learner</source>
        <translation>Effacer l&apos;élève</translation>
    </message>
    <message>
        <source>Erase {0} for good? This cannot be undone. It removes:</source>
        <translation>Effacer {0} définitivement ? C&apos;est irréversible. Cela supprime :</translation>
    </message>
    <message>
        <source>nothing on this PC</source>
        <translation>rien sur ce PC</translation>
    </message>
    <message>
        <source>Erase {0}</source>
        <translation>Effacer {0}</translation>
    </message>
    <message>
        <source>Statements already sent to the LRS, for the district to void: {0}</source>
        <translation>Déclarations déjà envoyées au LRS, que l&apos;académie doit annuler : {0}</translation>
    </message>
    <message>
        <source>Not erased: {0}: {1}</source>
        <translation>Non effacé : {0} : {1}</translation>
    </message>
    <message>
        <source>Learners no longer active</source>
        <translation>Élèves qui ne sont plus actifs</translation>
    </message>
    <message>
        <source>No sign-in and no work for more than</source>
        <translation>Ni connexion ni travail depuis plus de</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Months without activity</source>
        <translation>Mois sans activité</translation>
    </message>
    <message>
        <source>Erase these learners…</source>
        <translation>Effacer ces élèves…</translation>
    </message>
    <message>
        <source>The school keeps data for {0} months ([privacy] keep_months). </source>
        <translation>L&apos;établissement conserve les données {0} mois ([privacy] keep_months). </translation>
    </message>
    <message>
        <source>Inactive: {0}.</source>
        <translation>Inactifs : {0}.</translation>
    </message>
    <message>
        <source>Nobody is inactive for that long.</source>
        <translation>Personne n&apos;est inactif depuis si longtemps.</translation>
    </message>
    <message>
        <source>Erase learners</source>
        <translation>Effacer des élèves</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who&apos;s learning?</source>
        <translation>Qui apprend ?</translation>
    </message>
    <message>
        <source>Pick your name. New here? Type your name at the bottom.</source>
        <translation>Choisis ton nom. Première fois ici ? Écris ton nom en bas.</translation>
    </message>
    <message>
        <source>Find your name…</source>
        <translation>Cherche ton nom…</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Cherche ton nom</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>New learner&apos;s name</source>
        <translation>Nom du nouvel élève</translation>
    </message>
    <message>
        <source>Picture for the new learner</source>
        <translation>Image pour le nouvel élève</translation>
    </message>
    <message>
        <source>Your initials, or a picture to find your tile quickly</source>
        <translation>Tes initiales, ou une image pour trouver vite ta vignette</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <source>Add a new learner</source>
        <translation>Ajouter un nouvel élève</translation>
    </message>
    <message>
        <source>Picture: name tiles and a plus sign</source>
        <translation>Image : des vignettes de noms et un signe plus</translation>
    </message>
    <message>
        <source>No learners yet</source>
        <translation>Pas encore d&apos;élèves</translation>
    </message>
    <message>
        <source>Type your name below and press Enter to start. Your tile will be here next time.</source>
        <translation>Écris ton nom ci-dessous et appuie sur Entrée pour commencer. Ta vignette sera là la prochaine fois.</translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation>Écris d&apos;abord un nom.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Class progress over time</source>
        <translation>Progression de la classe dans le temps</translation>
    </message>
    <message>
        <source>Lessons completed, as a share of all learners × lessons, by day. {0}.</source>
        <translation>Leçons terminées, en part de l&apos;ensemble élèves × leçons, par jour. {0}.</translation>
    </message>
    <message>
        <source>No lesson completed yet.</source>
        <translation>Aucune leçon terminée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Class progress: lessons completed (% of all learners × lessons)</source>
        <translation>Progression de la classe : leçons terminées (% de l&apos;ensemble élèves × leçons)</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>image not available</source>
        <translation>image non disponible</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Ouvrir une page web ?</translation>
    </message>
    <message>
        <source>This link leaves the app and opens in your web browser:

{0}

Open it?</source>
        <translation>Ce lien quitte l&apos;application et s&apos;ouvre dans ton navigateur :

{0}

L&apos;ouvrir ?</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>Image : {0}</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>remote image blocked</source>
        <translation>image externe bloquée</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>This activity ({0}) cannot be shown yet.</source>
        <translation>Cette activité ({0}) ne peut pas encore être affichée.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Single choice (one right answer)</source>
        <translation>Choix unique (une seule bonne réponse)</translation>
    </message>
    <message>
        <source>Multiple answers (tick all that apply)</source>
        <translation>Plusieurs réponses (cocher toutes les bonnes)</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Short text answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Put in order</source>
        <translation>Remettre dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Matching pairs</source>
        <translation>Associer par paires</translation>
    </message>
    <message>
        <source>Insert a quiz question</source>
        <translation>Insérer une question de quiz</translation>
    </message>
    <message>
        <source>The question joins the quiz the cursor is in, or starts a new quiz there.</source>
        <translation>La question rejoint le quiz où se trouve le curseur, ou y commence un nouveau quiz.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>What do you want to ask?</source>
        <translation>Que voulez-vous demander ?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id :</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>A possible answer</source>
        <translation>Une réponse possible</translation>
    </message>
    <message>
        <source>Feedback (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Accepted answer</source>
        <translation>Réponse acceptée</translation>
    </message>
    <message>
        <source>An answer you accept</source>
        <translation>Une réponse que vous acceptez</translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>L&apos;affirmation est vraie</translation>
    </message>
    <message>
        <source>The statement is false</source>
        <translation>L&apos;affirmation est fausse</translation>
    </message>
    <message>
        <source>Item, in the right order</source>
        <translation>Élément, dans le bon ordre</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Associé à</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Ajouter une paire</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Réponses :</translation>
    </message>
    <message>
        <source>Optional: shown when the learner asks for a hint</source>
        <translation>Facultatif : affiché quand l&apos;élève demande un indice</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>&amp;Indice :</translation>
    </message>
    <message>
        <source>Optional: shown after answering</source>
        <translation>Facultatif : affiché après la réponse</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explication :</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Points :</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Écrivez la question.</translation>
    </message>
    <message>
        <source>Write at least two choices.</source>
        <translation>Écrivez au moins deux choix.</translation>
    </message>
    <message>
        <source>Tick exactly one right choice (or choose “Multiple answers”).</source>
        <translation>Cochez exactement un bon choix (ou choisissez « Plusieurs réponses »).</translation>
    </message>
    <message>
        <source>Tick at least one right choice.</source>
        <translation>Cochez au moins un bon choix.</translation>
    </message>
    <message>
        <source>Write at least one answer you accept.</source>
        <translation>Écrivez au moins une réponse que vous acceptez.</translation>
    </message>
    <message>
        <source>Write at least two items.</source>
        <translation>Écrivez au moins deux éléments.</translation>
    </message>
    <message>
        <source>Write at least two pairs.</source>
        <translation>Écrivez au moins deux paires.</translation>
    </message>
</context>
<context>
    <name>QuestionSlide</name>
    <message>
        <source>Question {0}</source>
        <translation>Question {0}</translation>
    </message>
    <message>
        <source>Answer in a word or two.</source>
        <translation>Réponds en un ou deux mots.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Pourquoi :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>The class chose {0}: ✔ right.</source>
        <translation>La classe a choisi {0} : ✔ juste.</translation>
    </message>
    <message>
        <source>The class chose {0}: ✔ one of the right answers ({1}).</source>
        <translation>La classe a choisi {0} : ✔ une des bonnes réponses ({1}).</translation>
    </message>
    <message>
        <source>The class chose {0}: ✘ not right. The answer: {1}.</source>
        <translation>La classe a choisi {0} : ✘ faux. La réponse : {1}.</translation>
    </message>
    <message>
        <source>The answer: {0}</source>
        <translation>La réponse : {0}</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Question {0} of {1}</source>
        <translation>Question {0} sur {1}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>This answer is saved and cannot be changed</source>
        <translation>Cette réponse est enregistrée et ne peut plus être modifiée</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Valider la réponse</translation>
    </message>
    <message>
        <source>Submit answer to question {0}</source>
        <translation>Valider la réponse à la question {0}</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Voir un indice</translation>
    </message>
    <message>
        <source>Show a hint for question {0}</source>
        <translation>Voir un indice pour la question {0}</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>✔ Right</source>
        <translation>✔ Juste</translation>
    </message>
    <message>
        <source>◐ Partly right</source>
        <translation>◐ En partie juste</translation>
    </message>
    <message>
        <source>✘ Not right</source>
        <translation>✘ Faux</translation>
    </message>
    <message>
        <source>Hint: {0}</source>
        <translation>Conseil : {0}</translation>
    </message>
    <message>
        <source>{0} of {1} point</source>
        <translation>{0} sur {1} point</translation>
    </message>
    <message>
        <source>{0} of {1} points</source>
        <translation>{0} sur {1} points</translation>
    </message>
    <message>
        <source>✔ Correct: {0}.</source>
        <translation>✔ Juste : {0}.</translation>
    </message>
    <message>
        <source>◐ Partly right: {0}.</source>
        <translation>◐ En partie juste : {0}.</translation>
    </message>
    <message>
        <source>✘ Not quite: {0}.</source>
        <translation>✘ Pas tout à fait : {0}.</translation>
    </message>
    <message>
        <source>**Why:**</source>
        <translation>**Pourquoi :**</translation>
    </message>
</context>
<context>
    <name>QuizTestWidget</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>This is a test: answer every question, then press Submit test. You can change your answers until then.</source>
        <translation>Ceci est un test : réponds à toutes les questions, puis appuie sur Valider le test. Tu peux changer tes réponses jusque-là.</translation>
    </message>
    <message>
        <source>Submit test</source>
        <translation>Valider le test</translation>
    </message>
    <message>
        <source>Submit the whole test</source>
        <translation>Valider tout le test</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>Réponses : {0} sur {1}</translation>
    </message>
    <message>
        <source>All questions answered: you can submit the test.</source>
        <translation>Toutes les questions ont une réponse : tu peux valider le test.</translation>
    </message>
    <message>
        <source>Test submitted: {0} of {1} points.</source>
        <translation>Test validé : {0} sur {1} points.</translation>
    </message>
    <message>
        <source>Test submitted. Your answers are saved. You will see which were right after the post-test at the end of the course.</source>
        <translation>Test validé. Tes réponses sont enregistrées. Tu verras lesquelles étaient justes après le test final, à la fin du cours.</translation>
    </message>
    <message>
        <source>Test submitted. Your answers are saved.</source>
        <translation>Test validé. Tes réponses sont enregistrées.</translation>
    </message>
</context>
<context>
    <name>QuizWidget</name>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Quiz · {0} questions</source>
        <translation>Quiz · {0} questions</translation>
    </message>
    <message>
        <source>Quiz · 1 question</source>
        <translation>Quiz · 1 question</translation>
    </message>
    <message>
        <source>pass mark {0}</source>
        <translation>seuil de réussite : {0}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Refaire le quiz</translation>
    </message>
    <message>
        <source>Score: {0} of {1} points · {2} of {3} answered</source>
        <translation>Score : {0} sur {1} points · réponses : {2} sur {3}</translation>
    </message>
    <message>
        <source>Passed ({0})</source>
        <translation>Réussi ({0})</translation>
    </message>
    <message>
        <source>Not passed yet ({0})</source>
        <translation>Pas encore réussi ({0})</translation>
    </message>
    <message>
        <source>no attempts left</source>
        <translation>plus de tentative</translation>
    </message>
</context>
<context>
    <name>ReflectionForm</name>
    <message>
        <source>Insert a reflection</source>
        <translation>Insérer une réflexion</translation>
    </message>
    <message>
        <source>Learners write their own thoughts; their text is saved and never graded.</source>
        <translation>Les élèves écrivent leurs propres idées ; leur texte est enregistré et jamais noté.</translation>
    </message>
    <message>
        <source>What should learners think and write about?</source>
        <translation>Sur quoi les élèves doivent-ils réfléchir et écrire ?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id :</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Save is enabled once the learner has written this much (0: any length)</source>
        <translation>Le bouton Enregistrer s&apos;active quand l&apos;élève a écrit au moins cela (0 : n&apos;importe quelle longueur)</translation>
    </message>
    <message>
        <source>&amp;At least:</source>
        <translation>&amp;Au moins :</translation>
    </message>
    <message>
        <source>Write the question learners answer.</source>
        <translation>Écrivez la question à laquelle les élèves répondent.</translation>
    </message>
</context>
<context>
    <name>ReflectionWidget</name>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Reflection · not graded</source>
        <translation>Réflexion · non notée</translation>
    </message>
    <message>
        <source>Reflection, not graded</source>
        <translation>Réflexion, non notée</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Ta réflexion</translation>
    </message>
    <message>
        <source>Write your thoughts here. Only you and your teacher see them.</source>
        <translation>Écris tes idées ici. Elles ne sont visibles que par toi et ton enseignant.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save my reflection</source>
        <translation>Enregistrer ma réflexion</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved earlier</source>
        <translation>Enregistrée plus tôt</translation>
    </message>
    <message>
        <source>You wrote a reflection on {0}. It stays private; what you write and save now replaces it.</source>
        <translation>Tu as écrit une réflexion le {0}. Elle reste privée ; ce que tu écris et enregistres maintenant la remplace.</translation>
    </message>
    <message>
        <source>{0} of at least {1} characters</source>
        <translation>{0} sur au moins {1} caractères</translation>
    </message>
    <message>
        <source>{0} more to go</source>
        <translation>encore {0}</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>Caractères : {0}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>✔ Saved</source>
        <translation>✔ Enregistrée</translation>
    </message>
    <message>
        <source>Your reflection is saved.</source>
        <translation>Ta réflexion est enregistrée.</translation>
    </message>
</context>
<context>
    <name>ReviewSessionPage</name>
    <message>
        <source>Review my mistakes</source>
        <translation>Revoir mes erreurs</translation>
    </message>
    <message>
        <source>◀ Back to lessons</source>
        <translation>◀ Retour aux leçons</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Retour aux leçons</translation>
    </message>
    <message>
        <source>Back to the lessons (Esc)</source>
        <translation>Retour aux leçons (Échap)</translation>
    </message>
    <message>
        <source>Next item ▶</source>
        <translation>Question suivante ▶</translation>
    </message>
    <message>
        <source>Item {0} of {1} · from “{2}”</source>
        <translation>Question {0} sur {1} · de « {2} »</translation>
    </message>
    <message>
        <source>Check my tags</source>
        <translation>Vérifier mes choix</translation>
    </message>
    <message>
        <source>Check the cues I tagged in this post</source>
        <translation>Vérifier les indices que j&apos;ai cochés dans cette publication</translation>
    </message>
    <message>
        <source>Right! You have learned this one: it leaves your review.</source>
        <translation>Juste ! Tu la connais : elle quitte ta révision.</translation>
    </message>
    <message>
        <source>Right! It comes back {0}.</source>
        <translation>Juste ! Elle reviendra {0}.</translation>
    </message>
    <message>
        <source>Not quite: it comes back {0}, until you get it right.</source>
        <translation>Pas tout à fait : elle reviendra {0}, jusqu&apos;à ce que tu la réussisses.</translation>
    </message>
    <message>
        <source>Finish review ✔</source>
        <translation>Terminer la révision ✔</translation>
    </message>
    <message>
        <source>Finish the review</source>
        <translation>Terminer la révision</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source> Your next review is {0}.</source>
        <translation> Ta prochaine révision est {0}.</translation>
    </message>
    <message>
        <source> Nothing is waiting for review.</source>
        <translation> Rien n&apos;attend d&apos;être revu.</translation>
    </message>
    <message numerus="yes">
        <source>Done for today: you reviewed %n item(s) and got {0} right.</source>
        <translation>
            <numerusform>C&apos;est fini pour aujourd&apos;hui : tu as revu %n question et tu en as réussi {0}.</numerusform>
            <numerusform>C&apos;est fini pour aujourd&apos;hui : tu as revu %n questions et tu en as réussi {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review today. Questions you get wrong in a lesson come back here the next day.</source>
        <translation>Rien à revoir aujourd&apos;hui. Les questions que tu rates dans une leçon reviennent ici le lendemain.</translation>
    </message>
    <message>
        <source>Reviews never change your lesson scores: they help what you learned stick. Going over an item again after 1, 3, 7 and 21 days works better than many times at once.</source>
        <translation>Les révisions ne changent jamais tes scores des leçons : elles aident à retenir ce que tu as appris. Revoir une question après 1, 3, 7 et 21 jours marche mieux que plusieurs fois d&apos;affilée.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add another</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>{0}, row {1}</source>
        <translation>{0}, ligne {1}</translation>
    </message>
</context>
<context>
    <name>ScenarioChoiceForm</name>
    <message>
        <source>Insert a scenario choice</source>
        <translation>Insérer un choix de scénario</translation>
    </message>
    <message>
        <source>The choice is added to the node the cursor is in.</source>
        <translation>Le choix est ajouté au nœud où se trouve le curseur.</translation>
    </message>
    <message>
        <source>What the learner can do</source>
        <translation>Ce que l&apos;élève peut faire</translation>
    </message>
    <message>
        <source>&amp;Choice:</source>
        <translation>&amp;Choix :</translation>
    </message>
    <message>
        <source>node id</source>
        <translation>id du nœud</translation>
    </message>
    <message>
        <source>The id of the node this choice leads to</source>
        <translation>L&apos;id du nœud auquel mène ce choix</translation>
    </message>
    <message>
        <source>&amp;Leads to node:</source>
        <translation>&amp;Mène au nœud :</translation>
    </message>
    <message>
        <source>Added to the learner&apos;s score when they choose it</source>
        <translation>Ajouté au score de l&apos;élève quand il le choisit</translation>
    </message>
    <message>
        <source>&amp;Score +/-:</source>
        <translation>&amp;Score +/- :</translation>
    </message>
    <message>
        <source>Show only if the score is</source>
        <translation>Afficher seulement si le score est</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Condition :</translation>
    </message>
    <message>
        <source>Optional: shown after the learner chooses it</source>
        <translation>Facultatif : affiché après le choix de l&apos;élève</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Write the choice.</source>
        <translation>Écrivez le choix.</translation>
    </message>
    <message>
        <source>Say which node the choice leads to.</source>
        <translation>Indiquez à quel nœud mène le choix.</translation>
    </message>
</context>
<context>
    <name>ScenarioNodeForm</name>
    <message>
        <source>Insert a scenario node</source>
        <translation>Insérer un nœud de scénario</translation>
    </message>
    <message>
        <source>A node is one moment of the story: some text, then the choices the learner has. It joins the scenario the cursor is in, or starts a new scenario there.</source>
        <translation>Un nœud est un moment de l&apos;histoire : un texte, puis les choix de l&apos;élève. Il rejoint le scénario où se trouve le curseur, ou y commence un nouveau scénario.</translation>
    </message>
    <message>
        <source>A short title, e.g. “At the bus stop”</source>
        <translation>Un titre court, p. ex. « À l&apos;arrêt de bus »</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id :</translation>
    </message>
    <message>
        <source>What happens at this point of the story</source>
        <translation>Ce qui se passe à ce moment de l&apos;histoire</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>T&amp;exte :</translation>
    </message>
    <message>
        <source>This node ends the story</source>
        <translation>Ce nœud termine l&apos;histoire</translation>
    </message>
    <message>
        <source>e.g. “A careful choice”</source>
        <translation>p. ex. « Un choix prudent »</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Dénouement :</translation>
    </message>
    <message>
        <source>What reaching this ending earns</source>
        <translation>Ce que rapporte cette fin</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score :</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>What the learner can do</source>
        <translation>Ce que l&apos;élève peut faire</translation>
    </message>
    <message>
        <source>Leads to node</source>
        <translation>Mène au nœud</translation>
    </message>
    <message>
        <source>node id</source>
        <translation>id du nœud</translation>
    </message>
    <message>
        <source>Score +/-</source>
        <translation>Score +/-</translation>
    </message>
    <message>
        <source>Feedback (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Choix :</translation>
    </message>
    <message>
        <source>Give the node a title.</source>
        <translation>Donnez un titre au nœud.</translation>
    </message>
    <message>
        <source>Name the outcome of this ending.</source>
        <translation>Nommez le dénouement de cette fin.</translation>
    </message>
    <message>
        <source>Write at least one choice, or tick “This node ends the story”.</source>
        <translation>Écrivez au moins un choix, ou cochez « Ce nœud termine l&apos;histoire ».</translation>
    </message>
    <message>
        <source>Say which node each choice leads to.</source>
        <translation>Indiquez à quel nœud mène chaque choix.</translation>
    </message>
</context>
<context>
    <name>ScenarioSlide</name>
    <message>
        <source>Part {0} · points so far: {1}</source>
        <translation>Partie {0} · points jusqu&apos;ici : {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The end: {0}&lt;/b&gt; · points: {1} of {2}. Press R to play again, PageDown to go on.</source>
        <translation>&lt;b&gt;Fin : {0}&lt;/b&gt; · points : {1} sur {2}. Appuie sur R pour rejouer, PgSuiv pour continuer.</translation>
    </message>
    <message>
        <source>The class chose: &lt;i&gt;{0}&lt;/i&gt;</source>
        <translation>La classe a choisi : &lt;i&gt;{0}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Endings and their points: {0}</source>
        <translation>Fins et leurs points : {0}</translation>
    </message>
</context>
<context>
    <name>ScenarioWidget</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Scenario · your choices count</source>
        <translation>Scénario · tes choix comptent</translation>
    </message>
    <message>
        <source>Scenario: your choices count</source>
        <translation>Scénario : tes choix comptent</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Revenir d&apos;une étape</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Play the scenario again from the start</source>
        <translation>Rejouer le scénario depuis le début</translation>
    </message>
    <message>
        <source>Your path: {0}</source>
        <translation>Ton parcours : {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ending: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fin : {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You scored {0} of {1}.</source>
        <translation>Tu as obtenu {0} sur {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Played %n time(s). Best: {0} of {1} ({2}).</source>
        <translation>
            <numerusform>Joué %n fois. Meilleur résultat : {0} sur {1} ({2}).</numerusform>
            <numerusform>Joué %n fois. Meilleur résultat : {0} sur {1} ({2}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Score distribution</source>
        <translation>Répartition des scores</translation>
    </message>
    <message>
        <source>No finished attempts yet.</source>
        <translation>Pas encore de tentative terminée.</translation>
    </message>
    <message numerus="yes">
        <source>{0}%: %n learner(s)</source>
        <translation>
            <numerusform>{0} % : %n élève</numerusform>
            <numerusform>{0} % : %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners per best-score band. {0}.</source>
        <translation>Élèves par tranche de meilleur score. {0}.</translation>
    </message>
    <message>
        <source>No finished attempts yet</source>
        <translation>Pas encore de tentative terminée</translation>
    </message>
    <message>
        <source>best score (%) → number of learners</source>
        <translation>meilleur score (%) → nombre d&apos;élèves</translation>
    </message>
</context>
<context>
    <name>SignInCode</name>
    <message>
        <source>Sign in with your code</source>
        <translation>Connecte-toi avec ton code</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>I forgot my code</source>
        <translation>J&apos;ai oublié mon code</translation>
    </message>
    <message>
        <source>Hello, {0}!</source>
        <translation>Bonjour, {0} !</translation>
    </message>
    <message>
        <source>Type your code, then press Enter.</source>
        <translation>Tape ton code, puis appuie sur Entrée.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Ton code</translation>
    </message>
    <message>
        <source>Hello, {0}! Choose your code</source>
        <translation>Bonjour, {0} ! Choisis ton code</translation>
    </message>
    <message>
        <source>Choose {0} to {1} digits that only you know, and remember them. You will type them each time you sign in.</source>
        <translation>Choisis de {0} à {1} chiffres que toi seul connais, et retiens-les. Tu les taperas à chaque connexion.</translation>
    </message>
    <message>
        <source>Choose your code</source>
        <translation>Choisis ton code</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Type the same code again</source>
        <translation>Tape à nouveau le même code</translation>
    </message>
    <message>
        <source>To be sure you remember it.</source>
        <translation>Pour être sûr de t&apos;en souvenir.</translation>
    </message>
    <message>
        <source>Your code again</source>
        <translation>Ton code à nouveau</translation>
    </message>
    <message>
        <source>Save my code and start</source>
        <translation>Enregistrer mon code et commencer</translation>
    </message>
    <message>
        <source>Type the same code again.</source>
        <translation>Tape à nouveau le même code.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to Who&apos;s learning</source>
        <translation>Revenir à Qui apprend ?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Pick {0} pictures.</source>
        <translation>Choisis {0} images.</translation>
    </message>
    <message>
        <source>Pick pictures from the grid.</source>
        <translation>Choisis des images dans la grille.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Utilisez uniquement des chiffres.</translation>
    </message>
    <message>
        <source>Use {0} to {1} digits.</source>
        <translation>Utilisez de {0} à {1} chiffres.</translation>
    </message>
    <message>
        <source>A secret is already set: sign in with it.</source>
        <translation>Un code ou des images sont déjà choisis : connecte-toi avec.</translation>
    </message>
    <message>
        <source>That is not right. You can try again in {0} s.</source>
        <translation>Ce n&apos;est pas ça. Tu pourras réessayer dans {0} s.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>The two did not match. Choose again, then give the same again.</source>
        <translation>Les deux ne correspondent pas. Choisis à nouveau, puis refais le même choix.</translation>
    </message>
    <message>
        <source>Ask your teacher: in the teacher view, Learners&apos; data… &gt; Reset sign-in. Then you choose again.</source>
        <translation>Demande à ton enseignant : dans la vue enseignant, Données des élèves… &gt; Réinitialiser la connexion. Ensuite, tu choisis à nouveau.</translation>
    </message>
</context>
<context>
    <name>SignInPicture</name>
    <message>
        <source>Sign in with your pictures</source>
        <translation>Connecte-toi avec tes images</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Soleil</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Lune</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Bateau</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Fleur</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Cœur</translation>
    </message>
    <message>
        <source>Picture {0} of {1}</source>
        <translation>Image {0} sur {1}</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>I forgot my pictures</source>
        <translation>J&apos;ai oublié mes images</translation>
    </message>
    <message>
        <source>Hello, {0}!</source>
        <translation>Bonjour, {0} !</translation>
    </message>
    <message>
        <source>Pick your {0} pictures, then Sign in.</source>
        <translation>Choisis tes {0} images, puis Se connecter.</translation>
    </message>
    <message>
        <source>Hello, {0}! Choose your pictures</source>
        <translation>Bonjour, {0} ! Choisis tes images</translation>
    </message>
    <message>
        <source>Pick {0} pictures that only you know, and remember them. You will pick them each time you sign in.</source>
        <translation>Choisis {0} images que toi seul connais, et retiens-les. Tu les choisiras à chaque connexion.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Pick the same {0} pictures again</source>
        <translation>Choisis à nouveau les mêmes {0} images</translation>
    </message>
    <message>
        <source>To be sure you remember them.</source>
        <translation>Pour être sûr de t&apos;en souvenir.</translation>
    </message>
    <message>
        <source>Save my pictures and start</source>
        <translation>Enregistrer mes images et commencer</translation>
    </message>
    <message>
        <source>Pick the same {0} pictures again.</source>
        <translation>Choisis à nouveau les mêmes {0} images.</translation>
    </message>
    <message>
        <source>{0} of {1} pictures picked</source>
        <translation>Images choisies : {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Question {0}</source>
        <translation>Question {0}</translation>
    </message>
    <message>
        <source>Post {0}</source>
        <translation>Publication {0}</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Write a lesson</source>
        <translation>Écrire une leçon</translation>
    </message>
    <message>
        <source>A lesson is a text file. Type on the left and see it on the right, as learners and as teachers will. Mistakes are listed under the text while you type.</source>
        <translation>Une leçon est un fichier texte. Tapez à gauche et voyez-la à droite, comme la verront les élèves et les enseignants. Les erreurs s&apos;affichent sous le texte pendant la frappe.</translation>
    </message>
    <message>
        <source>New lesson…</source>
        <translation>Nouvelle leçon…</translation>
    </message>
    <message>
        <source>Start from a lesson that shows every kind of activity</source>
        <translation>Partir d&apos;une leçon qui montre tous les types d&apos;activité</translation>
    </message>
    <message>
        <source>Open a lesson…</source>
        <translation>Ouvrir une leçon…</translation>
    </message>
    <message>
        <source>Open a lesson file (.md)</source>
        <translation>Ouvrir le fichier d&apos;une leçon (.md)</translation>
    </message>
    <message>
        <source>Open a course folder…</source>
        <translation>Ouvrir le dossier d&apos;un cours…</translation>
    </message>
    <message>
        <source>Open a folder of lessons and check them all</source>
        <translation>Ouvrir un dossier de leçons et les vérifier toutes</translation>
    </message>
    <message>
        <source>Import questions from Moodle…</source>
        <translation>Importer des questions de Moodle…</translation>
    </message>
    <message>
        <source>Make a lesson from a GIFT or Moodle XML file</source>
        <translation>Créer une leçon à partir d&apos;un fichier GIFT ou Moodle XML</translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <source>Your results</source>
        <translation>Tes résultats</translation>
    </message>
    <message>
        <source>Your answers are not saved yet</source>
        <translation>Tes réponses ne sont pas encore enregistrées</translation>
    </message>
    <message>
        <source>All your answers are saved now.</source>
        <translation>Toutes tes réponses sont maintenant enregistrées.</translation>
    </message>
    <message>
        <source>Close with unsaved answers?</source>
        <translation>Fermer avec des réponses non enregistrées ?</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet and will be lost if you close the app now.

Close anyway?</source>
        <translation>
            <numerusform>%n réponse n&apos;a pas encore pu être enregistrée et sera perdue si tu fermes l&apos;application maintenant.

Fermer quand même ?</numerusform>
            <numerusform>%n réponses n&apos;ont pas encore pu être enregistrées et seront perdues si tu fermes l&apos;application maintenant.

Fermer quand même ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Done:</source>
        <translation>Fait :</translation>
    </message>
    <message>
        <source>Skipped, and why:</source>
        <translation>Ignoré, et pourquoi :</translation>
    </message>
    <message>
        <source>What stopped it:</source>
        <translation>Ce qui l&apos;a empêché :</translation>
    </message>
    <message>
        <source>Nothing else to report.</source>
        <translation>Rien d&apos;autre à signaler.</translation>
    </message>
</context>
<context>
    <name>TeacherCharts</name>
    <message>
        <source>Lesson:</source>
        <translation>Leçon :</translation>
    </message>
    <message>
        <source>Lesson for the score chart</source>
        <translation>Leçon du graphique des scores</translation>
    </message>
    <message>
        <source>Best scores in “{0}”</source>
        <translation>Meilleurs scores dans « {0} »</translation>
    </message>
</context>
<context>
    <name>TeacherDashboard</name>
    <message>
        <source>Export gradebook CSV (one row per learner)…</source>
        <translation>Exporter le carnet de notes CSV (une ligne par élève)…</translation>
    </message>
    <message>
        <source>Export all attempts CSV…</source>
        <translation>Exporter toutes les tentatives CSV…</translation>
    </message>
    <message>
        <source>Export full archive JSON…</source>
        <translation>Exporter l&apos;archive complète JSON…</translation>
    </message>
    <message>
        <source>Export xAPI statements JSON (for an LRS)…</source>
        <translation>Exporter les déclarations xAPI JSON (pour un LRS)…</translation>
    </message>
    <message>
        <source>Teacher view</source>
        <translation>Vue enseignant</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Retour à la leçon</translation>
    </message>
    <message>
        <source>Show the current learner&apos;s lesson, with teacher notes</source>
        <translation>Afficher la leçon de l&apos;élève actuel, avec les notes pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <source>Export results or the class roster; import a roster</source>
        <translation>Exporter les résultats ou la liste de classe ; importer une liste de classe</translation>
    </message>
    <message>
        <source>Export class roster CSV…</source>
        <translation>Exporter la liste de classe CSV…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Importer une liste de classe…</translation>
    </message>
    <message>
        <source>Add learners from a CSV file: name, optional student id</source>
        <translation>Ajouter des élèves depuis un fichier CSV : nom, numéro d&apos;élève facultatif</translation>
    </message>
    <message>
        <source>Open class from LRS…</source>
        <translation>Ouvrir la classe depuis le LRS…</translation>
    </message>
    <message>
        <source>Leave teacher mode</source>
        <translation>Quitter le mode enseignant</translation>
    </message>
    <message>
        <source>Author mode…</source>
        <translation>Mode auteur…</translation>
    </message>
    <message>
        <source>Write and check lessons, import Moodle questions, make lesson packs</source>
        <translation>Écrire et vérifier des leçons, importer des questions Moodle, créer des packs de leçons</translation>
    </message>
    <message>
        <source>Undo reset</source>
        <translation>Annuler la réinitialisation</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Pre/post</source>
        <translation>Initial/final</translation>
    </message>
    <message>
        <source>District LRS</source>
        <translation>LRS de l&apos;académie</translation>
    </message>
    <message>
        <source>PCs</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>PCs ⚠ {0}</source>
        <translation>PC ⚠ {0}</translation>
    </message>
    <message>
        <source>Reset lesson</source>
        <translation>Réinitialiser la leçon</translation>
    </message>
    <message>
        <source>Start “{0}” afresh for {1}? Their answers in this lesson are put aside and can be brought back with Undo.</source>
        <translation>Recommencer « {0} » à zéro pour {1} ? Ses réponses dans cette leçon sont mises de côté et peuvent être récupérées avec Annuler.</translation>
    </message>
    <message>
        <source>The lesson was reset for {0}.</source>
        <translation>La leçon a été réinitialisée pour {0}.</translation>
    </message>
    <message>
        <source>There was nothing to reset.</source>
        <translation>Il n&apos;y avait rien à réinitialiser.</translation>
    </message>
    <message>
        <source>The reset was undone.</source>
        <translation>La réinitialisation a été annulée.</translation>
    </message>
    <message>
        <source>Archive learner</source>
        <translation>Archiver l&apos;élève</translation>
    </message>
    <message>
        <source>Archive {0}? The name leaves the picker and this view; every answer is kept in the archive export.</source>
        <translation>Archiver {0} ? Le nom disparaît de l&apos;écran d&apos;accueil et de cette vue ; toutes les réponses sont conservées dans l&apos;export de l&apos;archive.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>{0} was archived.</source>
        <translation>{0} a été archivé.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Enregistré : {0}.</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}</source>
        <translation>Impossible de lire {0} : {1}</translation>
    </message>
    <message>
        <source>Roster: {0} added, {1} updated, {2} already here.</source>
        <translation>Liste de classe : ajoutés : {0} ; mis à jour : {1} ; déjà présents : {2}.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exporter la liste de classe</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>TeacherGrid</name>
    <message>
        <source>Find a learner…</source>
        <translation>Chercher un élève…</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Chercher un élève</translation>
    </message>
    <message>
        <source>Show learners</source>
        <translation>Afficher les élèves</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Tous les élèves</translation>
    </message>
    <message>
        <source>Needs help ⚠</source>
        <translation>A besoin d&apos;aide ⚠</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>A lesson below 50% (the pre-test is a baseline and does not count), or no lesson started after the pre-test</source>
        <translation>Une leçon sous 50 % (le test initial est un point de départ et ne compte pas), ou aucune leçon commencée après le test initial</translation>
    </message>
    <message>
        <source>● 80%+</source>
        <translation>● 80 % et +</translation>
    </message>
    <message>
        <source>◐ 50–79%</source>
        <translation>◐ 50–79 %</translation>
    </message>
    <message>
        <source>○ under 50%</source>
        <translation>○ moins de 50 %</translation>
    </message>
    <message>
        <source>– not started</source>
        <translation>– pas commencé</translation>
    </message>
    <message>
        <source>×N attempts</source>
        <translation>×N tentatives</translation>
    </message>
    <message>
        <source>✔ completed</source>
        <translation>✔ terminée</translation>
    </message>
    <message>
        <source>⚠ needs help (point at the name: why)</source>
        <translation>⚠ a besoin d&apos;aide (pointez le nom pour savoir pourquoi)</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Élèves et leçons</translation>
    </message>
    <message>
        <source>Learner names</source>
        <translation>Noms des élèves</translation>
    </message>
    <message>
        <source>Review attempts</source>
        <translation>Voir les tentatives</translation>
    </message>
    <message>
        <source>Reset this lesson…</source>
        <translation>Réinitialiser cette leçon…</translation>
    </message>
    <message>
        <source>Start the selected learner&apos;s lesson afresh (can be undone)</source>
        <translation>Recommencer à zéro la leçon de l&apos;élève sélectionné (annulable)</translation>
    </message>
    <message>
        <source>Archive learner…</source>
        <translation>Archiver l&apos;élève…</translation>
    </message>
    <message>
        <source>Hide the learner from the picker and the grid; answers are kept</source>
        <translation>Masquer l&apos;élève de l&apos;écran d&apos;accueil et du tableau ; les réponses sont conservées</translation>
    </message>
</context>
<context>
    <name>TeacherHeader</name>
    <message>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <source>More teacher actions</source>
        <translation>Autres actions de l&apos;enseignant</translation>
    </message>
</context>
<context>
    <name>TeacherItems</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Most chosen wrong answer</source>
        <translation>Mauvaise réponse la plus choisie</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Tentatives par élève</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>Leçon :</translation>
    </message>
    <message>
        <source>Lesson for item analysis</source>
        <translation>Leçon pour l&apos;analyse des questions</translation>
    </message>
    <message>
        <source>Questions of the lesson</source>
        <translation>Questions de la leçon</translation>
    </message>
    <message>
        <source>The selected question</source>
        <translation>La question sélectionnée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Nobody has answered this lesson&apos;s questions yet.</source>
        <translation>Personne n&apos;a encore répondu aux questions de cette leçon.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), hardest first. {0} got fewer than half of the answers right (marked ⚠). Click a column title to sort.</source>
        <translation>
            <numerusform>%n question, de la plus difficile à la plus facile. Moins de la moitié de bonnes réponses (marquées ⚠) : {0}. Cliquez sur le titre d&apos;une colonne pour trier.</numerusform>
            <numerusform>%n questions, de la plus difficile à la plus facile. Moins de la moitié de bonnes réponses (marquées ⚠) : {0}. Cliquez sur le titre d&apos;une colonne pour trier.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} right, from {1}, {2} attempts each.</source>
        <translation>{0} justes, de {1}, {2} tentatives chacun.</translation>
    </message>
    <message numerus="yes">
        <source>{0:.0f}% of %n answer(s)</source>
        <translation>
            <numerusform>{0:.0f} % de %n réponse</numerusform>
            <numerusform>{0:.0f} % de %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Most chosen wrong answer: {0} ({1}×)</source>
        <translation>Mauvaise réponse la plus choisie : {0} ({1}×)</translation>
    </message>
    <message>
        <source>Nobody chose a wrong answer.</source>
        <translation>Personne n&apos;a choisi de mauvaise réponse.</translation>
    </message>
</context>
<context>
    <name>TeacherMode</name>
    <message>
        <source>Teacher…</source>
        <translation>Enseignant…</translation>
    </message>
    <message>
        <source>Open the teacher view (PIN)</source>
        <translation>Ouvrir la vue enseignant (code PIN)</translation>
    </message>
    <message>
        <source>Leave teacher mode</source>
        <translation>Quitter le mode enseignant</translation>
    </message>
    <message>
        <source>Close the teacher view and go back to &quot;Who&apos;s learning?&quot;</source>
        <translation>Fermer la vue enseignant et revenir à « Qui apprend ? »</translation>
    </message>
</context>
<context>
    <name>TeacherNoteForm</name>
    <message>
        <source>Insert a teacher note</source>
        <translation>Insérer une note pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>Learners never see teacher notes; teachers see them in the teacher view and in the preview as teacher.</source>
        <translation>Les élèves ne voient jamais les notes pour l&apos;enseignant ; les enseignants les voient dans la vue enseignant et dans l&apos;aperçu comme enseignant.</translation>
    </message>
    <message>
        <source>e.g. Timing: 10 min reading, 15 min quiz</source>
        <translation>p. ex. Durée : 10 min de lecture, 15 min de quiz</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Écrivez la note.</translation>
    </message>
</context>
<context>
    <name>TeacherPrePost</name>
    <message>
        <source>Pre-test and post-test scores</source>
        <translation>Scores du test initial et du test final</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Test initial</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Test final</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Gain per learning objective</source>
        <translation>Progrès par objectif d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Pre-test right</source>
        <translation>Juste au test initial</translation>
    </message>
    <message>
        <source>Post-test right</source>
        <translation>Juste au test final</translation>
    </message>
    <message>
        <source>No module has both a pre-test and a post-test lesson (front matter &apos;assessment: pre&apos; and &apos;assessment: post&apos;).</source>
        <translation>Aucun module n&apos;a à la fois une leçon de test initial et une de test final (en-tête &apos;assessment: pre&apos; et &apos;assessment: post&apos;).</translation>
    </message>
    <message>
        <source>{0}: nobody has taken both tests yet.</source>
        <translation>{0} : personne n&apos;a encore passé les deux tests.</translation>
    </message>
    <message>
        <source>{0}: class mean {1} → {2}, mean gain {3:+.0f} points ({4} learners took both tests).</source>
        <translation>{0} : moyenne de la classe {1} → {2}, progrès moyen de {3:+.0f} points (élèves ayant passé les deux tests : {4}).</translation>
    </message>
    <message>
        <source>Normalised gain on the class means: {0:.2f} (the share of what could still be learnt that was learnt).</source>
        <translation>Progrès normalisé sur les moyennes de la classe : {0:.2f} (la part de ce qui restait à apprendre qui a été apprise).</translation>
    </message>
</context>
<context>
    <name>TeacherReview</name>
    <message>
        <source>Learner:</source>
        <translation>Élève :</translation>
    </message>
    <message>
        <source>Learner to review</source>
        <translation>Élève à examiner</translation>
    </message>
    <message>
        <source>Attempts of the learner</source>
        <translation>Tentatives de l&apos;élève</translation>
    </message>
    <message>
        <source>finished {0}</source>
        <translation>terminée le {0}</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>pas terminée</translation>
    </message>
    <message>
        <source>{0} “{1}”, attempt {2}: {3:g} of {4:g} points ({5:.0f}%), {6}</source>
        <translation>{0} « {1} », tentative {2} : {3:g} sur {4:g} points ({5:.0f} %), {6}</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Type your answer</source>
        <translation>Écris ta réponse</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <source>✔ Accepted.</source>
        <translation>✔ Acceptée.</translation>
    </message>
    <message>
        <source>✘ Not accepted.</source>
        <translation>✘ Refusée.</translation>
    </message>
    <message>
        <source>Accepted answers: {0}</source>
        <translation>Réponses acceptées : {0}</translation>
    </message>
</context>
<context>
    <name>TimeAgo</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>{0} min ago</source>
        <translation>il y a {0} min</translation>
    </message>
    <message>
        <source>{0} h ago</source>
        <translation>il y a {0} h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>il y a %n semaine</numerusform>
            <numerusform>il y a %n semaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s) ({0})</source>
        <translation>
            <numerusform>dans %n jour ({0})</numerusform>
            <numerusform>dans %n jours ({0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Tick every answer that is right.</source>
        <translation>Coche toutes les bonnes réponses.</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>Réponse : {0}</translation>
    </message>
    <message>
        <source>{0} (from {1} to {2})</source>
        <translation>{0} (de {1} à {2})</translation>
    </message>
    <message>
        <source>Write 1 to {0} in the boxes to put these in order.</source>
        <translation>Écris de 1 à {0} dans les cases pour les remettre dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Write the letter of the matching answer on each line.</source>
        <translation>Écris sur chaque ligne la lettre de la réponse qui correspond.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Why:&lt;/i&gt; {0}</source>
        <translation>&lt;br&gt;&lt;i&gt;Pourquoi :&lt;/i&gt; {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your path.&lt;/b&gt; Start at 1. At each part, pick what you would do and go to the part it names. Keep a tally of your points where a choice gives some.</source>
        <translation>&lt;b&gt;Choisis ton chemin.&lt;/b&gt; Commence au 1. À chaque partie, choisis ce que tu ferais et va à la partie indiquée. Compte tes points quand un choix en donne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The end: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fin : {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>only if your points are {0} {1}</source>
        <translation>seulement si tes points sont {0} {1}</translation>
    </message>
    <message>
        <source>go to {0}</source>
        <translation>va au {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your path&lt;/b&gt; (starts at 1). Endings: {0}.</source>
        <translation>&lt;b&gt;Choisis ton chemin&lt;/b&gt; (commence au 1). Fins : {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spot the cues.&lt;/b&gt; For each post, tick the cues you notice. Tick none if it is a plain post.</source>
        <translation>&lt;b&gt;Repère les indices.&lt;/b&gt; Pour chaque publication, coche les indices que tu remarques. N&apos;en coche aucun si c&apos;est une publication ordinaire.</translation>
    </message>
    <message>
        <source>picture in the post</source>
        <translation>image de la publication</translation>
    </message>
    <message>
        <source>Post {0}: {1}</source>
        <translation>Publication {0} : {1}</translation>
    </message>
    <message>
        <source>♥ {0} likes · {1} comments</source>
        <translation>♥ {0} j&apos;aime · {1} commentaires</translation>
    </message>
    <message>
        <source>none (a plain post)</source>
        <translation>aucun (une publication ordinaire)</translation>
    </message>
    <message>
        <source>Post {0} ({1}):</source>
        <translation>Publication {0} ({1}) :</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notes pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>Name: {0} &amp;nbsp; Date: {1}</source>
        <translation>Nom : {0} &amp;nbsp; Date : {1}</translation>
    </message>
    <message>
        <source>In this lesson you will:</source>
        <translation>Dans cette leçon, tu vas :</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>For teachers: {0}</source>
        <translation>Pour les enseignants : {0}</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <source>[Picture: {0}]</source>
        <translation>[Image : {0}]</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Import GIFT questions…</source>
        <translation>Importer des questions GIFT…</translation>
    </message>
    <message>
        <source>Make a lesson from a Moodle GIFT file</source>
        <translation>Créer une leçon à partir d&apos;un fichier GIFT de Moodle</translation>
    </message>
    <message>
        <source>Import Moodle XML questions…</source>
        <translation>Importer des questions Moodle XML…</translation>
    </message>
    <message>
        <source>Make a lesson from a Moodle XML file, pictures included</source>
        <translation>Créer une leçon à partir d&apos;un fichier Moodle XML, images comprises</translation>
    </message>
    <message>
        <source>Export as GIFT…</source>
        <translation>Exporter en GIFT…</translation>
    </message>
    <message>
        <source>Write the lesson&apos;s questions for Moodle&apos;s question bank</source>
        <translation>Écrire les questions de la leçon pour la banque de questions de Moodle</translation>
    </message>
    <message>
        <source>Export as Moodle XML…</source>
        <translation>Exporter en Moodle XML…</translation>
    </message>
    <message>
        <source>Write the lesson&apos;s questions as Moodle XML</source>
        <translation>Écrire les questions de la leçon en Moodle XML</translation>
    </message>
    <message>
        <source>Make a lesson pack…</source>
        <translation>Créer un pack de leçons…</translation>
    </message>
    <message>
        <source>Put the course folder&apos;s lessons and pictures in one .zip file to share</source>
        <translation>Mettre les leçons et les images du dossier du cours dans un fichier .zip à partager</translation>
    </message>
    <message>
        <source>Install a lesson pack…</source>
        <translation>Installer un pack de leçons…</translation>
    </message>
    <message>
        <source>Add the lessons of a .zip lesson pack to this computer&apos;s library</source>
        <translation>Ajouter les leçons d&apos;un pack .zip à la bibliothèque de cet ordinateur</translation>
    </message>
    <message>
        <source>Moodle XML files (*.xml)</source>
        <translation>Fichiers Moodle XML (*.xml)</translation>
    </message>
    <message>
        <source>GIFT files (*.gift *.txt);;All files (*)</source>
        <translation>Fichiers GIFT (*.gift *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Moodle question banks (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Banques de questions Moodle (*.gift *.txt *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the questions to import</source>
        <translation>Choisir les questions à importer</translation>
    </message>
    <message>
        <source>Choose the course folder for the new lesson</source>
        <translation>Choisir le dossier du cours pour la nouvelle leçon</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export as GIFT</source>
        <translation>Exporter en GIFT</translation>
    </message>
    <message>
        <source>GIFT files (*.gift *.txt)</source>
        <translation>Fichiers GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Export as Moodle XML</source>
        <translation>Exporter en Moodle XML</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Lesson pack</source>
        <translation>Pack de leçons</translation>
    </message>
    <message>
        <source>Open a course folder or a lesson first: the pack holds its lessons.</source>
        <translation>Ouvrez d&apos;abord le dossier d&apos;un cours ou une leçon : le pack contiendra ses leçons.</translation>
    </message>
    <message>
        <source>Save the lesson pack</source>
        <translation>Enregistrer le pack de leçons</translation>
    </message>
    <message>
        <source>Lesson packs (*.zip)</source>
        <translation>Packs de leçons (*.zip)</translation>
    </message>
    <message>
        <source>Install a lesson pack</source>
        <translation>Installer un pack de leçons</translation>
    </message>
    <message>
        <source>Open author mode from the app to install lesson packs into its library.</source>
        <translation>Ouvrez le mode auteur depuis l&apos;application pour installer des packs de leçons dans sa bibliothèque.</translation>
    </message>
    <message>
        <source>Installing lessons is part of teacher mode. Enter the teacher PIN first.</source>
        <translation>L&apos;installation de leçons fait partie du mode enseignant. Saisissez d&apos;abord le code PIN enseignant.</translation>
    </message>
</context>
</TS>
